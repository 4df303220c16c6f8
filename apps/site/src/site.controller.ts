import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '#web';
import { JoinUs } from './join/join-us.js';
import { JOIN_ROUTES, SITE_ROUTES } from './routes/site-paths.js';
import { SiteRouter } from './site-router.js';

/** The public site's addresses: `/`, its pages in every language, `/s/{slug}/…`, its sitemap, robots.txt, icons and manifest; its join form. */
@Public()
@ApiExcludeController()
@Controller()
export class SiteController {
  constructor(
    private readonly router: SiteRouter,
    private readonly joinUs: JoinUs,
  ) {}

  @Get(SITE_ROUTES)
  page(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.router.serve(request, reply);
  }

  /** A producer's or host's request to join, posted from the join page. */
  @Post(JOIN_ROUTES)
  join(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.joinUs.post(request, reply);
  }
}
