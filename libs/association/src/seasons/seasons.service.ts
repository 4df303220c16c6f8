import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '#audit';
import { denied, FieldConflict, invalidField, refusal, type Actor } from '#common';
import { queryRows } from '#database';
import { TerritoriesService } from '#directory';
import { CampaignMailer } from '../campaign/campaign-mailer.js';
import { CAMPAIGN_REFUSALS } from '../campaign/campaign-refusals.js';
import { TAKES_PART } from '../campaign/taking-part.js';
import { openSeasonOf } from './open-season.js';
import type { OpenSeasonDto } from './season.dto.js';
import { Season } from './season.entity.js';
import { seasonView, type SeasonOpenedView, type SeasonView } from './season.view.js';

/** Opening a season starts its campaign: every taking-part producer is mailed its personal link. */
@Injectable()
export class SeasonsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
    private readonly mailer: CampaignMailer,
  ) {}

  async open(territoryId: string, dto: OpenSeasonDto, actor: Actor): Promise<SeasonOpenedView> {
    await this.territories.assertCoordinates(territoryId, actor);
    if (dto.name.trim() === '') throw invalidField('name', 'name should not be empty');
    if (dto.endsOn < dto.startsOn) throw invalidField('endsOn', refusal(CAMPAIGN_REFUSALS, 'season_dates'));
    if (dto.printDeadline > dto.endsOn) throw invalidField('printDeadline', refusal(CAMPAIGN_REFUSALS, 'season_dates'));
    return this.dataSource.transaction(async (tx) => {
      // Two coordinators opening at once: the second waits, then sees the first's season.
      await tx.query(`SELECT 1 FROM territories WHERE id = $1 FOR UPDATE`, [territoryId]);
      const open = await openSeasonOf(tx, territoryId);
      if (open) throw new FieldConflict('name', refusal(CAMPAIGN_REFUSALS, 'season_already_open', { name: open.name }));
      const [taken] = await queryRows<{ name: string }>(tx, `SELECT name FROM seasons WHERE territory_id = $1 AND lower(name) = lower($2)`, [
        territoryId,
        dto.name.trim(),
      ]);
      if (taken) throw new FieldConflict('name', refusal(CAMPAIGN_REFUSALS, 'season_name_taken', { name: taken.name }));
      const season = await tx.save(tx.create(Season, { ...dto, name: dto.name.trim(), territoryId, closedAt: null }));
      const taking = await queryRows<{ producerId: string }>(
        tx,
        `INSERT INTO season_producers (season_id, producer_id, territory_id)
         SELECT $1, p.id, p.territory_id FROM producers p WHERE p.territory_id = $2 AND ${TAKES_PART}
         RETURNING producer_id AS "producerId"`,
        [season.id, territoryId],
      );
      const mailed = await this.mailer.mail(
        tx,
        season,
        taking.map((row) => row.producerId),
        actor.userId,
        false,
      );
      const view = seasonView(season);
      await this.audit.record(tx, actor, { territoryId, action: 'open', entityType: 'season', entityId: season.id, after: { ...view, mailed: mailed.length } });
      return { ...view, producers: taking.length, mailed: mailed.length };
    });
  }

  async close(seasonId: string, actor: Actor): Promise<SeasonView> {
    const season = await this.coordinated(seasonId, actor);
    if (season.closedAt) return seasonView(season);
    return this.dataSource.transaction(async (tx) => {
      season.closedAt = new Date();
      await tx.save(season);
      await this.audit.record(tx, actor, {
        territoryId: season.territoryId,
        action: 'close',
        entityType: 'season',
        entityId: season.id,
        after: { closedAt: season.closedAt },
      });
      return seasonView(season);
    });
  }

  /** The territory's seasons, the latest first. */
  async list(territoryId: string, actor: Actor): Promise<SeasonView[]> {
    await this.territories.assertCoordinates(territoryId, actor);
    const seasons = await this.dataSource.getRepository(Season).find({ where: { territoryId }, order: { openedAt: 'DESC' } });
    return seasons.map(seasonView);
  }

  /** The territory's open season, if any (coordinators). */
  async openOf(territoryId: string, actor: Actor): Promise<Season | undefined> {
    await this.territories.assertCoordinates(territoryId, actor);
    const open = await openSeasonOf(this.dataSource, territoryId);
    return open ? this.dataSource.getRepository(Season).findOneByOrFail({ id: open.id }) : undefined;
  }

  /** The season, for one of its territory's coordinators (404 to whoever may not know of it). */
  async coordinated(seasonId: string, actor: Actor): Promise<Season> {
    const season = await this.dataSource.getRepository(Season).findOneBy({ id: seasonId });
    if (!season || !actor.coordinates(season.territoryId)) throw denied(actor, season !== null && actor.isMemberOf(season.territoryId), 'season', 'follow');
    return season;
  }
}
