import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '#web';
import { SITE_ROUTES } from './routes/site-paths.js';
import { SiteRouter } from './site-router.js';

/** The public site's addresses: `/`, its pages in every language, `/s/{slug}/…`, its sitemap, robots.txt, icons and manifest. */
@Public()
@ApiExcludeController()
@Controller()
export class SiteController {
  constructor(private readonly router: SiteRouter) {}

  @Get(SITE_ROUTES)
  page(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.router.serve(request, reply);
  }
}
