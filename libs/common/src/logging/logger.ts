import type { LoggerService } from '@nestjs/common';
import { pino, type Logger, type LoggerOptions } from 'pino';

/** One JSON line per event; credentials never reach a log line. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'refreshToken', '*.refreshToken'], censor: '[redacted]' },
  };
}

/** Lines wait until this many bytes are pending (about 40 request lines)… */
const BATCH_BYTES = 4096;
/** …or this long, whichever comes first: a quiet server's lines still show at once to a reader. */
const BATCH_MS = 250;

/**
 * Lines are written to stdout without blocking, in batches: a write per request line handed each
 * line to a thread of its own, which cost a page served from memory a seventh of its CPU. pino
 * writes what is pending synchronously when the process exits (a `kill -9` loses at most the last
 * quarter of a second).
 */
export function createLogger(level: string): Logger {
  return pino(loggerOptions(level), pino.destination({ dest: 1, sync: false, minLength: BATCH_BYTES, periodicFlush: BATCH_MS }));
}

const QUIET_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** Lets Nest's own messages (bootstrap, errors) go out through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    // Nest's start-up chatter (one line per module and route) is only worth reading when debugging.
    if (context && QUIET_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
