import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ApiExceptionFilter } from '#common';
import type { PortalExceptionFilter } from '../../../portal/src/portal-exception.filter.js';

const PORTAL_PATH = /^\/app(?:[/?#]|$)/;

/**
 * The errors no route's own filter sees — raised by Fastify's hooks before the route runs (an
 * upload the multipart plugin refuses, say) or for an address no route serves: under `/app` a
 * member page, as the member pages' own errors are; everywhere else the API's one JSON shape.
 */
@Catch()
export class ExceptionFilterByPath implements ExceptionFilter {
  constructor(
    private readonly api: ApiExceptionFilter,
    private readonly portal: PortalExceptionFilter,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { url } = host.switchToHttp().getRequest<FastifyRequest>();
    (PORTAL_PATH.test(url) ? this.portal : this.api).catch(exception, host);
  }
}
