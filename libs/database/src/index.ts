export * from './database.module.js';
export * from './database-notifications.js';
export * from './database-outage.js';
export * from './database-server.js';
export * from './embedded-postgres.js';
export * from './migrate.js';
export * from './naming-strategy.js';
export * from './migrations/index.js';
