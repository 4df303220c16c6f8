import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EARTH_RADIUS_M, seededRandom } from '#common';
import { CATEGORIES, CELLS_PER_DEGREE, circleCells, NearCellsFolding } from '#directory';
import { factories } from '../support/factories.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const random = seededRandom(1764494600);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

const EARTH_RADIUS_KM = EARTH_RADIUS_M / 1000;
/** The point `km` away from `from` towards `bearing` (radians), on earthdistance's sphere. */
function destination(from: { latitude: number; longitude: number }, km: number, bearing: number) {
  const rad = Math.PI / 180;
  const d = km / EARTH_RADIUS_KM;
  const lat = from.latitude * rad;
  const latitude = Math.asin(Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(bearing));
  const longitude = from.longitude * rad + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat), Math.cos(d) - Math.sin(lat) * Math.sin(latitude));
  return { latitude: latitude / rad, longitude: longitude / rad };
}

/** Searched around Parthenay: a town, a corner where four cells meet, and a point at random. */
const CENTRES = [
  { latitude: 46.6486, longitude: -0.2472 },
  { latitude: 46.64, longitude: -0.28 },
  { latitude: 46.5 + random() * 0.3, longitude: -0.5 + random() * 0.5 },
];
const RADII_KM = [30, 7.5, 0.1, 55];

/** Where producers are put: anywhere around, on the lines between cells, and on the very rims of the searches. */
function somewhere() {
  const draw = random();
  if (draw < 0.5) return { latitude: 46.6 + (random() * 2 - 1) * 0.6, longitude: -0.25 + (random() * 2 - 1) * 0.9 };
  if (draw < 0.75) {
    const nudge = () => pick([0, 0, 1e-9, -1e-9, 1e-13, -1e-13]);
    return {
      latitude: Math.round((46.6 + (random() * 2 - 1) * 0.5) * CELLS_PER_DEGREE) / CELLS_PER_DEGREE + nudge(),
      longitude: Math.round((-0.25 + (random() * 2 - 1) * 0.7) * CELLS_PER_DEGREE) / CELLS_PER_DEGREE + nudge(),
    };
  }
  // on the rim, and on either side of the band where the count leaves the chord for the distance itself (a billionth of it)
  const radiusKm = pick(RADII_KM);
  return destination(pick(CENTRES), radiusKm * (1 + pick([0, 1e-9, -1e-9, 5e-10, -5e-10, 2e-9, -2e-9, 1e-6, -1e-6])), random() * 2 * Math.PI);
}

function someCategories(): string[] {
  const chosen = Array.from({ length: Math.floor(random() * 4) }, () => pick(CATEGORIES));
  return random() < 0.05 && chosen.length > 0 ? [...chosen, chosen[0]] : chosen;
}

const STATUSES = ['active', 'active', 'active', 'active', 'suspended', 'archived'];

describe('the count of a near search, kept per cell', () => {
  let t: TestApp;
  let coordinated: string;
  let other: string;
  let coordinator: Member;
  let owner: Member;
  let ownedId: string;
  let made = 0;

  /** Producers put straight into the table, many at once (a statement per batch, as an import would). */
  async function insertProducers(count: number, db: Pick<TestApp['dataSource'], 'query'> = t.dataSource, territory?: string): Promise<void> {
    const first = made;
    made += count;
    const rows = Array.from({ length: count }, () => ({
      ...somewhere(),
      territory: territory ?? (random() < 0.5 ? coordinated : other),
      status: pick(STATUSES),
      categories: someCategories(),
    }));
    await db.query(
      `INSERT INTO producers (territory_id, slug, name, categories, address, postcode, commune, latitude, longitude, status)
       SELECT r.territory, 'near-' || (r.n + $6), 'Ferme ' || (r.n + $6), ARRAY(SELECT jsonb_array_elements_text(r.categories)), '1 rue du Bourg', '79200', 'Parthenay',
              r.latitude, r.longitude, r.status
         FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::text[], $5::jsonb[]) WITH ORDINALITY r(territory, latitude, longitude, status, categories, n)`,
      [
        rows.map((r) => r.territory),
        rows.map((r) => r.latitude),
        rows.map((r) => r.longitude),
        rows.map((r) => r.status),
        rows.map((r) => JSON.stringify(r.categories)),
        first,
      ],
    );
  }

  /** Who searches, and the producers they see (the rule of the directory, written out as SQL). */
  const readers = () => [
    { name: 'nobody signed in', get: () => t.anonymous(), sees: `p.status = 'active'` },
    { name: 'the platform admin', get: () => t.http(), sees: 'true' },
    { name: 'a coordinator', get: () => t.as(coordinator.token), sees: `(p.status = 'active' OR p.territory_id = '${coordinated}')` },
    { name: 'a producer', get: () => t.as(owner.token), sees: `(p.status = 'active' OR p.id = '${ownedId}')` },
  ];
  const FILTERS: Record<string, string>[] = [
    {},
    { status: 'active' },
    { status: 'suspended' },
    { status: 'archived' },
    { category: 'honey' },
    { category: 'wine_drinks', status: 'suspended' },
  ];

  /** The producers within the radius found one by one, as the search counted them before cells. */
  async function countedOneByOne(sees: string, filter: Record<string, string>, centre: { latitude: number; longitude: number }, radiusKm: number) {
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM producers p
        WHERE ${sees} AND (CASE WHEN $4::text IS NULL THEN p.status <> 'archived' ELSE p.status = $4 END)
          AND ($5::text IS NULL OR p.categories @> ARRAY[$5::text])
          AND earth_distance(ll_to_earth($1, $2), p.location) <= $3`,
      [centre.latitude, centre.longitude, radiusKm * 1000, filter.status ?? null, filter.category ?? null],
    );
    return count;
  }

  /** Every reader, filter, centre and radius: the searches whose total differs from the count one by one. */
  async function miscounts(): Promise<string[]> {
    const wrong: string[] = [];
    for (const reader of readers()) {
      for (const filter of FILTERS) {
        for (const centre of CENTRES) {
          for (const radiusKm of RADII_KM) {
            const response = await reader
              .get()
              .get('/api/v1/producers')
              .query({ near: `${centre.latitude},${centre.longitude}`, radiusKm, limit: 1, ...filter });
            expect(response.status).toBe(200);
            const expected = await countedOneByOne(reader.sees, filter, centre, radiusKm);
            if (response.body.total !== expected)
              wrong.push(`${reader.name} ${JSON.stringify(filter)} ${radiusKm} km of ${JSON.stringify(centre)}: ${response.body.total} ≠ ${expected}`);
          }
        }
      }
    }
    return wrong;
  }

  /** The kept counts (folded and waiting to be) against the producers counted afresh. */
  async function keptAndRecounted() {
    const kept = await t.dataSource.query(`
      SELECT status, category, cell::text, sum(producers)::int AS producers FROM (
        SELECT status, category, cell, producers FROM producer_cells UNION ALL SELECT status, category, cell, producers FROM producer_cell_changes
      ) kept GROUP BY 1, 2, 3 HAVING sum(producers) > 0 ORDER BY 1, 2, 3`);
    const recounted = await t.dataSource.query(`
      SELECT status, category, cell::text, producers::int FROM (
        SELECT status, '' AS category, near_cell AS cell, count(*) AS producers FROM producers GROUP BY 1, 2, 3
        UNION ALL
        SELECT p.status, x.category, p.near_cell, count(*) FROM producers p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.categories)) x(category) GROUP BY 1, 2, 3
      ) counted ORDER BY 1, 2, 3`);
    return { kept, recounted };
  }

  const waiting = async () => (await t.dataSource.query<{ waiting: number }[]>(`SELECT count(*)::int AS waiting FROM producer_cell_changes`))[0].waiting;
  const fold = async () => (await t.dataSource.query<{ folded: number | null }[]>(`SELECT tp_fold_producer_cell_changes() AS folded`))[0].folded;

  /** `work` with every fold held off (the folds' advisory lock taken), the app's own included. */
  async function foldsHeldOff<T>(work: () => Promise<T>): Promise<T> {
    const holder = t.dataSource.createQueryRunner();
    await holder.query(`SELECT pg_advisory_lock(764494600)`);
    try {
      expect(await fold()).toBeNull();
      return await work();
    } finally {
      await holder.query(`SELECT pg_advisory_unlock(764494600)`);
      await holder.release();
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    coordinated = (await make.territory()).id;
    other = (await make.territory()).id;
    const owned = await make.producer(other, { name: 'Ferme suspendue', latitude: CENTRES[0].latitude, longitude: CENTRES[0].longitude });
    ownedId = owned.id;
    const suspended = await t.http().patch(`/api/v1/producers/${ownedId}`).send({ status: 'suspended' });
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    coordinator = await t.member(coordinated, 'coordinator');
    owner = await t.member(other, 'producer', { producerId: ownedId });
    await insertProducers(2500);
  });
  afterAll(() => t.close());

  it('gives every reader, with every filter, the count one by one would give', async () => {
    expect(await miscounts()).toEqual([]);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('reads the counts kept per cell, not the producers one by one', async () => {
    const centre = CENTRES[0];
    const cells = circleCells(centre, 30)!;
    const search = () =>
      t
        .anonymous()
        .get('/api/v1/producers')
        .query({ near: `${centre.latitude},${centre.longitude}`, radiusKm: 30, limit: 1 });
    const before = (await search()).body.total as number;
    await t.dataSource.query(
      `INSERT INTO producer_cells (status, category, cell, producers) VALUES ('active', '', $1, 1000)
       ON CONFLICT (status, category, cell) DO UPDATE SET producers = producer_cells.producers + 1000`,
      [cells.inside.first[0]],
    );
    try {
      expect((await search()).body.total).toBe(before + 1000);
      // and the changes not yet folded into them
      await t.dataSource.query(`INSERT INTO producer_cell_changes (status, category, cell, producers) VALUES ('active', '', $1, 7)`, [cells.inside.first[0]]);
      expect((await search()).body.total).toBe(before + 1007);
    } finally {
      await t.dataSource.query(`SELECT tp_recount_producer_cells()`);
    }
    expect((await search()).body.total).toBe(before);
  });

  it('stays exact as producers move, change status or categories, are deleted or added: changes waiting, then folded', async () => {
    await foldsHeldOff(async () => {
      const ids = (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM producers WHERE id <> $1 ORDER BY random() LIMIT 700`, [ownedId])).map(
        (row) => row.id,
      );
      const moved = ids.slice(0, 250).map((id) => ({ id, ...somewhere() }));
      await t.dataSource.query(
        `UPDATE producers p SET latitude = m.latitude, longitude = m.longitude
           FROM unnest($1::uuid[], $2::float8[], $3::float8[]) m(id, latitude, longitude) WHERE p.id = m.id`,
        [moved.map((m) => m.id), moved.map((m) => m.latitude), moved.map((m) => m.longitude)],
      );
      const restatused = ids.slice(250, 450).map((id) => ({ id, status: pick(STATUSES) }));
      await t.dataSource.query(`UPDATE producers p SET status = s.status FROM unnest($1::uuid[], $2::text[]) s(id, status) WHERE p.id = s.id`, [
        restatused.map((s) => s.id),
        restatused.map((s) => s.status),
      ]);
      // one transaction moving some twice, retyping others
      await t.dataSource.transaction(async (tx) => {
        await tx.query(`UPDATE producers SET latitude = latitude + 0.013, categories = ARRAY['honey', 'wine_drinks'] WHERE id = ANY ($1)`, [
          ids.slice(450, 520),
        ]);
        await tx.query(`UPDATE producers SET longitude = longitude - 0.021 WHERE id = ANY ($1)`, [ids.slice(480, 560)]);
      });
      await t.dataSource.query(`DELETE FROM producers WHERE id = ANY ($1)`, [ids.slice(560, 700)]);
      await insertProducers(300);

      // and as the directory does it, one producer at a time
      const make = factories(t);
      const moving = await make.producer(coordinated, { name: 'Ferme qui déménage', latitude: 46.6486, longitude: -0.2472 });
      await t.http().patch(`/api/v1/producers/${moving.id}`).send({ latitude: 46.62, longitude: -0.3 }).expect(200);
      await t.http().patch(`/api/v1/producers/${moving.id}`).send({ status: 'suspended' }).expect(200);
      const leaving = await make.producer(coordinated, { name: 'Ferme qui part', latitude: 46.62, longitude: -0.3 });
      expect((await t.http().delete(`/api/v1/producers/${leaving.id}`)).status).toBeLessThan(300);

      expect(await waiting()).toBeGreaterThan(0);
      expect(await miscounts()).toEqual([]);
      const { kept, recounted } = await keptAndRecounted();
      expect(kept).toEqual(recounted);
    });

    expect(await fold()).toBeGreaterThan(0);
    expect(await waiting()).toBe(0);
    expect(await miscounts()).toEqual([]);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('loses no change when folds run again and again while transactions write producers', async () => {
    // three importers, each in a territory of its own (each write bumps its territory's content version), their producers over the same cells
    const make = factories(t);
    const territories = [(await make.territory()).id, (await make.territory()).id, (await make.territory()).id];
    const writer = async (territory: string) => {
      for (let round = 0; round < 6; round++) {
        const runner = t.dataSource.createQueryRunner();
        try {
          await runner.startTransaction();
          await insertProducers(40, runner, territory);
          const some = (await runner.query(`SELECT id FROM producers WHERE territory_id = $1 ORDER BY random() LIMIT 25`, [territory])).map(
            (row: { id: string }) => row.id,
          );
          await runner.query(`UPDATE producers SET status = $2 WHERE id = ANY ($1)`, [some.slice(0, 10), pick(STATUSES)]);
          const to = somewhere();
          await runner.query(`UPDATE producers SET latitude = $2, longitude = $3, categories = ARRAY['honey'] WHERE id = ANY ($1)`, [
            some.slice(10, 20),
            to.latitude,
            to.longitude,
          ]);
          await runner.query(`DELETE FROM producers WHERE id = ANY ($1)`, [some.slice(20, 25)]);
          if (round === 5) await runner.rollbackTransaction();
          else await runner.commitTransaction();
        } finally {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          await runner.release();
        }
      }
    };
    let writing = true;
    const folds: (number | null)[] = [];
    const folding = (async () => {
      while (writing) {
        folds.push(await fold());
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      await Promise.all(territories.map(writer));
    } finally {
      writing = false;
      await folding;
    }
    expect(folds.filter((folded) => folded !== null && folded > 0).length).toBeGreaterThan(1);

    const waitingOrNot = await keptAndRecounted();
    expect(waitingOrNot.kept).toEqual(waitingOrNot.recounted);
    await fold();
    expect(await waiting()).toBe(0);
    expect(await miscounts()).toEqual([]);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('lets two imports write producers of the same cells in opposite orders, neither waiting for the other', async () => {
    // neighbouring territories at their border: four producers, two in each of two cells
    const x = { latitude: 46.61, longitude: -0.31 };
    const y = { latitude: 46.65, longitude: -0.25 };
    const make = factories(t);
    const ids: string[] = [];
    for (const [n, point] of [x, y, x, y].entries())
      ids.push((await make.producer(n < 2 ? coordinated : other, { name: `Ferme de la limite ${n}`, ...point })).id);
    const [ax, ay, bx, by] = ids;
    const a = t.dataSource.createQueryRunner();
    const b = t.dataSource.createQueryRunner();
    const suspend = (runner: typeof a, id: string) => runner.query(`UPDATE producers SET status = 'suspended' WHERE id = $1`, [id]);
    try {
      await a.startTransaction();
      await b.startTransaction();
      await suspend(a, ax);
      await suspend(b, by);
      // against counts updated in place, A now waits for B's cell Y, and B for A's cell X: PostgreSQL aborts one of them
      const aSecond = suspend(a, ay);
      const bSecond = suspend(b, bx);
      const settled = await Promise.allSettled([aSecond, bSecond]);
      expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(['ok', 'ok']);
      await a.commitTransaction();
      await b.commitTransaction();
    } finally {
      if (a.isTransactionActive) await a.rollbackTransaction();
      if (b.isTransactionActive) await b.rollbackTransaction();
      await a.release();
      await b.release();
    }
    const statuses = await t.dataSource.query<{ status: string }[]>(`SELECT status FROM producers WHERE id = ANY ($1)`, [[ax, ay, bx, by]]);
    expect(statuses.map((row) => row.status)).toEqual(['suspended', 'suspended', 'suspended', 'suspended']);
    expect(await miscounts()).toEqual([]);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it("the app's folding job folds what waits, and stands aside while another fold runs", async () => {
    const folding = t.app.get(NearCellsFolding);
    await foldsHeldOff(async () => {
      await insertProducers(50);
      expect(await folding.fold()).toBeNull();
      expect(await waiting()).toBeGreaterThan(0);
    });
    expect(await folding.fold()).toBeGreaterThan(0);
    expect(await waiting()).toBe(0);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('a search near a pole or across the antimeridian still answers', async () => {
    await t.dataSource.query(
      `INSERT INTO producers (territory_id, slug, name, categories, address, postcode, commune, latitude, longitude)
       VALUES ($1, 'pole', 'Ferme du pôle', '{}', '1 rue du Bourg', '79200', 'Parthenay', 89.99, 10),
              ($1, 'antimeridian', 'Ferme de la ligne', '{}', '1 rue du Bourg', '79200', 'Parthenay', 0, 179.99)`,
      [other],
    );
    const pole = await t.anonymous().get('/api/v1/producers').query({ near: '90,0', radiusKm: 30 });
    expect(pole.status).toBe(200);
    expect(pole.body.total).toBe(1);
    const antimeridian = await t.anonymous().get('/api/v1/producers').query({ near: '0,-179.99', radiusKm: 30 });
    expect(antimeridian.body.total).toBe(1);
  });
});
