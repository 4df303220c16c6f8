import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiExceptionFilter } from '#common';
import type { PortalExceptionFilter } from '../../../portal/src/portal-exception.filter.js';
import type { SiteRouter } from '../../../site/src/site-router.js';

const PORTAL_PATH = /^\/app(?:[/?#]|$)/;
/** Where an unknown address is the API's, its documentation's or an uploaded image's: answered in the API's shape. */
const API_PATH = /^\/(?:api|docs|images)(?:[/?#-]|$)/;

/**
 * The errors no route's own filter sees — raised by Fastify's hooks before the route runs (an
 * upload the multipart plugin refuses, say) or for an address no route serves: under `/app` a
 * member page, as the member pages' own errors are; an unknown page anywhere but the API the
 * public site's 404 page; everything else the API's one JSON shape.
 */
@Catch()
export class ExceptionFilterByPath implements ExceptionFilter {
  constructor(
    private readonly api: ApiExceptionFilter,
    private readonly portal: PortalExceptionFilter,
    private readonly site: SiteRouter,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (PORTAL_PATH.test(request.url)) return this.portal.catch(exception, host);
    if (exception instanceof NotFoundException && request.method === 'GET' && !API_PATH.test(request.url)) {
      this.site.missing(request, host.switchToHttp().getResponse<FastifyReply>()).catch((error: unknown) => this.api.catch(error, host));
      return;
    }
    this.api.catch(exception, host);
  }
}
