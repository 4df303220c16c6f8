import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeForReaders } from '#directory';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

/** The accommodation form as the page fills it, with the changes a test makes. */
const details = (changes: Record<string, string> = {}) => ({
  name: 'Gîte des Tilleuls',
  kind: 'gite',
  capacity: '6',
  status: 'active',
  'description.fr': 'Longère au bord du Thouet.',
  'description.en': 'Farmhouse by the Thouet river.',
  address: '3 chemin des Tilleuls',
  postcode: '79130',
  commune: 'Secondigny',
  phone: '05 49 22 22 22',
  email: '',
  website: 'https://tilleuls.example',
  latitude: '46,6097',
  longitude: '-0.4147',
  ...changes,
});

/** A PDF (or any body) as bytes. */
const bytes = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the host’s pages: my accommodations, brochure and QR card, passes', () => {
  let t: TestApp;
  let territoryId: string;
  let mineId: string;
  let secondId: string;
  let neighbourId: string;
  let host: Member;
  let agent: PortalAgent;
  const stored = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT name, kind, capacity, status, description, postcode, phone, email, website, latitude, publish_on_site AS "publishOnSite" FROM accommodations WHERE id = $1`,
        [id],
      )
    )[0];
  const passCount = async (id: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM passes WHERE accommodation_id = $1`, [id]))[0].n as number;
  const issuePass = async (accommodationId: string) =>
    (
      await t
        .http()
        .post('/api/v1/passes')
        .send({ accommodationId, arrival: today, departure: inDays(3), guests: 2, lang: 'fr' })
        .expect(201)
    ).body.code as string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    mineId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls', description: { fr: 'Longère.', nl: 'Boerderij.' }, email: 'gite@example.fr' }))
      .id;
    secondId = (await make.accommodation(territoryId, { name: 'Camping du Lac', kind: 'camping', commune: 'Vernoux-en-Gâtine', postcode: '79240' })).id;
    neighbourId = (await make.accommodation(territoryId, { name: 'Chambres du Moulin', phone: '05 49 33 33 33' })).id;
    host = await t.member(territoryId, 'host', { accommodationIds: [mineId, secondId] });
    await t.member(territoryId, 'host', { accommodationIds: [neighbourId] });
    agent = await signedInAgent(t, host.email);
  });
  afterAll(() => t.close());

  it('lists the accommodations the host runs, each with its pages; a coordinator who hosts none is told so', async () => {
    const page = await agent.get('/app/host').expect(200);
    expect(page.text).toContain('<h1>Mes hébergements</h1>');
    expect(page.text).toContain('Camping du Lac');
    expect(page.text).toContain('Gîte des Tilleuls');
    expect(page.text).not.toContain('Chambres du Moulin');
    for (const link of ['', '/print', '/qr-card.pdf', '/passes', '/figures']) expect(page.text).toContain(`href="/app/host/accommodations/${mineId}${link}"`);
    expect(page.text.indexOf('Camping du Lac')).toBeLessThan(page.text.indexOf('Gîte des Tilleuls'));

    const coordinator = await t.member(territoryId, 'coordinator');
    const theirs = await (await signedInAgent(t, coordinator.email)).get('/app/host').expect(200);
    expect(theirs.text).toContain('Vous n’êtes l’hôte d’aucun hébergement');
  });

  it('saves the accommodation through the service: the Dutch description the form does not show is kept, an emptied e-mail is cleared', async () => {
    const page = await agent.get(`/app/host/accommodations/${mineId}?lang=en`).expect(200);
    expect(page.text).toContain('<h1>Edit Gîte des Tilleuls</h1>');
    expect(page.text).toContain('value="gite@example.fr"');
    expect(page.text).toContain('openstreetmap.org');

    // ticking "list on the public site" is the host's consent
    const saved = await submit(agent, `/app/host/accommodations/${mineId}`, details({ capacity: '8', kind: 'chambre_hotes', publishOnSite: 'yes' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/app/host/accommodations/${mineId}?done=saved`);
    expect(await stored(mineId)).toMatchObject({
      name: 'Gîte des Tilleuls',
      kind: 'chambre_hotes',
      capacity: 8,
      description: { fr: 'Longère au bord du Thouet.', en: 'Farmhouse by the Thouet river.', nl: 'Boerderij.' },
      phone: '+33549222222',
      email: null,
      website: 'https://tilleuls.example',
      latitude: 46.6097,
      publishOnSite: true,
    });
    expect((await agent.get(saved.headers.location).expect(200)).text).toContain('Accommodation saved.');
    await agent.get('/app/host?lang=fr').expect(200);
  });

  it('shows a mistake beside its field, keeps what was typed and changes nothing', async () => {
    const before = await stored(mineId);
    const refused = await submit(
      agent,
      `/app/host/accommodations/${mineId}`,
      details({ name: 'Gîte des Grands Tilleuls', postcode: '7913', latitude: 'au nord' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<p class="error" id="f-postcode-error">Le code postal compte 5 chiffres, par exemple 79130.</p>');
    expect(refused.text).toMatch(/id="f-postcode" name="postcode" aria-describedby="f-postcode-error" aria-invalid="true"/);
    expect(refused.text).toContain('id="f-latitude-error"');
    expect(refused.text).toContain('2 champs sont à corriger');
    expect(refused.text).toContain('value="Gîte des Grands Tilleuls"');
    expect(refused.text).toContain('value="7913"');
    expect(refused.text).toContain('value="au nord"');
    expect(await stored(mineId)).toEqual(before);
  });

  it('another host’s accommodation does not exist for this host: it cannot be opened, changed, printed, nor given passes', async () => {
    const before = await stored(neighbourId);
    const base = `/app/host/accommodations/${neighbourId}`;
    for (const path of [base, `${base}/print`, `${base}/brochure.pdf?lang=en&format=A5`, `${base}/qr-card.pdf`, `${base}/passes`])
      await agent.get(path).expect(404);
    const edit = await submit(agent, base, details({ name: 'Pris par un autre', phone: '' }), '/app/host');
    expect(edit.status).toBe(404);
    const issue = await submit(agent, `${base}/passes`, { arrival: today, departure: today, guests: '2', lang: 'fr' }, '/app/host');
    expect(issue.status).toBe(404);
    expect(await stored(neighbourId)).toEqual(before);
    expect(await passCount(neighbourId)).toBe(0);

    const theirPass = await issuePass(neighbourId);
    await agent.get(`/app/host/passes/${theirPass}`).expect(404);
    await agent.get(`/app/host/passes/${theirPass}/card.pdf`).expect(404);
    expect((await submit(agent, `/app/host/passes/${theirPass}/cancel`, {}, '/app/host')).status).toBe(404);
    expect((await t.dataSource.query(`SELECT status FROM passes WHERE code = $1`, [theirPass]))[0].status).toBe('active');
  });

  it('downloads the brochure as a PDF in A5 and English (304 when unchanged), without switching the pages’ language; and the QR card', async () => {
    const print = await agent.get(`/app/host/accommodations/${mineId}/print`).expect(200);
    expect(print.text).toContain(`action="/app/host/accommodations/${mineId}/brochure.pdf"`);
    expect(print.text).toContain('<option value="A5" >A5');

    const brochure = await agent.get(`/app/host/accommodations/${mineId}/brochure.pdf?lang=en&format=A5`).buffer(true).parse(bytes).expect(200);
    expect(brochure.headers['content-type']).toBe('application/pdf');
    expect(brochure.headers['content-disposition']).toMatch(/^attachment; filename="brochure-gite-des-tilleuls-en-A5\.pdf"$/);
    expect((brochure.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(String(brochure.headers['set-cookie'] ?? '')).not.toContain('lang=');
    // The same file as the API's: same ETag, and 304 when the browser already holds it.
    const api = await t.as(host.token).get(`/api/v1/accommodations/${mineId}/brochure.pdf?lang=en&format=A5`).buffer(true).parse(bytes).expect(200);
    expect(api.headers.etag).toBe(brochure.headers.etag);
    await agent.get(`/app/host/accommodations/${mineId}/brochure.pdf?lang=en&format=A5`).set('if-none-match', brochure.headers.etag).expect(304);
    expect((await agent.get('/app/host').expect(200)).text).toContain('<html lang="fr">');

    const wrong = await agent.get(`/app/host/accommodations/${mineId}/brochure.pdf?lang=en&format=A3`).expect(400);
    expect(wrong.text).toContain('id="f-format-error"');

    const card = await agent.get(`/app/host/accommodations/${mineId}/qr-card.pdf`).buffer(true).parse(bytes).expect(200);
    expect(card.headers['content-type']).toBe('application/pdf');
    expect(card.headers['content-disposition']).toBe('attachment; filename="qr-card-gite-des-tilleuls.pdf"');
    expect((card.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('issues a pass for a stay, shows it with its card and link, lists it, and cancels it', async () => {
    const wrong = await submit(agent, `/app/host/accommodations/${secondId}/passes`, { arrival: inDays(5), departure: inDays(2), guests: '3', lang: 'en' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('<p class="error" id="f-departure-error">Le départ doit être le jour de l’arrivée ou après.</p>');
    expect(wrong.text).toContain(`value="${inDays(5)}"`);
    expect(wrong.text).toContain('value="3"');
    expect(await passCount(secondId)).toBe(0);

    const issued = await submit(agent, `/app/host/accommodations/${secondId}/passes`, { arrival: today, departure: inDays(6), guests: '3', lang: 'en' });
    expect(issued.status).toBe(303);
    const code = /^\/app\/host\/passes\/([a-z0-9]+)\?done=issued$/.exec(issued.headers.location)?.[1] as string;
    expect(code).toBeDefined();
    expect(await t.dataSource.query(`SELECT guests, lang, status, arrival FROM passes WHERE code = $1`, [code])).toEqual([
      { guests: 3, lang: 'en', status: 'active', arrival: today },
    ]);

    const shown = await agent.get(issued.headers.location).expect(200);
    expect(shown.text).toContain('Pass émis.');
    expect(shown.text).toContain(`href="http://terroir.test/p/${code}"`);
    expect(shown.text).toContain(`href="/app/host/passes/${code}/card.pdf"`);
    expect(shown.text).toContain('3 personnes');
    const card = await agent.get(`/app/host/passes/${code}/card.pdf`).buffer(true).parse(bytes).expect(200);
    expect(card.headers['content-type']).toBe('application/pdf');
    expect(card.headers['content-disposition']).toBe(`attachment; filename="pass-${code}.pdf"`);
    expect((card.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const list = await agent.get(`/app/host/accommodations/${secondId}/passes`).expect(200);
    expect(list.text).toContain(`href="/app/host/passes/${code}"`);
    expect(list.text).toMatch(/<td>English<\/td>\s*<td><span class="status">Valable<\/span><\/td>\s*<td>Aucun usage<\/td>/);

    const cancelled = await submit(agent, `/app/host/passes/${code}/cancel`, {}, `/app/host/passes/${code}`);
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.location).toBe(`/app/host/passes/${code}?done=cancelled`);
    expect((await t.dataSource.query(`SELECT status FROM passes WHERE code = $1`, [code]))[0].status).toBe('cancelled');
    const after = await agent.get(cancelled.headers.location).expect(200);
    expect(after.text).toContain('Pass annulé.');
    expect(after.text).not.toContain('/cancel"');
    expect((await agent.get(`/app/host/accommodations/${secondId}/passes`).expect(200)).text).toContain('<span class="status">Annulé</span>');
  });

  it('a double tap on “issue” issues one pass: the form carries a key drawn with the page', async () => {
    const path = `/app/host/accommodations/${mineId}/passes`;
    const before = await passCount(mineId);
    const page = await agent.get(path).expect(200);
    const form = {
      _csrf: csrfOf(page.text),
      key: /name="key" value="([^"]+)"/.exec(page.text)?.[1] as string,
      arrival: today,
      departure: inDays(2),
      guests: '2',
      lang: 'fr',
    };
    const [first, second] = await Promise.all([agent.post(path).type('form').send(form), agent.post(path).type('form').send(form)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await passCount(mineId)).toBe(before + 1);
  });

  it('counts each pass’s uses in the list', async () => {
    const make = factories(t);
    const producerId = (await make.producer(territoryId)).id;
    const offerId = (await make.publishedOffer(producerId, { validFrom: inDays(-10), validTo: inDays(10), usesPerPass: 2 })).id;
    const producer = await t.member(territoryId, 'producer', { producerId });
    const code = await issuePass(mineId);
    for (const key of ['first-use', 'second-use']) {
      await t.as(producer.token).post(`/api/v1/passes/${code}/redemptions`).set('idempotency-key', `${code}-${key}`).send({ offerId }).expect(201);
    }
    const list = await agent.get(`/app/host/accommodations/${mineId}/passes`).expect(200);
    // the code written as on the pass card: "AZQA T474 MDX"
    expect(codeForReaders(code)).toMatch(/^[A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{3}$/);
    expect(list.text).toMatch(new RegExp(`${codeForReaders(code)}</a></th>[\\s\\S]*?<td>2 usages</td>`));
  });

  it('a disabled accommodation issues no pass: the form gives way to a note', async () => {
    await submit(agent, `/app/host/accommodations/${secondId}`, details({ name: 'Camping du Lac', kind: 'camping', status: 'disabled' }));
    expect((await stored(secondId)).status).toBe('disabled');
    const page = await agent.get(`/app/host/accommodations/${secondId}/passes`).expect(200);
    expect(page.text).toContain('Cet hébergement n’est pas actif');
    expect(page.text).not.toContain('name="arrival"');
    const refused = await submit(
      agent,
      `/app/host/accommodations/${secondId}/passes`,
      { arrival: today, departure: today, guests: '2', lang: 'fr' },
      `/app/host/accommodations/${secondId}`,
    );
    expect(refused.status).toBe(400);
    expect(await passCount(secondId)).toBe(1);
  });
});
