import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '../../../libs/common/src/index.js';
import { AccountsModule } from '../../../libs/accounts/src/index.js';
import { DatabaseModule } from '../../../libs/database/src/index.js';
import { DemoModule } from '../../../libs/demo/src/index.js';
import { DirectoryModule } from '../../../libs/directory/src/index.js';
import { PrintingModule } from '../../../libs/printing/src/index.js';

/** What the command line needs: the database and the domain, no HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ url: databaseUrl, poolSize: 4 }), DirectoryModule, AccountsModule, PrintingModule, DemoModule],
    };
  }
}
