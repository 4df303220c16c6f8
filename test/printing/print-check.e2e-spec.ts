import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { Schema } from '../support/typed-api.js';

type Problem = Schema<'PrintProblem'>;

const PARTHENAY = { postcode: '79200', commune: 'Parthenay' };
const SECONDIGNY = { postcode: '79130', commune: 'Secondigny' };
const complete = {
  phone: '05 49 64 20 18',
  email: 'ferme@example.test',
  openingHours: 'Mo-Fr 09:00-12:00',
  description: { fr: 'Fromages de chèvre au lait cru.', en: 'Raw-milk goat cheeses.' },
};
const conditions = { fr: 'Sur présentation du pass.', en: 'Show your pass.' };

describe('the check before printing: what a territory’s brochures would print wrong or leave out', () => {
  let t: TestApp;
  let territoryId: string;
  let otherTerritoryId: string;
  const ids: Record<string, string> = {};
  let seasonEnd: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine contrôlée' })).id;
    otherTerritoryId = (await make.territory({ name: 'Bocage voisin' })).id;
    seasonEnd = '2099-06-30';
    await t.dataSource.query(
      `INSERT INTO seasons (territory_id, name, starts_on, ends_on, print_deadline) VALUES ($1, 'Saison 2099', '2099-04-01', $2, '2099-03-01')`,
      [territoryId, seasonEnd],
    );

    // Good data: complete producers with an offer of the season, accommodations with their host.
    const model = await make.producer(territoryId, { name: 'Ferme Modèle', ...PARTHENAY, latitude: 46.6486, longitude: -0.2472, ...complete });
    await make.publishedOffer(model.id, { conditions, validTo: seasonEnd });
    const bocage = await make.producer(territoryId, { name: 'Chèvrerie du Bocage', ...PARTHENAY, latitude: 46.652, longitude: -0.25, ...complete });
    await make.publishedOffer(bocage.id, { conditions, validTo: seasonEnd });
    const tilleuls = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', ...SECONDIGNY, latitude: 46.6097, longitude: -0.4147 });
    const moulin = await make.accommodation(territoryId, { name: 'Gîte du Moulin', ...SECONDIGNY, latitude: 46.612, longitude: -0.41 });
    await t.member(territoryId, 'host', { accommodationIds: [tilleuls.id, moulin.id] });

    // Purpose-made problems.
    const far = await make.producer(territoryId, { name: 'Ferme Lointaine', ...PARTHENAY, latitude: 46.3, longitude: -0.25 });
    const misplaced = await make.producer(territoryId, {
      name: 'Miellerie Égarée',
      ...SECONDIGNY,
      latitude: 46.6486,
      longitude: -0.2472,
      phone: '05 49 00 00 00',
      description: { fr: 'Des ruches au bord des chemins creux. '.repeat(30).trim(), en: 'Bees of the Gâtine 🐝' },
    });
    await t.dataSource.query(`UPDATE producers SET opening_hours = 'quand il fait beau' WHERE id = $1`, [misplaced.id]);
    const expired = await make.publishedOffer(misplaced.id, { title: { fr: 'Un pot offert', en: 'A free jar' }, validTo: '2026-12-31' });
    await t.dataSource.query(`UPDATE offers SET valid_to = '2026-01-31' WHERE id = $1`, [expired.id]);
    const late = await make.publishedOffer(misplaced.id, { title: { fr: '10 % sur le miel', en: '10% off honey' }, conditions, validTo: '2099-12-31' });
    const twin = await make.producer(territoryId, { name: 'chèvrerie  du BOCAGE', ...PARTHENAY, latitude: 46.65, longitude: -0.249, ...complete });
    await make.publishedOffer(twin.id, { title: { fr: 'Crottin du jumeau', en: 'Twin cheese' }, conditions, validTo: seasonEnd });
    const camping = await make.accommodation(territoryId, { name: 'Camping du Lac', ...SECONDIGNY, latitude: 46.611, longitude: -0.412 });
    Object.assign(ids, {
      model: model.id,
      bocage: bocage.id,
      far: far.id,
      misplaced: misplaced.id,
      expired: expired.id,
      late: late.id,
      twin: twin.id,
      camping: camping.id,
    });
    Object.assign(ids, { tilleuls: tilleuls.id, moulin: moulin.id });
    // the campaign under way: every offer answered for the season but the twin's, which nobody confirmed
    await t.dataSource.query(
      `WITH taking AS (INSERT INTO season_producers (season_id, producer_id, territory_id)
                       SELECT s.id, p.id, p.territory_id FROM seasons s JOIN producers p ON p.territory_id = s.territory_id WHERE s.territory_id = $1
                       RETURNING season_id, producer_id)
       INSERT INTO season_decisions (season_id, offer_id, producer_id, decision, decided_via)
       SELECT taking.season_id, o.id, o.producer_id, 'keep', 'link' FROM taking JOIN offers o ON o.producer_id = taking.producer_id WHERE o.producer_id <> $2`,
      [territoryId, twin.id],
    );
  });
  afterAll(() => t?.close());

  it('finds each problem on the records made for it, and none on the good ones', async () => {
    const check = (await t.http().get(`/api/v1/territories/${territoryId}/print-check`).set('accept-language', 'en').expect(200)).body as Schema<'PrintCheck'>;
    expect(check.season).toMatchObject({ name: 'Saison 2099', endsOn: seasonEnd });
    const found = check.problems.map((p: Problem) => `${p.record.name} · ${p.field} · ${p.code}`).sort();
    expect(found).toEqual(
      [
        'Camping du Lac · hosts · accommodation_no_host',
        'Chèvrerie du Bocage · name · duplicate_name',
        'chèvrerie  du BOCAGE · name · duplicate_name',
        'Ferme Lointaine · latitude · outside_area',
        'Ferme Lointaine · openingHours · no_hours',
        'Ferme Lointaine · phone · no_contact',
        'Ferme Lointaine · offers · producer_no_offer',
        'Miellerie Égarée · latitude · far_from_commune',
        'Miellerie Égarée · openingHours · unreadable_hours',
        'Miellerie Égarée · description.fr · description_too_long',
        'Miellerie Égarée · description.en · unprintable_characters',
        'Un pot offert · conditions · offer_no_conditions',
        'Un pot offert · validTo · offer_expired',
        '10 % sur le miel · validTo · offer_past_season',
        'Crottin du jumeau · season · offer_not_confirmed',
      ].sort(),
    );
    const byCode = (code: string) => check.problems.find((p: Problem) => p.code === code) as Problem;
    expect(byCode('far_from_commune')).toMatchObject({
      severity: 'error',
      record: { kind: 'producer', id: ids.misplaced },
      fixPath: `/app/coordinator/${territoryId}/producers/${ids.misplaced}`,
    });
    expect(byCode('far_from_commune').why).toMatch(/^the map would place "Miellerie Égarée" 1[0-9] km from Secondigny, its commune/);
    expect(byCode('unprintable_characters').why).toContain('🐝');
    expect(byCode('description_too_long').params).toMatchObject({ lang: 'fr', max: 6 });
    expect(byCode('offer_expired').fixPath).toBe(`/app/producer/${ids.misplaced}/offers/${ids.expired}`);
    expect(byCode('producer_no_offer').fixPath).toBe(`/app/producer/${ids.far}/offers/new`);
    expect(byCode('accommodation_no_host').fixPath).toBe(`/app/coordinator/${territoryId}/members/invite`);

    const inFrench = (await t.http().get(`/api/v1/territories/${territoryId}/print-check`).set('accept-language', 'fr').expect(200))
      .body as Schema<'PrintCheck'>;
    expect(inFrench.problems.find((p: Problem) => p.code === 'outside_area')?.why).toMatch(
      /^la carte placerait « Ferme Lointaine » à 3[0-9] km du centre du territoire/,
    );
  });

  it.skipIf(!hasPoppler)('the brochure cuts a description where the check says: after 6 lines, with an ellipsis', async () => {
    // out of the season's campaign, the brochure prints the offers as they stand (during it, only the confirmed ones)
    await t.dataSource.query(`UPDATE seasons SET closed_at = now() WHERE territory_id = $1`, [territoryId]);
    const pdf = await t.http().get(`/api/v1/accommodations/${ids.tilleuls}/brochure.pdf?format=A5`).buffer(true).parse(binary).expect(200);
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    const shown = text.match(/Des ruches au bord des chemins creux/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(30);
    expect(text).toMatch(/Des ruches[^…]*…/);
  });

  it('is for the territory’s coordinators: not its producers or hosts, nor another territory’s coordinator', async () => {
    const producer = await t.member(territoryId, 'producer', { producerId: ids.model });
    const host = await t.member(territoryId, 'host', { accommodationIds: [ids.camping] });
    const neighbour = await t.member(otherTerritoryId, 'coordinator');
    const coordinator = await t.member(territoryId, 'coordinator');
    for (const someone of [producer, host, neighbour]) await t.as(someone.token).get(`/api/v1/territories/${territoryId}/print-check`).expect(403);
    await t.anonymous().get(`/api/v1/territories/${territoryId}/print-check`).expect(401);
    const check = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/print-check`).expect(200)).body as Schema<'PrintCheck'>;
    // the host now runs the camping: that problem is gone
    expect(check.problems.some((p: Problem) => p.code === 'accommodation_no_host')).toBe(false);
  });
});
