import { pino, type Logger } from 'pino';

export interface RequestLine {
  method?: string;
  /** The route pattern, never the path: paths carry invitation tokens and pass codes. */
  route: string;
  status: number;
  ms: number;
}

const INFO = pino.levels.values.info;

/** The time of the lines written within one millisecond, formatted once (as pino's isoTime does). */
let lastMillisecond = 0;
let lastTime = '';

function isoTimeNow(): string {
  const now = Date.now();
  if (now !== lastMillisecond) {
    lastMillisecond = now;
    lastTime = new Date(now).toISOString();
  }
  return lastTime;
}

/**
 * The one JSON line per request: no address, no headers, no query. The same line pino writes for
 * `logger.info(line, 'request')`, written to the same destination, but put together here: it is
 * the line a server writes most, and pino's general path (redaction, serialisers, a time formatted
 * anew) cost a request served from memory a fifth of its time. Its fields are known and hold no
 * secret, so there is nothing to redact.
 */
export function logRequest(logger: Logger, { method, route, status, ms }: RequestLine): void {
  if (!logger.isLevelEnabled('info')) return;
  const stream = (logger as unknown as Record<symbol, { write(line: string): unknown }>)[pino.symbols.streamSym];
  const methodField = method === undefined ? '' : `,"method":${JSON.stringify(method)}`;
  stream.write(`{"level":${INFO},"time":"${isoTimeNow()}"${methodField},"route":${JSON.stringify(route)},"status":${status},"ms":${ms},"msg":"request"}\n`);
}
