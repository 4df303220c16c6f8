import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '../../../libs/database/src/index.js';
import { DemoModule } from '../../../libs/demo/src/index.js';
import { DirectoryModule } from '../../../libs/directory/src/index.js';

/** What the command line needs: the database and the domain, no HTTP. */
@Module({})
export class CliModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return { module: CliModule, imports: [DatabaseModule.forRoot({ url: databaseUrl, poolSize: 4 }), DirectoryModule, DemoModule] };
  }
}
