import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '#database';
import { freshEmptyDatabase } from '../support/database-server.js';

describe('migrations', () => {
  it('run on an empty database, then again without harm, and several instances migrating at once apply them once', async () => {
    const database = await freshEmptyDatabase();
    const open = async () => {
      const dataSource = new DataSource({ type: 'postgres', url: database.url, migrations: MIGRATIONS, migrationsTableName: 'migrations' });
      return dataSource.initialize();
    };
    try {
      const [a, b] = await Promise.all([open(), open()]);
      const [first, second] = await Promise.all([runMigrations(a), runMigrations(b)]);
      expect([...first, ...second]).toEqual(MIGRATIONS.map((m) => new m().name));
      expect(await runMigrations(a)).toEqual([]);
      const tables = await a.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
      expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual(
        expect.arrayContaining(['accommodations', 'offers', 'producers', 'territories']),
      );
      await a.destroy();
      await b.destroy();
    } finally {
      await database.drop();
    }
  });

  it('can be reverted and applied again', async () => {
    const database = await freshEmptyDatabase();
    const dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: MIGRATIONS, migrationsTableName: 'migrations' }).initialize();
    try {
      await runMigrations(dataSource);
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
