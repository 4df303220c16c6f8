import { Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { DatabaseNotifications } from './database-notifications.js';
import { DatabaseOutage } from './database-outage.js';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { ReadDatabase } from './replica/read-database.js';
import { Replica } from './replica/replica.js';

// `date` columns are calendar days: keep them as 'YYYY-MM-DD', never as a Date shifted by a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** A streaming replica for the read-only paths (DATABASE_READ_URL); unset: they read from `url`. */
  readUrl?: string;
}

/** The one TypeORM connection of the app; entities are registered by each part with forFeature. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        DatabaseNotifications,
        DatabaseOutage,
        {
          provide: ReadDatabase,
          inject: [getDataSourceToken(), DatabaseNotifications],
          useFactory: (primary: DataSource, notifications: DatabaseNotifications) =>
            new ReadDatabase(primary, notifications, options.readUrl ? new Replica(options.readUrl, options.poolSize) : undefined),
        },
      ],
      exports: [DatabaseNotifications, DatabaseOutage, ReadDatabase],
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
