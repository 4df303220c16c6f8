import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { brochuresCommand } from '../../apps/cli/src/tasks/brochures.js';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, type PortalAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('printing from an open season: the problems first, then fixed or printed anyway with a reason', () => {
  let t: TestApp;
  let territoryId: string;
  let slug: string;
  let producerId: string;
  let offerId: string;
  let accommodationId: string;
  let folder: string;
  let coordinator: PortalAgent;
  const brochure = () => `/api/v1/territories/${territoryId}/brochure.pdf`;
  const printedAnyway = async () =>
    t.dataSource.query<{ changes: { reason: { to: string }; problems: { to: number }; season: { to: string } } }[]>(
      `SELECT changes FROM audit_entries WHERE territory_id = $1 AND action = 'print_anyway' ORDER BY id`,
      [territoryId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territory = await make.territory({ name: 'Gâtine imprimée' });
    [territoryId, slug] = [territory.id, territory.slug];
    // complete but for a way to reach it: one problem
    const producer = await make.producer(territoryId, {
      name: 'Ferme du Chêne',
      openingHours: 'Mo-Fr 09:00-12:00',
      description: { fr: 'Fromages de chèvre.', en: 'Goat cheese.' },
    });
    producerId = producer.id;
    offerId = await make
      .publishedOffer(producerId, {
        conditions: { fr: 'Sur présentation du pass.', en: 'Show your pass.' },
        validFrom: '2020-01-01',
        validTo: '2099-06-30',
      })
      .then((offer) => offer.id);
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    await t.member(territoryId, 'host', { accommodationIds: [accommodationId] });
    coordinator = await signedInAgent(t, (await t.member(territoryId, 'coordinator')).email);
    folder = await mkdtemp(join(tmpdir(), 'gate-'));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
    await t?.close();
  });

  it('without an open season, the brochure prints as before, problems or not', async () => {
    await t.http().get(brochure()).buffer(true).parse(binary).expect(200).expect('content-type', 'application/pdf');
    // the season opened, and its offer kept by the producer, as the campaign records it
    await t.dataSource.query(
      `WITH season AS (INSERT INTO seasons (territory_id, name, starts_on, ends_on, print_deadline)
                       VALUES ($1, 'Saison 2099', '2099-04-01', '2099-06-30', '2099-03-01') RETURNING id),
            taking AS (INSERT INTO season_producers (season_id, producer_id, territory_id) SELECT id, $2, $1 FROM season RETURNING season_id)
       INSERT INTO season_decisions (season_id, offer_id, producer_id, decision, decided_via) SELECT season_id, $3, $2, 'keep', 'link' FROM taking`,
      [territoryId, producerId, offerId],
    );
  });

  it('API: a 409 with the problems, a 400 for a blank reason, the PDF with a reason kept in the audit trail', async () => {
    const refused = await t.http().get(brochure()).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'print_check_failed', params: { problems: 1, season: 'Saison 2099' } });
    expect(refused.body.problems).toEqual([
      expect.objectContaining({ code: 'no_contact', field: 'phone', record: { kind: 'producer', id: producerId, name: 'Ferme du Chêne' } }),
    ]);
    const blank = await t.http().get(`${brochure()}?printAnyway=%20%20`).expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'printAnyway', code: 'print_anyway_reason_required' })]);
    expect(await printedAnyway()).toEqual([]);

    await t
      .http()
      .get(`${brochure()}?printAnyway=${encodeURIComponent('L’imprimeur ferme demain')}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [entry] = await printedAnyway();
    expect(entry.changes).toMatchObject({ reason: { to: 'L’imprimeur ferme demain' }, problems: { to: 1 }, season: { to: 'Saison 2099' } });
    // a host's own brochure is not held back
    await t.http().get(`/api/v1/accommodations/${accommodationId}/brochure.pdf`).buffer(true).parse(binary).expect(200);
  });

  it('CLI: the batch says the problems and stops, unless --anyway gives the reason', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = join(folder, 'pdf');
    expect(await brochuresCommand(t.app, { territory: slug, out, lang: 'fr', format: 'A4' })).toBe(1);
    expect(errors[0]).toBe('1 problem(s) to fix before printing for the season "Saison 2099":');
    expect(errors[1]).toContain('Producer "Ferme du Chêne", phone: no phone and no e-mail');
    expect(await readdir(folder)).toEqual([]);

    expect(await brochuresCommand(t.app, { territory: slug, out, lang: 'fr', format: 'A4', anyway: 'Salon de dimanche' })).toBe(0);
    expect(await readdir(out)).toEqual(['brochure-gite-des-tilleuls-fr-A4.pdf']);
    expect((await printedAnyway()).map((e) => e.changes.reason.to)).toEqual(['L’imprimeur ferme demain', 'Salon de dimanche']);
  });

  it('member pages: the check lists the problems with their links; the brochure asks for a reason, then prints', async () => {
    const check = await coordinator.get(`/app/coordinator/${territoryId}/print-check`).expect(200);
    expect(check.text).toContain('Ferme du Chêne');
    expect(check.text).toContain('ni téléphone ni e-mail');
    expect(check.text).toContain(`href="/app/coordinator/${territoryId}/producers/${producerId}"`);

    const gate = await coordinator.get(`/app/coordinator/${territoryId}/brochure.pdf?lang=en&format=A5`).expect(409);
    expect(gate.text).toContain('Saison 2099');
    expect(gate.text).toContain(`href="/app/coordinator/${territoryId}/producers/${producerId}"`);
    expect(gate.text).toContain('name="printAnyway"');
    const form = { _csrf: csrfOf(gate.text), lang: 'en', format: 'A5' };
    const blank = await coordinator
      .post(`/app/coordinator/${territoryId}/brochure.pdf`)
      .type('form')
      .send({ ...form, printAnyway: ' ' })
      .expect(400);
    expect(blank.text).toContain('Donnez la raison d’imprimer malgré les problèmes.');
    const pdf = await coordinator
      .post(`/app/coordinator/${territoryId}/brochure.pdf`)
      .type('form')
      .send({ ...form, printAnyway: 'Office de tourisme' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-disposition']).toContain('-en-A5.pdf');
    expect(await printedAnyway()).toHaveLength(3);
  });

  it('once the problems are fixed, the brochure prints without a word', async () => {
    await t.http().patch(`/api/v1/producers/${producerId}`).send({ phone: '05 49 64 20 18' }).expect(200);
    await t.http().get(brochure()).buffer(true).parse(binary).expect(200);
    await coordinator.get(`/app/coordinator/${territoryId}/brochure.pdf?lang=fr&format=A4`).buffer(true).parse(binary).expect(200);
    expect(await printedAnyway()).toHaveLength(3);
  });
});
