import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

/** A PDF (or any body) as bytes. */
const bytes = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the coordinator’s pages: members, producers and accommodations, reviews, settings, brochure, audit', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let territoryId: string;
  let otherTerritoryId: string;
  let producerId: string;
  let accommodationId: string;
  let producer: Member;
  let host: Member;
  let agent: PortalAgent;
  const base = () => `/app/coordinator/${territoryId}`;
  const pendingOffer = async (title: string) => {
    const offer = await make.offer(producerId, { title: { fr: title, en: `${title} (en)` } });
    await t.http().post(`/api/v1/offers/${offer.id}/submit`).expect(200);
    return offer.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine', offersNeedReview: true })).id;
    otherTerritoryId = (await make.territory({ name: 'Bocage' })).id;
    producerId = (await make.producer(territoryId, { name: 'Ferme du Chemin Creux' })).id;
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    await make.producer(otherTerritoryId, { name: 'Ferme du Bocage' });
    producer = await t.member(territoryId, 'producer', { producerId });
    host = await t.member(territoryId, 'host', { accommodationIds: [accommodationId] });
    agent = await signedInAgent(t, (await t.member(territoryId, 'coordinator')).email);
  });
  afterAll(() => t.close());

  it('the overview counts what needs attention and links to every page of the section', async () => {
    await pendingOffer('Dégustation offerte');
    const page = await agent.get(base()).expect(200);
    expect(page.text).toContain('<h1>Coordination — Gâtine</h1>');
    expect(page.text).toMatch(/Offres à relire<\/dt><dd><a href="[^"]+\/reviews">1</);
    expect(page.text).toMatch(/Producteurs<\/dt><dd><a href="[^"]+\/producers">1</);
    for (const rest of ['members', 'producers', 'accommodations', 'reviews', 'settings', 'brochure', 'audit'])
      expect(page.text).toContain(`href="${base()}/${rest}"`);
  });

  it('a coordinator of another territory, a producer and a host get a 403 page on every page and form of the section', async () => {
    const stranger = await signedInAgent(t, (await t.member(otherTerritoryId, 'coordinator')).email);
    const offerId = await pendingOffer('Visite de la chèvrerie');
    for (const who of [stranger, await signedInAgent(t, producer.email), await signedInAgent(t, host.email)]) {
      for (const rest of [
        '',
        '/members',
        '/members/invite',
        '/producers',
        `/producers/${producerId}`,
        '/accommodations',
        `/accommodations/${accommodationId}`,
        '/reviews',
        '/settings',
        '/brochure',
        '/brochure.pdf',
        '/audit',
      ]) {
        const page = await who.get(`${base()}${rest}`);
        expect(page.status, rest).toBe(403);
        expect(page.text).toContain('Accès refusé');
      }
      const csrf = csrfOf((await who.get('/app').expect(200)).text);
      await who.post(`${base()}/settings`).type('form').send({ _csrf: csrf, name: 'Pris', timeZone: 'Europe/Paris' }).expect(403);
      await who.post(`${base()}/reviews/${offerId}/approve`).type('form').send({ _csrf: csrf }).expect(403);
      await who.post(`${base()}/members/invite`).type('form').send({ _csrf: csrf, email: 'x@test.test', role: 'coordinator' }).expect(403);
    }
    expect((await t.dataSource.query(`SELECT name FROM territories WHERE id = $1`, [territoryId]))[0].name).toBe('Gâtine');
    expect((await t.dataSource.query(`SELECT status FROM offers WHERE id = $1`, [offerId]))[0].status).toBe('pending_review');
    // Their own territory's pages under another territory's address are no pages at all.
    const mine = await signedInAgent(t, (await t.member(otherTerritoryId, 'coordinator')).email);
    expect((await mine.get(`/app/coordinator/${otherTerritoryId}/producers/${producerId}`)).status).toBe(404);
  });

  it('approves an offer (published, shown on the tourist page) and refuses another with a reason the producer reads', async () => {
    const approvedId = await pendingOffer('Miel de printemps -10 %');
    const refusedId = await pendingOffer('Panier garni');
    const list = await agent.get(`${base()}/reviews`).expect(200);
    expect(list.text).toContain('Miel de printemps -10 %');
    expect(list.text).toContain('Ferme du Chemin Creux');
    expect(list.text).toContain('10 %');

    const approved = await submit(agent, `${base()}/reviews/${approvedId}/approve`, {}, `${base()}/reviews`);
    expect(approved.status).toBe(303);
    expect(approved.headers.location).toBe(`${base()}/reviews?done=approved`);
    expect((await t.as(producer.token).get(`/api/v1/offers/${approvedId}`).expect(200)).body.status).toBe('published');
    // Approved twice (two coordinators at once): the second is told, not shown an error page.
    const twice = await submit(agent, `${base()}/reviews/${approvedId}/approve`, {}, `${base()}/reviews`);
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('<div class="summary" role="alert"><p class="error">Impossible de publier une offre publiée.</p>');

    const empty = await submit(agent, `${base()}/reviews/${refusedId}/refuse`, { reason: '  ' }, `${base()}/reviews`);
    expect(empty.status).toBe(400);
    expect(empty.text).toContain(`id="reason-${refusedId}-error">Indiquez le motif du refus : le producteur le lira.</p>`);
    expect(empty.text).toContain(`aria-describedby="reason-${refusedId}-error"`);

    const refused = await submit(agent, `${base()}/reviews/${refusedId}/refuse`, { reason: 'Précisez le contenu du panier.' }, `${base()}/reviews`);
    expect(refused.status).toBe(303);
    const offer = (await t.as(producer.token).get(`/api/v1/offers/${refusedId}`).expect(200)).body;
    expect(offer.status).toBe('draft');
    expect(offer.reviewNote).toBe('Précisez le contenu du panier.');
    const after = await agent.get(`${base()}/reviews?done=refused`).expect(200);
    expect(after.text).toContain('L’offre est renvoyée au producteur avec votre motif.');
    expect(after.text).not.toContain('Panier garni');
  });

  it('invites a producer: the link is shown to pass on, the member is listed; suspended and reactivated', async () => {
    const form = await agent.get(`${base()}/members/invite`).expect(200);
    expect(form.text).toContain('Ferme du Chemin Creux');
    const missing = await submit(
      agent,
      `${base()}/members/invite`,
      { email: 'marie@ferme.test', role: 'producer', producerId: '' },
      `${base()}/members/invite`,
    );
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('id="f-producerId-error">Choisissez l’exploitation de ce producteur.</p>');
    expect(missing.text).toContain('value="marie@ferme.test"');

    const invited = await submit(
      agent,
      `${base()}/members/invite`,
      { email: 'marie@ferme.test', name: 'Marie Bonnet', role: 'producer', producerId },
      `${base()}/members/invite`,
    );
    expect(invited.status).toBe(200);
    expect(invited.text).toContain('Invitation créée pour marie@ferme.test.');
    const link = /readonly value="([^"]+)"/.exec(invited.text)?.[1];
    expect(link).toMatch(/^http:\/\/terroir\.test\/.*invitations\/[A-Za-z0-9_-]{20,}$/);

    const members = await agent.get(`${base()}/members`).expect(200);
    expect(members.text).toContain('marie@ferme.test');
    expect(members.text).toMatch(
      /Marie Bonnet<\/th>\s*<td>marie@ferme.test<\/td>\s*<td>Producteur<\/td>\s*<td><span class="status">Invité<\/span><\/td>\s*<td>Ferme du Chemin Creux<\/td>/,
    );
    const [membership] = await t.dataSource.query(`SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'marie@ferme.test'`);

    const resent = await submit(agent, `${base()}/members/${membership.id}/resend`, {}, `${base()}/members`);
    expect(resent.status).toBe(200);
    expect(/readonly value="([^"]+)"/.exec(resent.text)?.[1]).not.toBe(link);

    const suspended = await submit(agent, `${base()}/members/${membership.id}/suspend`, {}, `${base()}/members`);
    expect(suspended.headers.location).toBe(`${base()}/members?done=suspended`);
    expect((await agent.get(`${base()}/members?done=suspended`)).text).toContain('Le membre est suspendu');
    await submit(agent, `${base()}/members/${membership.id}/reactivate`, {}, `${base()}/members`).then((r) => expect(r.status).toBe(303));
    expect((await t.dataSource.query(`SELECT status FROM memberships WHERE id = $1`, [membership.id]))[0].status).toBe('invited');

    // A member of the host, with a new-password link to pass on.
    const [hosting] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [host.userId]);
    const reset = await submit(agent, `${base()}/members/${hosting.id}/password-reset`, {}, `${base()}/members`);
    expect(reset.status).toBe(200);
    expect(reset.text).toContain(host.email);
    expect(reset.text).toMatch(/readonly value="http:\/\/terroir\.test\/[^"]+"/);
  });

  it('settings: an error is said beside its field and what was typed is kept; funders, colours and review are saved', async () => {
    const page = await agent.get(`${base()}/settings`).expect(200);
    expect(page.text).toContain('name="primaryColorPicker"');
    const fields = {
      name: 'Bons plans de Gâtine',
      contactEmail: 'pas une adresse',
      contactPhone: '05 49 00 00 00',
      website: '',
      logoUrl: 'https://gatine.example/logo.png',
      primaryColor: '#1e5a8c',
      primaryColorWas: '',
      primaryColorPicker: '#2f6b3a',
      primaryColorPickerWas: '#2f6b3a',
      secondaryColor: '',
      secondaryColorWas: '',
      secondaryColorPicker: '#aa0000',
      secondaryColorPickerWas: '#e8b23a',
      languages: ['fr', 'nl'],
      offersNeedReview: 'yes',
      timeZone: 'Europe/Paris',
      funders: 'Région Nouvelle-Aquitaine\r\n\r\n  Communauté de communes de Parthenay-Gâtine  \r\n',
    };
    const wrong = await submit(agent, `${base()}/settings`, fields);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('id="f-contactEmail-error">Saisissez une adresse e-mail valide');
    expect(wrong.text).toContain('value="pas une adresse"');
    expect(wrong.text).toContain('value="Bons plans de Gâtine"');
    expect(wrong.text).toContain('Région Nouvelle-Aquitaine');

    const tooMany = await submit(agent, `${base()}/settings`, {
      ...fields,
      contactEmail: '',
      funders: Array.from({ length: 13 }, (_, i) => `Financeur ${i}`).join('\n'),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toContain('id="f-funders-error">Indiquez 12 financeurs au plus.</p>');

    const saved = await submit(agent, `${base()}/settings`, { ...fields, contactEmail: 'contact@gatine.example' });
    expect(saved.status).toBe(303);
    const [territory] = await t.dataSource.query(`SELECT * FROM territories WHERE id = $1`, [territoryId]);
    expect(territory.funders).toEqual(['Région Nouvelle-Aquitaine', 'Communauté de communes de Parthenay-Gâtine']);
    expect(territory).toMatchObject({
      name: 'Bons plans de Gâtine',
      contact_email: 'contact@gatine.example',
      primary_color: '#1e5a8c',
      secondary_color: '#aa0000',
      offers_need_review: true,
      self_service_passes: false,
    });
    expect(territory.languages).toEqual(['fr', 'nl']);
    expect((await t.anonymous().get(`/api/v1/territories/${territoryId}`).expect(200)).body.funders).toEqual(territory.funders);
    const again = await agent.get(`${base()}/settings?done=saved`).expect(200);
    expect(again.text).toContain('Modifications enregistrées.');
    expect(again.text).toContain('Communauté de communes de Parthenay-Gâtine</textarea>');
  });

  it('settings: the public site’s addresses as the coordinator pastes them; one already another territory’s is refused by name', async () => {
    const page = await agent.get(`${base()}/settings`).expect(200);
    const kept = Object.fromEntries(
      [...page.text.matchAll(/<input type="(?:text|hidden|email|tel|url)" id="[^"]*" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const fields = { ...kept, name: 'Bons plans de Gâtine', timeZone: 'Europe/Paris', languages: ['fr'] };
    await t
      .http()
      .patch(`/api/v1/territories/${otherTerritoryId}`)
      .send({ domains: ['bocage.example'] })
      .expect(200);

    const taken = await submit(agent, `${base()}/settings`, { ...fields, domains: 'Bocage.example' });
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('id="f-domains-error">Le nom de domaine « bocage.example » est déjà celui d’un autre territoire.');
    const wrong = await submit(agent, `${base()}/settings`, { ...fields, domains: 'mon site à moi' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('id="f-domains-error">Saisissez des noms de domaine comme bonsplans-gatine.fr');

    const saved = await submit(agent, `${base()}/settings`, { ...fields, domains: ' https://www.Gatine-BonsPlans.example/ \r\ngatine-bonsplans.example.\r\n' });
    expect(saved.status).toBe(303);
    const [{ domains }] = await t.dataSource.query(`SELECT domains FROM territories WHERE id = $1`, [territoryId]);
    expect(domains).toEqual(['www.gatine-bonsplans.example', 'gatine-bonsplans.example']);
    // the site answers on them
    const home = await t.anonymous().get('/').set('host', 'gatine-bonsplans.example').expect(200);
    expect(home.text).toContain('<link rel="canonical" href="http://www.gatine-bonsplans.example/">');
    expect((await agent.get(`${base()}/settings`).expect(200)).text).toContain('www.gatine-bonsplans.example\ngatine-bonsplans.example</textarea>');
  });

  it('lists, searches, adds and edits producers and accommodations of the territory, status included', async () => {
    const list = await agent.get(`${base()}/producers?q=chemin`).expect(200);
    expect(list.text).toContain(`href="${base()}/producers/${producerId}"`);
    expect((await agent.get(`${base()}/producers?q=bocage`)).text).not.toContain('Ferme du');

    const place = { address: '2 rue du Four', postcode: '79200', commune: 'Parthenay', latitude: '46,65', longitude: '-0,25' };
    const wrong = await submit(agent, `${base()}/producers/new`, { name: 'Rucher des Landes', categories: 'honey', ...place, postcode: '792' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('id="f-postcode-error">Saisissez les 5 chiffres du code postal.</p>');
    expect(wrong.text).toContain('value="Rucher des Landes"');
    const created = await submit(agent, `${base()}/producers/new`, {
      name: 'Rucher des Landes',
      categories: ['honey', 'vegetables'],
      status: 'active',
      ...place,
    });
    expect(created.headers.location).toBe(`${base()}/producers?done=created`);
    const [rucher] = await t.dataSource.query(`SELECT id, territory_id, categories, latitude FROM producers WHERE name = 'Rucher des Landes'`);
    expect(rucher).toMatchObject({ territory_id: territoryId, categories: ['honey', 'vegetables'] });

    const edit = await agent.get(`${base()}/producers/${rucher.id}`).expect(200);
    expect(edit.text).toContain('<h1>Modifier Rucher des Landes</h1>');
    await submit(agent, `${base()}/producers/${rucher.id}`, {
      name: 'Rucher des Landes',
      categories: 'honey',
      status: 'suspended',
      ...place,
      openingHours: 'Sa 09:00-12:00',
    }).then((r) => expect(r.status).toBe(303));
    expect((await t.dataSource.query(`SELECT status, opening_hours FROM producers WHERE id = $1`, [rucher.id]))[0]).toEqual({
      status: 'suspended',
      opening_hours: 'Sa 09:00-12:00',
    });

    const accommodation = {
      name: 'Gîte des Tilleuls',
      kind: 'gite',
      status: 'disabled',
      capacity: '8',
      address: '3 chemin des Tilleuls',
      postcode: '79130',
      commune: 'Secondigny',
      latitude: '46.6097',
      longitude: '-0.4147',
    };
    await submit(agent, `${base()}/accommodations/${accommodationId}`, accommodation).then((r) => expect(r.status).toBe(303));
    expect((await t.dataSource.query(`SELECT status, capacity FROM accommodations WHERE id = $1`, [accommodationId]))[0]).toEqual({
      status: 'disabled',
      capacity: 8,
    });
    const added = await submit(agent, `${base()}/accommodations/new`, { ...accommodation, name: 'Camping du Lac', kind: 'camping', status: 'active' });
    expect(added.status).toBe(303);
    expect((await agent.get(`${base()}/accommodations?q=lac`)).text).toContain('Camping du Lac');
  });

  it('downloads the territory brochure as a PDF in the chosen language; a wrong choice is said on the form', async () => {
    const form = await agent.get(`${base()}/brochure`).expect(200);
    expect(form.text).toContain(`action="${base()}/brochure.pdf"`);
    const pdf = await agent.get(`${base()}/brochure.pdf?lang=en&format=A5&date=2026-07-14`).buffer(true).parse(bytes).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['set-cookie'] ?? []).not.toContainEqual(expect.stringMatching(/^lang=/));
    const wrong = await agent.get(`${base()}/brochure.pdf?lang=en&format=A3`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('id="f-format-error"');
    // The file's language is not the pages': the next page is still in French.
    expect((await agent.get(`${base()}/brochure`)).text).toContain('<html lang="fr">');
  });

  it('the audit trail says who changed what, newest first, a page at a time', async () => {
    const first = await agent.get(`${base()}/audit`).expect(200);
    expect(first.text).toContain('Journal des modifications');
    expect(first.text).toContain('Modification — Territoire (Bons plans de Gâtine)');
    expect(first.text).toContain(`href="${base()}/audit?page=2"`);
    const second = await agent.get(`${base()}/audit?page=2`).expect(200);
    expect(second.text).toContain(`href="${base()}/audit?page=1"`);
    expect((await agent.get(`${base()}/audit?page=nope`)).status).toBe(200);
  });
});
