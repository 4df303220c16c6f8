import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';

/** What a map on any site may do with the open-data feeds: read them, their ETag and their errors. */
export const OPEN_DATA_CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
};

/** The preflight a browser sends before a conditional request from another site. */
export const OPEN_DATA_PREFLIGHT = {
  ...OPEN_DATA_CORS,
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-max-age': '86400',
};

/**
 * Sets the CORS headers before the route's pipes and handler run, so that a 400 or a 404 reaches
 * the other site's script too (a browser hides a cross-origin error without them).
 */
@Injectable()
export class OpenDataCorsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getResponse<FastifyReply>().headers(OPEN_DATA_CORS);
    return next.handle();
  }
}
