/** What a read needs of a database: `DataSource.query`'s shape, so that `queryRows` takes either. */
export interface ReadSource {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}
