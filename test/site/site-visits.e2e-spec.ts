import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCounter, SiteVisitCounter } from '#insights';
import { factories } from '../support/factories.js';
import { signedInAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const HOST = 'bonsplans-gatine.test';

describe('visits of the public site, counted in the figures like the tourist pages’ openings', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  let producer: { slug: string };
  let gite: { id: string; code: string };

  const visit = (path: string) => t.anonymous().get(path).set('host', HOST);

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine', languages: ['fr', 'en', 'nl', 'de'], domains: [HOST] })).id;
    producer = await make.producer(territoryId, { name: 'Miellerie d’Azay' });
    gite = await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' });
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  it('each page opened counts once under its kind and language; a HEAD, an offline copy, a redirection, a 404 and the legal pages do not', async () => {
    await visit('/').expect(200);
    await visit('/').expect(200);
    await visit('/de/').expect(200);
    await visit('/producteurs?category=honey').expect(200);
    await visit(`/producteurs/${producer.slug}`).expect(200);
    await visit(`/nl/producenten/${producer.slug}`).expect(200);
    await visit('/en/offers').expect(200);
    await visit('/hebergements').expect(200);
    // none of these is a visit
    await t.anonymous().head('/').set('host', HOST).expect(200);
    await visit('/').set('x-offline-copy', '1').expect(200);
    await visit('/en').expect(301);
    await visit('/producteurs/personne').expect(404);
    await visit('/mentions-legales').expect(200);
    // the privacy page says what is counted
    expect((await visit('/en/privacy').expect(200)).text).toContain('Visits are only counted, per kind of page, day and language');
    await visit('/sitemap.xml').expect(200);
    // the tourist pages follow the same rule: a HEAD opens no page
    await t.anonymous().head(`/v/${gite.code}`).expect(200);
    await Promise.all([t.app.get(SiteVisitCounter).flush(), t.app.get(ScanCounter).flush()]);

    const figures = (await t.as(coordinator.token).get(`/api/v1/territories/${territoryId}/figures`).expect(200)).body;
    expect(figures.siteVisits).toBe(8);
    expect(figures.siteVisitsByPage).toEqual([
      { page: 'home', visits: 3, byLanguage: { fr: 2, de: 1 } },
      { page: 'producers', visits: 1, byLanguage: { fr: 1 } },
      { page: 'producer', visits: 2, byLanguage: { fr: 1, nl: 1 } },
      { page: 'offers', visits: 1, byLanguage: { en: 1 } },
      { page: 'accommodations', visits: 1, byLanguage: { fr: 1 } },
      { page: 'join', visits: 0, byLanguage: {} },
    ]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM scans WHERE accommodation_id = $1`, [gite.id])).toEqual([{ n: 0 }]);
    // numbers only: nothing that could tell one visitor from another
    const columns = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'site_visits' ORDER BY column_name`);
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['count', 'day', 'lang', 'page', 'territory_id']);

    // the coordinator's figures page shows them per kind
    const agent = await signedInAgent(t, coordinator.email);
    const page = (await agent.get(`/app/coordinator/${territoryId}/figures?lang=en`).expect(200)).text;
    expect(page).toContain('Visits of the public site (8)');
    expect(page).toContain(
      '<tr><td data-label="Page">Producers’ pages</td><td data-label="Visits" class="n">2</td><td data-label="Languages">FR 1 · NL 1</td></tr>',
    );
  });
});
