/** What an answer asks a client to wait while the database is away: about what a restart or a failover takes. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of a server that is down, restarting or out of reach. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs of a server that is going away or not taking connections yet (class 08: connection exception). */
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03']);

/** pg, pg-pool and TypeORM say it in words only (the last two: a pool being closed at shutdown). */
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|Driver not Connected)/;

/** TypeORM's own errors when its connection is gone. */
const TYPEORM_NOT_CONNECTED = new Set(['ConnectionIsNotSetError', 'CannotExecuteNotConnectedError']);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * True when an error says the database cannot be reached (as opposed to a query it refused): the
 * request may succeed as it is in a moment, so it answers 503, not 500. Looks through TypeORM's
 * wrapping (`driverError`), `cause` and the AggregateError of a host with several addresses.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as ErrorLike;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SERVER_GOING_AWAY.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) return true;
  if (typeof e.message === 'string' && LOST_CONNECTION.test(e.message)) return true;
  if (typeof e.name === 'string' && TYPEORM_NOT_CONNECTED.has(e.name)) return true;
  const errors: unknown[] = Array.isArray(e.errors) ? e.errors : [];
  const inner = [e.driverError, e.cause, ...errors];
  return inner.some((next) => isDatabaseUnreachable(next, depth + 1));
}
