import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MembersService } from '#accounts';
import { AuditService } from '#audit';
import { PageQueryDto } from '#common';
import { AccommodationsService, ProducersService, TerritoriesService } from '#directory';
import { text } from '../forms/form-values.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { auditPage } from './audit.page.js';
import { territoryDirectory } from './territory-directory.js';

/** A page number as typed in the address; anything else is the first page. */
const pageNumber = (value: unknown) => {
  const typed = text(value);
  return /^\d{1,5}$/.test(typed) && Number(typed) >= 1 ? Number(typed) : 1;
};

/** The audit trail, as the REST AuditController serves it: the coordinator's check, then the AuditService. */
@Portal()
@Controller('app/coordinator/:territoryId/audit')
export class CoordinatorAuditController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
    private readonly members: MembersService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
  ) {}

  @Get()
  async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const [entries, members, directory] = await Promise.all([
      this.audit.list(territoryId, Object.assign(new PageQueryDto(), { page: pageNumber(query.page), limit: 20 })),
      this.members.list(territoryId, Object.assign(new PageQueryDto(), { limit: 100 }), visit.actor),
      territoryDirectory({ producers: this.producers, accommodations: this.accommodations }, territoryId, visit.actor),
    ]);
    const people = new Map(members.items.map((member) => [member.userId, member.name ?? member.email]));
    const things = new Map<string, string>([
      [territory.id, territory.name],
      ...directory.producers.map((p): [string, string] => [p.id, p.name]),
      ...directory.accommodations.map((a): [string, string] => [a.id, a.name]),
      ...members.items.map((member): [string, string] => [member.id, member.email]),
    ]);
    return sendPage(reply, auditPage(visit, territory, entries, people, things));
  }
}
