import { inject } from 'vitest';
import { createEmptyDatabase, createTestDatabase } from './test-database.js';

/** A database of its own for the calling test file, cloned from this run's migrated template. */
export const freshTestDatabase = () => createTestDatabase(inject('databaseServerUrl'), inject('templateDatabase'));

/** An empty database (no migrations) on this run's server, for the tests of the migrations themselves. */
export const freshEmptyDatabase = () => createEmptyDatabase(inject('databaseServerUrl'));
