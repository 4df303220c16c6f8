import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#common';
import { ErasureDto, PrivacyService } from '#accounts';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';

/** A member's own data: a copy of all of it, and erasure. */
@ApiErrors(401, 503)
@ApiTags('accounts')
@Controller('api/v1/me')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('data')
  @ApiOperation({ summary: 'Everything held about me, as a JSON file: account, memberships, sessions, links, what I did, passes I issued, uses I recorded' })
  @ApiFileResponse('application/json', 'A JSON document, as an attachment (terroir-pass-my-data.json)', { schema: { type: 'object' } })
  async data(@CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const data = await this.privacy.export(actor);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="terroir-pass-my-data.json"')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  }

  @Post('erasure')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase my account: name and e-mail forgotten everywhere, sessions ended; the anonymous history stays for the figures' })
  @ApiNoContentResponse({ description: 'Erased: every session of the account has ended' })
  @ApiErrors(400, 409, 413, 415)
  erase(@Body() dto: ErasureDto, @CurrentActor() actor: Actor) {
    return this.privacy.erase(actor, dto.password);
  }
}
