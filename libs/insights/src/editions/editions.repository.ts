import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryRows } from '#database';
import type { CreateEditionDto } from './edition.dto.js';
import type { FunnelSeason } from './season-funnel.view.js';
import type { EditionCopiesView, EditionDetailView, EditionSnapshot, EditionView, PrintedOffer } from './edition.view.js';

/** A season and the ids of the editions printed for it. */
export interface SeasonEditions extends FunnelSeason {
  editionIds: string[];
}

const EDITION_COLUMNS = `e.id, e.territory_id AS "territoryId", e.number, e.name, e.season_id AS "seasonId", e.format, e.lang,
  e.printed_on AS "printedOn", e.created_at AS "createdAt",
  coalesce((SELECT sum(c.copies) FROM edition_copies c WHERE c.edition_id = e.id), 0)::int AS copies`;

/** Every query of the editions: the service keeps who may. */
@Injectable()
export class EditionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The next number of the territory, under the territory row's lock: two coordinators at once get 1 and 2, never 1 twice. */
  async insert(territoryId: string, dto: CreateEditionDto, snapshot: EditionSnapshot, printedOn: string, createdBy: string | null): Promise<EditionDetailView> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM territories WHERE id = $1 FOR UPDATE', [territoryId]);
      const [row] = await queryRows<{ id: string }>(
        tx,
        `INSERT INTO editions (territory_id, number, name, season_id, format, lang, printed_on, snapshot, created_by)
         SELECT $1, coalesce(max(number), 0) + 1, $2, (SELECT s.id FROM seasons s WHERE s.id = $3 AND s.territory_id = $1), $4, $5, $6, $7, $8
           FROM editions WHERE territory_id = $1
         RETURNING id`,
        [territoryId, dto.name.trim(), dto.seasonId ?? null, dto.format, dto.lang, printedOn, JSON.stringify(snapshot), createdBy],
      );
      const [edition] = await queryRows<EditionDetailView>(tx, `SELECT ${EDITION_COLUMNS}, e.snapshot FROM editions e WHERE e.id = $1`, [row.id]);
      return edition;
    });
  }

  listOf(territoryId: string): Promise<EditionView[]> {
    return queryRows<EditionView>(this.dataSource, `SELECT ${EDITION_COLUMNS} FROM editions e WHERE e.territory_id = $1 ORDER BY e.number DESC`, [territoryId]);
  }

  async byId(id: string): Promise<EditionDetailView | undefined> {
    const [edition] = await queryRows<EditionDetailView>(this.dataSource, `SELECT ${EDITION_COLUMNS}, e.snapshot FROM editions e WHERE e.id = $1`, [id]);
    return edition;
  }

  async byNumber(territoryId: string, number: number): Promise<EditionView | undefined> {
    const [edition] = await queryRows<EditionView>(this.dataSource, `SELECT ${EDITION_COLUMNS} FROM editions e WHERE e.territory_id = $1 AND e.number = $2`, [
      territoryId,
      number,
    ]);
    return edition;
  }

  /** The offers an edition printed, flat; undefined when the territory has no such edition. */
  async printedOffers(territoryId: string, number: number): Promise<PrintedOffer[] | undefined> {
    const [row] = await queryRows<{ offers: PrintedOffer[] }>(
      this.dataSource,
      `SELECT coalesce((SELECT jsonb_agg(o) FROM jsonb_array_elements(e.snapshot -> 'producers') p, jsonb_array_elements(p -> 'offers') o), '[]') AS offers
         FROM editions e WHERE e.territory_id = $1 AND e.number = $2`,
      [territoryId, number],
    );
    return row?.offers;
  }

  /**
   * Seasons of the territory with the editions printed for them (`ids`, or the latest two): an
   * edition made for a season is its, one made for none belongs to the first season ending on or
   * after the day it was printed.
   */
  seasonsWithEditions(territoryId: string, ids: string[] | null): Promise<SeasonEditions[]> {
    return queryRows<SeasonEditions>(
      this.dataSource,
      `SELECT s.id, s.name, s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn",
              coalesce(array_agg(e.id ORDER BY e.number) FILTER (WHERE e.id IS NOT NULL), '{}') AS "editionIds",
              coalesce(array_agg(e.number ORDER BY e.number) FILTER (WHERE e.id IS NOT NULL), '{}') AS editions
         FROM (SELECT * FROM seasons WHERE territory_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
                ORDER BY starts_on DESC, opened_at DESC LIMIT 2) s
         LEFT JOIN editions e ON e.territory_id = s.territory_id AND (e.season_id = s.id OR (e.season_id IS NULL AND e.printed_on <= s.ends_on
              AND NOT EXISTS (SELECT 1 FROM seasons o WHERE o.territory_id = s.territory_id AND o.ends_on >= e.printed_on AND o.ends_on < s.ends_on)))
        GROUP BY s.id, s.name, s.starts_on, s.ends_on ORDER BY s.starts_on, s.name`,
      [territoryId, ids],
    );
  }

  /** The accommodation's territory, when it is one. */
  async accommodationTerritory(accommodationId: string): Promise<{ territoryId: string; name: string } | undefined> {
    const [row] = await queryRows<{ territoryId: string; name: string }>(
      this.dataSource,
      `SELECT territory_id AS "territoryId", name FROM accommodations WHERE id = $1`,
      [accommodationId],
    );
    return row;
  }

  async recordCopies(editionId: string, accommodationId: string, copies: number, recordedBy: string | null): Promise<EditionCopiesView> {
    const [row] = await queryRows<EditionCopiesView>(
      this.dataSource,
      `INSERT INTO edition_copies (edition_id, accommodation_id, copies, recorded_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (edition_id, accommodation_id) DO UPDATE SET copies = EXCLUDED.copies, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       RETURNING edition_id AS "editionId", accommodation_id AS "accommodationId", copies, recorded_at AS "recordedAt"`,
      [editionId, accommodationId, copies, recordedBy],
    );
    return row;
  }

  /** Copies recorded per accommodation for an edition. */
  copiesOf(editionId: string): Promise<{ accommodationId: string; copies: number }[]> {
    return queryRows(this.dataSource, `SELECT accommodation_id AS "accommodationId", copies FROM edition_copies WHERE edition_id = $1`, [editionId]);
  }
}
