import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOST = 'bonsplans-gatine.test';

describe('Dutch and German texts: the producer writes them, German and Dutch readers read them, a fallback is marked with its language', () => {
  let t: TestApp;
  let agent: PortalAgent;
  let producer: { id: string; code: string; slug: string };
  let offerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territory = await make.territory({ name: 'Gâtine', languages: ['fr', 'en', 'nl', 'de'], domains: [HOST] });
    producer = await make.producer(territory.id, {
      name: 'Miellerie d’Azay',
      description: { fr: 'Miel de bruyère.', en: 'Heather honey.' },
      visitConditions: { fr: 'Sur rendez-vous.' },
    });
    offerId = (await make.publishedOffer(producer.id, { title: { fr: 'Pot de miel −10 %', en: 'Honey jar −10%' }, validFrom: '2020-01-01', validTo: null })).id;
    agent = await signedInAgent(t, (await t.member(territory.id, 'producer', { producerId: producer.id })).email);
  });
  afterAll(() => t.close());

  const touristPage = async (lang: string) => (await t.anonymous().get(`/f/${producer.code}?lang=${lang}`).expect(200)).text;
  const sitePage = async (path: string) => (await t.anonymous().get(path).set('host', HOST).expect(200)).text;

  it('a German page of an offer written only in French and English shows the English text marked lang="en", a French-only text lang="fr"', async () => {
    for (const page of [await touristPage('de'), await sitePage(`/de/erzeuger/${producer.slug}`)]) {
      expect(page).toContain('<span lang="en">Honey jar −10%</span>');
      expect(page).toContain('<span lang="en">Heather honey.</span>');
      expect(page).toContain('<span lang="fr">Sur rendez-vous.</span>');
    }
    // in its own language, no mark
    expect(await touristPage('en')).toContain('<span class="title">Honey jar −10%</span>');
  });

  it('the producer’s forms have the Dutch and German fields, labelled in the form’s language', async () => {
    const business = (await agent.get(`/app/producer/${producer.id}?lang=en`).expect(200)).text;
    for (const label of ['Description (Dutch)', 'Description (German)', 'Visiting conditions (Dutch)', 'Visiting conditions (German)'])
      expect(business).toContain(label);
    const offer = (await agent.get(`/app/producer/${producer.id}/offers/${offerId}?lang=fr`).expect(200)).text;
    for (const label of ['Titre (néerlandais)', 'Titre (allemand)', 'Conditions (allemand)']) expect(offer).toContain(label);
  });

  it('texts saved in Dutch and German through the forms are what the German and Dutch pages show', async () => {
    const saved = await submit(agent, `/app/producer/${producer.id}`, {
      name: 'Miellerie d’Azay',
      'description.fr': 'Miel de bruyère.',
      'description.en': 'Heather honey.',
      'description.nl': 'Heidehoning.',
      'description.de': 'Heidehonig.',
      'visitConditions.fr': 'Sur rendez-vous.',
      'visitConditions.en': '',
      'visitConditions.nl': '',
      'visitConditions.de': 'Nach Vereinbarung.',
      categories: 'honey',
      address: '2 rue des Abeilles',
      postcode: '79130',
      commune: 'Azay-sur-Thouet',
      latitude: '46,6345',
      longitude: '-0.3561',
      hoursMode: 'text',
      openingHours: '',
    });
    expect(saved.status).toBe(303);
    const offer = await submit(agent, `/app/producer/${producer.id}/offers/${offerId}`, {
      'title.fr': 'Pot de miel −10 %',
      'title.en': 'Honey jar −10%',
      'title.nl': 'Pot honing −10%',
      'title.de': 'Honigglas −10 %',
      kind: 'percent_off',
      value: '10',
      validFrom: '2020-01-01',
      validTo: '',
      usesPerPass: '1',
      categories: 'honey',
    });
    expect(offer.status).toBe(303);
    const [row] = await t.dataSource.query(`SELECT description, visit_conditions AS "visitConditions" FROM producers WHERE id = $1`, [producer.id]);
    expect(row).toEqual({
      description: { fr: 'Miel de bruyère.', en: 'Heather honey.', nl: 'Heidehoning.', de: 'Heidehonig.' },
      visitConditions: { fr: 'Sur rendez-vous.', de: 'Nach Vereinbarung.' },
    });

    for (const page of [await touristPage('de'), await sitePage(`/de/erzeuger/${producer.slug}`)]) {
      expect(page).toContain('<p class="description">Heidehonig.</p>');
      expect(page).toContain('<p class="visit">Nach Vereinbarung.</p>');
      expect(page).toContain('<span class="title">Honigglas −10 %</span>');
    }
    const dutch = await touristPage('nl');
    expect(dutch).toContain('<p class="description">Heidehoning.</p>');
    expect(dutch).toContain('<span class="title">Pot honing −10%</span>');
    // no Dutch visit conditions, nor English ones: the French, marked
    expect(dutch).toContain('<p class="visit"><span lang="fr">Sur rendez-vous.</span></p>');
  });
});
