import type { Logger } from 'pino';

export interface RequestLine {
  method?: string;
  /** The route pattern, never the path: paths carry invitation tokens and pass codes. */
  route: string;
  status: number;
  ms: number;
}

/** The one JSON line per request: no address, no headers, no query. */
export function logRequest(logger: Logger, line: RequestLine): void {
  logger.info(line, 'request');
}
