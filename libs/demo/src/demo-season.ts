import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { haversineKm, invalidField, isCalendarDate, seededRandom } from '#common';
import { queryRows } from '#database';

export interface SeasonSummary {
  from: string;
  to: string;
  passes: number;
  uses: number;
  scans: number;
}

interface Place {
  id: string;
  latitude: number;
  longitude: number;
}

interface OfferRow {
  id: string;
  producerId: string;
  validFrom: string;
  validTo: string | null;
  usesPerPass: number;
  quota: number | null;
}

const DAY = 86_400_000;
const LANGUAGES = ['fr', 'fr', 'fr', 'fr', 'en', 'en', 'nl', 'de'] as const;
/** Stays per accommodation and week, by month (January = 0): a rural summer. */
const STAYS_PER_WEEK = [0.1, 0.1, 0.2, 0.5, 0.7, 0.9, 1.6, 1.8, 0.8, 0.5, 0.2, 0.2];

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A simulated season for a demo territory: stays with passes, page openings during the stays,
 * and uses of offers at producers near the accommodation (nearer ones more often), on days the
 * pass and the offer were valid, within uses per pass and quotas — so that the figures, the
 * pages and the impact report have something true-looking to show. Demo use only.
 */
@Injectable()
export class DemoSeason {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async simulate(territoryId: string, period: { from: string; to: string }, seed = 2026): Promise<SeasonSummary> {
    if (!isCalendarDate(period.from)) throw invalidField('from', 'from must be a date written YYYY-MM-DD');
    if (!isCalendarDate(period.to) || period.to < period.from) throw invalidField('to', 'to must be a date, not before from');
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    return this.dataSource.transaction(async (tx) => {
      const accommodations = await queryRows<Place>(
        tx,
        `SELECT id, latitude, longitude FROM accommodations WHERE territory_id = $1 AND status = 'active' ORDER BY name`,
        [territoryId],
      );
      const producers = await queryRows<Place>(
        tx,
        `SELECT id, latitude, longitude FROM producers WHERE territory_id = $1 AND status = 'active' ORDER BY name`,
        [territoryId],
      );
      const offers = await queryRows<OfferRow>(
        tx,
        `SELECT id, producer_id AS "producerId", valid_from::text AS "validFrom", valid_to::text AS "validTo", uses_per_pass AS "usesPerPass", quota
           FROM offers WHERE territory_id = $1 AND status = 'published' ORDER BY id`,
        [territoryId],
      );
      const [host] = await queryRows<{ id: string; hosted: string[] }>(
        tx,
        `SELECT m.user_id AS id, array_agg(h.accommodation_id) AS hosted FROM memberships m JOIN host_accommodations h ON h.membership_id = m.id
          WHERE m.territory_id = $1 AND m.role = 'host' AND m.status = 'active' GROUP BY m.user_id LIMIT 1`,
        [territoryId],
      );
      const recorders = new Map<string, string>(
        (
          await queryRows<{ producerId: string; userId: string }>(
            tx,
            `SELECT producer_id AS "producerId", user_id AS "userId" FROM memberships WHERE territory_id = $1 AND role = 'producer' AND status = 'active'`,
            [territoryId],
          )
        ).map((m) => [m.producerId, m.userId]),
      );
      const used = new Map<string, number>();
      const summary: SeasonSummary = { ...period, passes: 0, uses: 0, scans: 0 };
      const scans = new Map<string, number>();
      const start = Date.parse(`${period.from}T00:00:00Z`);
      const end = Date.parse(`${period.to}T00:00:00Z`);

      // rows gathered in memory and written a few thousand at a time: a round trip per row made the first start slow
      const passes: unknown[][] = [];
      const uses: unknown[][] = [];
      for (const accommodation of accommodations) {
        const nearby = producers.map((p) => ({ id: p.id, weight: 1 / (1 + haversineKm(accommodation, p)) })).sort((a, b) => b.weight - a.weight);
        const totalWeight = nearby.reduce((sum, p) => sum + p.weight, 0);
        const nearbyProducer = () => {
          let r = random() * totalWeight;
          for (const p of nearby) if ((r -= p.weight) <= 0) return p.id;
          return nearby[nearby.length - 1].id;
        };
        for (let week = start; week <= end; week += 7 * DAY) {
          const expected = STAYS_PER_WEEK[new Date(week).getUTCMonth()];
          const stays = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
          for (let s = 0; s < stays; s++) {
            const arrival = week + Math.floor(random() * 7) * DAY;
            if (arrival > end) continue;
            const departure = Math.min(end, arrival + (2 + Math.floor(random() * 6)) * DAY);
            const lang = pick(LANGUAGES);
            const pass = { id: randomUUID() };
            passes.push([
              pass.id,
              accommodation.id,
              dayOf(arrival),
              dayOf(departure),
              1 + Math.floor(random() * 5),
              lang,
              host?.hosted.includes(accommodation.id) ? host.id : null,
              new Date(arrival - DAY).toISOString(),
            ]);
            summary.passes++;
            for (let day = arrival; day <= departure; day += DAY) {
              // most guests open the page from the printed QR code, a few from a shared link
              const openings = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
              if (openings > 0) {
                const key = `${accommodation.id}|${dayOf(day)}|${lang}|${random() < 0.85}`;
                scans.set(key, (scans.get(key) ?? 0) + openings);
                summary.scans += openings;
              }
              if (random() > 0.35) continue;
              const producerId = nearbyProducer();
              const valid = offers.filter((o) => o.producerId === producerId && o.validFrom <= dayOf(day) && (!o.validTo || o.validTo >= dayOf(day)));
              const offer = valid.length > 0 ? pick(valid) : undefined;
              if (!offer) continue;
              const perPass = `${pass.id}|${offer.id}`;
              if ((used.get(perPass) ?? 0) >= offer.usesPerPass || (offer.quota !== null && (used.get(offer.id) ?? 0) >= offer.quota)) continue;
              used.set(perPass, (used.get(perPass) ?? 0) + 1);
              used.set(offer.id, (used.get(offer.id) ?? 0) + 1);
              uses.push([
                pass.id,
                offer.id,
                producerId,
                accommodation.id,
                dayOf(day),
                random() < 0.6 ? 500 + Math.floor(random() * 40) * 100 : null,
                recorders.get(producerId) ?? null,
                randomUUID(),
                new Date(day + 11 * 3_600_000).toISOString(),
              ]);
              summary.uses++;
            }
          }
        }
      }
      await insertRows(tx, 'passes', PASS_COLUMNS, passes, { territory_id: territoryId });
      // The history is written as it happened (dates in the past): the rule of "today" in the
      // redemption trigger cannot apply, so the generator keeps every other rule itself, and the
      // trigger is off for this transaction only (DDL is transactional: no other session sees it off).
      await tx.query('ALTER TABLE redemptions DISABLE TRIGGER redemptions_check');
      await insertRows(tx, 'redemptions', USE_COLUMNS, uses, { territory_id: territoryId });
      await tx.query('ALTER TABLE redemptions ENABLE TRIGGER redemptions_check');
      await this.writeScans(tx, territoryId, scans);
      return summary;
    });
  }

  /** Page openings per accommodation, day, language and origin; each opening showed every offer valid that day. */
  private async writeScans(tx: EntityManager, territoryId: string, scans: Map<string, number>): Promise<void> {
    const rows = [...scans.entries()].map(([key, count]) => [...key.split('|'), count] as [string, string, string, string, number]);
    await tx.query(
      `INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count)
       SELECT a, $1, d, l, q, c FROM unnest($2::uuid[], $3::date[], $4::text[], $5::boolean[], $6::int[]) AS x(a, d, l, q, c)
       ON CONFLICT (accommodation_id, day, lang, from_qr, edition_number) DO UPDATE SET count = scans.count + EXCLUDED.count`,
      [territoryId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3] === 'true'), rows.map((r) => r[4])],
    );
    await tx.query(
      `INSERT INTO offer_views (offer_id, territory_id, day, count)
       SELECT o.id, $1, s.day, sum(s.count)
         FROM (SELECT day, sum(count) AS count FROM scans WHERE territory_id = $1 AND accommodation_id = ANY($2::uuid[]) GROUP BY day) s
         JOIN offers o ON o.territory_id = $1 AND o.status = 'published' AND o.valid_from <= s.day AND (o.valid_to IS NULL OR o.valid_to >= s.day)
        GROUP BY o.id, s.day
       ON CONFLICT (offer_id, day) DO UPDATE SET count = offer_views.count + EXCLUDED.count`,
      [territoryId, [...new Set(rows.map((r) => r[0]))]],
    );
  }
}

const PASS_COLUMNS = [
  ['id', 'uuid'],
  ['accommodation_id', 'uuid'],
  ['arrival', 'date'],
  ['departure', 'date'],
  ['guests', 'int'],
  ['lang', 'text'],
  ['issued_by', 'uuid'],
  ['created_at', 'timestamptz'],
] as const;
const USE_COLUMNS = [
  ['pass_id', 'uuid'],
  ['offer_id', 'uuid'],
  ['producer_id', 'uuid'],
  ['accommodation_id', 'uuid'],
  ['redeemed_on', 'date'],
  ['amount_cents', 'int'],
  ['recorded_by', 'uuid'],
  ['idempotency_key', 'text'],
  ['created_at', 'timestamptz'],
] as const;

/** Rows written by column arrays (`unnest`), a few thousand per statement; `constants` are the same for every row. */
async function insertRows(
  tx: EntityManager,
  table: string,
  columns: readonly (readonly [string, string])[],
  rows: unknown[][],
  constants: Record<string, string>,
): Promise<void> {
  const fixed = Object.entries(constants);
  const names = [...fixed.map(([name]) => name), ...columns.map(([name]) => name)].join(', ');
  const values = [...fixed.map((_, i) => `$${i + 1}`), ...columns.map((_, i) => `x.c${i}`)].join(', ');
  const arrays = columns.map(([, type], i) => `$${fixed.length + i + 1}::${type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  for (let at = 0; at < rows.length; at += 5_000) {
    const chunk = rows.slice(at, at + 5_000);
    await tx.query(`INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${arrays}) AS x(${aliases})`, [
      ...fixed.map(([, value]) => value),
      ...columns.map((_, i) => chunk.map((row) => row[i])),
    ]);
  }
}
