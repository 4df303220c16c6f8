import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ApiError } from './api-error.js';
import { ValidationFailed } from './validation.js';
import { FieldConflict, TooManyRequests } from './field-exceptions.js';
import { FieldForbidden } from './access.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable } from './database-unreachable.js';
import { COMMON_REFUSALS } from './common-refusals.js';
import { refusal, refusalOf } from './refusal.js';

/** Told of every error that comes from the database being unreachable: it logs the outage once, not each request. */
export interface DatabaseOutageWatch {
  unreachable(error: unknown): void;
}

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
  driverError?: { code?: string; constraint?: string; column?: string };
}

const NOT_NULL_VIOLATION = '23502';
const CHECK_VIOLATION = '23514';
/** A NUL byte or a character PostgreSQL text cannot hold. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/** Unique constraints whose violation is the client's conflict, by constraint name → field. */
const UNIQUE_FIELDS: Record<string, string> = {
  territories_slug_key: 'slug',
  producers_territory_slug_key: 'slug',
  accommodations_territory_slug_key: 'slug',
  producers_territory_external_ref_key: 'externalRef',
  accommodations_territory_external_ref_key: 'externalRef',
};

/** Renders every error in the one JSON shape of the API; an unexpected error is a logged 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly outage?: DatabaseOutageWatch) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = apiErrorOf(exception);
    if (isDatabaseUnreachable(exception)) {
      if (this.outage) this.outage.unreachable(exception);
      else logger.warn(`database unreachable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500 && body.statusCode !== 503) {
      // a 503 is thrown on purpose (the health check): no bug to trace
      logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (exception instanceof TooManyRequests) void reply.header('retry-after', String(exception.retryAfterSeconds));
    if (body.statusCode === 503) void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

const logger = new Logger('Errors');

/** Any error as the API's one error shape: what it answers, and what the member pages show beside fields. */
export function apiErrorOf(exception: unknown): ApiError {
  if (exception instanceof ValidationFailed) {
    return { statusCode: 400, error: 'Bad Request', message: summarise(exception.fieldErrors.map((e) => e.message)), errors: exception.fieldErrors };
  }
  if (exception instanceof FieldConflict) {
    const coded = exception.refusal ?? {};
    return {
      statusCode: 409,
      error: 'Conflict',
      message: exception.message,
      ...coded,
      errors: [{ field: exception.field, message: exception.message, ...coded }],
    };
  }
  if (exception instanceof FieldForbidden) {
    return {
      statusCode: 403,
      error: 'Forbidden',
      message: exception.message,
      ...exception.refusal,
      errors: exception.fields.map((field) => ({ field, message: `you may not set ${field}`, code: exception.refusal.code, params: { fields: field } })),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message = typeof response === 'string' ? response : (messageOf(response) ?? exception.message);
    return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message, ...refusalOf(exception) };
  }
  if (isDatabaseUnreachable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: 'The database cannot be reached for a moment: try again shortly',
    };
  }
  const pg = (exception ?? {}) as PgError;
  const code = pg.driverError?.code ?? pg.code;
  const constraint = pg.driverError?.constraint ?? pg.constraint;
  if (code === '23505' && constraint && UNIQUE_FIELDS[constraint]) {
    const field = UNIQUE_FIELDS[constraint];
    const said = refusal(COMMON_REFUSALS, 'already_taken', { field });
    return { statusCode: 409, error: 'Conflict', ...said, errors: [{ field, ...said }] };
  }
  // The database's own rules back the validation up; if input slips past it, it is still the client's 400.
  if (code === NOT_NULL_VIOLATION || code === CHECK_VIOLATION) {
    logger.warn(`input passed validation but broke database rule ${constraint ?? pg.driverError?.column ?? code}`);
    const column = pg.driverError?.column ?? pg.column;
    const field = column ? column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : 'body';
    const said =
      code === NOT_NULL_VIOLATION
        ? refusal(COMMON_REFUSALS, 'value_required', { field })
        : refusal(COMMON_REFUSALS, 'rule_broken', { rule: String(constraint) });
    return { statusCode: 400, error: 'Bad Request', ...said, errors: [{ field, ...said }] };
  }
  if (code === '22007' || code === '22008') {
    const said = refusal(COMMON_REFUSALS, 'date_out_of_range');
    return { statusCode: 400, error: 'Bad Request', ...said, errors: [{ field: 'body', ...said }] };
  }
  if (code !== undefined && UNSTORABLE_TEXT.has(code)) {
    const said = refusal(COMMON_REFUSALS, 'unstorable_text');
    return { statusCode: 400, error: 'Bad Request', ...said, errors: [{ field: 'body', ...said }] };
  }
  const status = statusOfFrameworkError(exception);
  if (status !== undefined) {
    return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: (exception as Error).message };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: 'Internal Server Error', message: 'Something went wrong on our side' };
}

/** Fastify's own client errors (malformed JSON, body too large, wrong content type) carry a 4xx statusCode. */
function statusOfFrameworkError(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function messageOf(response: object): string | undefined {
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return summarise(message.map(String));
  return typeof message === 'string' ? message : undefined;
}

function summarise(messages: string[]): string {
  return messages.length === 1 ? messages[0] : `${messages.length} fields are invalid: ${messages.join('; ')}`;
}
