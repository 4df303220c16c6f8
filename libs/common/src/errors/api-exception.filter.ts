import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ApiError } from './api-error.js';
import { ValidationFailed } from './validation.js';
import { FieldConflict } from './field-exceptions.js';

interface PgError {
  code?: string;
  constraint?: string;
  driverError?: { code?: string; constraint?: string };
}

/** Unique constraints whose violation is the client's conflict, by constraint name → field. */
const UNIQUE_FIELDS: Record<string, string> = {
  territories_slug_key: 'slug',
  producers_territory_slug_key: 'slug',
  accommodations_territory_slug_key: 'slug',
};

/** Renders every error in the one JSON shape of the API; an unexpected error is a logged 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof ValidationFailed) {
      return { statusCode: 400, error: 'Bad Request', message: summarise(exception.fieldErrors.map((e) => e.message)), errors: exception.fieldErrors };
    }
    if (exception instanceof FieldConflict) {
      return { statusCode: 409, error: 'Conflict', message: exception.message, errors: [{ field: exception.field, message: exception.message }] };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : messageOf(response) ?? exception.message;
      return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message };
    }
    const pg = exception as PgError;
    const code = pg.driverError?.code ?? pg.code;
    const constraint = pg.driverError?.constraint ?? pg.constraint;
    if (code === '23505' && constraint && UNIQUE_FIELDS[constraint]) {
      const field = UNIQUE_FIELDS[constraint];
      const message = `${field} is already taken`;
      return { statusCode: 409, error: 'Conflict', message, errors: [{ field, message }] };
    }
    const status = statusOfFrameworkError(exception);
    if (status !== undefined) {
      return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: (exception as Error).message };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: 'Internal Server Error', message: 'Something went wrong on our side' };
  }
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
