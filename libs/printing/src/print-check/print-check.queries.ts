import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TranslatedText } from '#common';
import { queryRows } from '#database';

interface CheckedPlace {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  commune: string;
  /** The commune's INSEE code, else its name without accents or case: places of one commune share it. */
  communeKey: string;
  /** The name without accents, case or repeated spaces: records that share it are duplicates. */
  nameKey: string;
}

export interface CheckedProducer extends CheckedPlace {
  code: string;
  address: string;
  openingHours: string | null;
  hoursNote: string | null;
  phone: string | null;
  email: string | null;
  description: Partial<TranslatedText>;
  /** An offer published or in review that has not ended. */
  hasOffer: boolean;
  /** A member of the year where the territory manages membership (always true where it does not). */
  paidUp: boolean;
}

export interface CheckedAccommodation extends CheckedPlace {
  hasHost: boolean;
}

export interface CheckedOffer {
  id: string;
  producerId: string;
  title: TranslatedText;
  conditions: TranslatedText | null;
  validTo: string | null;
  /** Kept, changed or dropped for the open season's campaign (false when no season is open). */
  decidedForSeason: boolean;
}

const PLACE = (alias: string) => `${alias}.id, ${alias}.name, ${alias}.latitude, ${alias}.longitude, ${alias}.commune,
  coalesce(${alias}.insee_code, tp_search_text(${alias}.commune)) AS "communeKey",
  regexp_replace(btrim(tp_search_text(${alias}.name)), '\\s+', ' ', 'g') AS "nameKey"`;

/** What the check before printing reads: one query per kind of record for the whole territory. */
@Injectable()
export class PrintCheckQueries {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /** The active producers, each with whether it has an offer for today or later. */
  producers(territoryId: string, today: string): Promise<CheckedProducer[]> {
    return queryRows<CheckedProducer>(
      this.dataSource,
      `SELECT ${PLACE('p')}, p.code, p.address, p.opening_hours AS "openingHours", p.hours_note AS "hoursNote", p.phone, p.email, p.description,
              EXISTS (SELECT 1 FROM offers o WHERE o.producer_id = p.id AND o.status IN ('published', 'pending_review')
                        AND (o.valid_to IS NULL OR o.valid_to >= $2::date)) AS "hasOffer",
              tp_producer_in_good_standing(p.id) AS "paidUp"
         FROM producers p WHERE p.territory_id = $1 AND p.status = 'active'
        ORDER BY p.name, p.id`,
      [territoryId, today],
    );
  }

  /** The active accommodations, each with whether a host (invited or active) runs it. */
  accommodations(territoryId: string): Promise<CheckedAccommodation[]> {
    return queryRows<CheckedAccommodation>(
      this.dataSource,
      `SELECT ${PLACE('a')},
              EXISTS (SELECT 1 FROM host_accommodations h JOIN memberships m ON m.id = h.membership_id
                       WHERE h.accommodation_id = a.id AND m.status <> 'suspended') AS "hasHost"
         FROM accommodations a WHERE a.territory_id = $1 AND a.status = 'active'
        ORDER BY a.name, a.id`,
      [territoryId],
    );
  }

  /** The offers headed for print (published or in review) of the active producers. */
  offers(territoryId: string): Promise<CheckedOffer[]> {
    return queryRows<CheckedOffer>(
      this.dataSource,
      `SELECT o.id, o.producer_id AS "producerId", o.title, o.conditions, o.valid_to::text AS "validTo",
              EXISTS (SELECT 1 FROM season_decisions d JOIN seasons s ON s.id = d.season_id AND s.closed_at IS NULL
                       WHERE d.offer_id = o.id) AS "decidedForSeason"
         FROM offers o JOIN producers p ON p.id = o.producer_id AND p.status = 'active'
        WHERE o.territory_id = $1 AND o.status IN ('published', 'pending_review')
        ORDER BY o.created_at, o.id`,
      [territoryId],
    );
  }
}
