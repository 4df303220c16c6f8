import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('a text the brochure cannot print is saved, and whoever saves it is told', () => {
  let t: TestApp;
  let territoryId: string;
  let producerId: string;
  let agent: PortalAgent;

  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await factories(t).territory({ name: 'Gâtine' })).id;
    producerId = (await factories(t).producer(territoryId, { name: 'Miellerie d’Azay' })).id;
    agent = await signedInAgent(t, (await t.member(territoryId, 'producer', { producerId })).email);
  });
  afterAll(() => t.close());

  it('answers a save through the API with a warning naming the field and the characters; a save that prints has none', async () => {
    const created = await t
      .http()
      .post('/api/v1/producers')
      .send({
        territoryId,
        name: 'Miel 🐝',
        categories: ['honey'],
        address: '1 rue de la Mairie',
        postcode: '79200',
        commune: 'Parthenay',
        latitude: 46.6486,
        longitude: -0.2472,
      });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Miel 🐝');
    expect(created.body.warnings).toEqual([
      { field: 'name', characters: ['🐝'], message: 'These characters will not print in the brochure: 🐝 — they will show as □' },
    ]);

    const changed = await t
      .http()
      .patch(`/api/v1/producers/${producerId}`)
      .send({ description: { fr: 'Miel 🐝 et pain d’épices 🍯️, Μέλι', en: 'Honey — Мёд' } });
    expect(changed.status).toBe(200);
    expect(changed.body.warnings).toEqual([expect.objectContaining({ field: 'description.fr', characters: ['🐝', '🍯️'] })]);

    const offer = await t
      .http()
      .post('/api/v1/offers')
      .send({
        producerId,
        title: { fr: 'Un pot offert 🎁', en: 'A free jar' },
        kind: 'percent_off',
        value: 10,
        validFrom: '2026-01-01',
        conditions: { fr: 'Dès 20 € d’achat' },
      });
    expect(offer.status).toBe(201);
    expect(offer.body.warnings).toEqual([expect.objectContaining({ field: 'title.fr', characters: ['🎁'] })]);

    const clean = await t.http().patch(`/api/v1/territories/${territoryId}`).send({ name: 'Gâtine poitevine' });
    expect(clean.body.warnings).toEqual([]);
  });

  it('shows the producer who saves such a text, after saving, which characters will print as □', async () => {
    const saved = await submit(agent, `/app/producer/${producerId}`, {
      name: 'Miellerie d’Azay',
      'description.fr': 'Miel 🐝 et 🍯 de bruyère',
      'description.en': 'Heather honey',
      categories: ['honey'],
      address: '2 rue des Abeilles',
      postcode: '79130',
      commune: 'Azay-sur-Thouet',
      phone: '05 49 00 00 00',
      email: '',
      website: '',
      latitude: '46,6345',
      longitude: '-0.3561',
      hoursMode: 'text',
      openingHours: '',
    });
    expect(saved.status).toBe(303);
    const page = await agent.get(saved.headers.location).expect(200);
    expect(page.text).toContain('Ces caractères ne s’imprimeront pas dans la brochure : 🐝 🍯 — ils apparaîtront comme □.');

    const english = await agent.get(`/app/producer/${producerId}?done=saved&unprintable=${encodeURIComponent('🐝 and <b>anything</b>')}&lang=en`).expect(200);
    expect(english.text).toContain('These characters will not print in the brochure: 🐝 — they will show as □.');
    expect(english.text).not.toContain('anything');
  });
});
