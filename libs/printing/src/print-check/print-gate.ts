import { Injectable } from '@nestjs/common';
import { openSeasonOf } from '#association';
import { AuditService } from '#audit';
import { invalidField, refusal, type Actor } from '#common';
import { TerritoriesService } from '#directory';
import { PRINT_CHECK_REFUSALS } from './print-check-refusals.js';
import { PrintCheckService } from './print-check.service.js';
import { PrintCheckQueries } from './print-check.queries.js';
import { PrintProblemsFound } from './print-problems-found.js';

/**
 * Before a territory's brochures are printed for an open season: the check first. With problems
 * left, printing goes on only with a reason to print anyway, kept in the audit trail with the
 * number of problems. Without an open season, or without problems, nothing stands in the way.
 */
@Injectable()
export class PrintGate {
  constructor(
    private readonly checks: PrintCheckService,
    private readonly queries: PrintCheckQueries,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
  ) {}

  /** Throws PrintProblemsFound (409) when problems are left and no reason is given; a blank reason is a 400 on `printAnyway`. */
  async clear(territoryId: string, actor: Actor, printAnyway?: string): Promise<void> {
    const reason = printAnyway?.trim();
    if (printAnyway !== undefined && !reason) throw invalidField('printAnyway', refusal(PRINT_CHECK_REFUSALS, 'print_anyway_reason_required'));
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    if (!(await openSeasonOf(this.queries.dataSource, territoryId))) return;
    const check = await this.checks.checkTerritory(territory);
    if (check.problems.length === 0 || !check.season) return;
    if (!reason) throw new PrintProblemsFound({ ...check, season: check.season });
    await this.audit.record(this.queries.dataSource.manager, actor, {
      territoryId,
      action: 'print_anyway',
      entityType: 'territory',
      entityId: territoryId,
      after: { reason, problems: check.problems.length, season: check.season.name },
    });
  }
}
