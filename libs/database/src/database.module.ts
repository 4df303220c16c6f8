import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import pg from 'pg';
import { DatabaseNotifications } from './database-notifications.js';
import { DatabaseOutage } from './database-outage.js';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

// `date` columns are calendar days: keep them as 'YYYY-MM-DD', never as a Date shifted by a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DatabaseOptions {
  url: string;
  poolSize: number;
}

/** The one TypeORM connection of the app; entities are registered by each part with forFeature. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [DatabaseNotifications, DatabaseOutage],
      exports: [DatabaseNotifications, DatabaseOutage],
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          autoLoadEntities: true,
          synchronize: false,
          migrations: MIGRATIONS,
          migrationsTableName: 'migrations',
          namingStrategy: new SnakeNamingStrategy(),
          extra: { max: options.poolSize, application_name: 'terroir-pass', connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
          retryAttempts: 3,
        }),
      ],
    };
  }
}
