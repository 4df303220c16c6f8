import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '#common';
import { AccountsModule } from '#accounts';
import { AssociationModule } from '#association';
import { DatabaseModule } from '#database';
import { DemoModule } from '#demo';
import { DirectoryModule } from '#directory';
import { PrintingModule } from '#printing';

/** What the command line needs: the database and the domain, no HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: 4 }),
        DirectoryModule,
        AccountsModule,
        AssociationModule,
        PrintingModule,
        DemoModule,
      ],
    };
  }
}
