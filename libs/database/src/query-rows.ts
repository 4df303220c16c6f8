import type { ReadSource } from './replica/read-source.js';

/**
 * The rows of a raw SQL statement, typed by the caller: `T` says the columns the SQL selects or
 * returns, under the names it gives them (`AS "camelCase"`); nothing checks it at run time.
 * TypeORM's `query` answers `any`, and for an UPDATE or a DELETE `[rows, affected]`: this answers the
 * rows alone whatever the statement (an UPDATE … RETURNING's rows, none without RETURNING).
 */
export async function queryRows<T>(runner: ReadSource, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await runner.query<T[] | [T[], number]>(sql, parameters);
  return isRowsAndCount(result) ? result[0] : result;
}

function isRowsAndCount<T>(result: T[] | [T[], number]): result is [T[], number] {
  return Array.isArray(result[0]);
}
