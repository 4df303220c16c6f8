import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Counts {
  copies: number;
  openings: number;
  passes: number;
  uses: number;
}

describe('the demo’s editions', () => {
  let t: TestApp;
  let territoryId: string;
  let seedMs: number;

  beforeAll(async () => {
    t = await startTestApp();
    const started = performance.now();
    territoryId = (await t.app.get(DemoSeeder).seed(new Date())).territoryId;
    seedMs = performance.now() - started;
  });
  afterAll(() => t?.close());

  it('lets the coordinator compare the 2026 and 2027 editions host by host, each with copies, openings, passes and uses', async () => {
    const token = await t.signIn('coordinator@demo.test', t.config.demoPassword);
    const funnel = (await t.as(token).get(`/api/v1/territories/${territoryId}/funnel?compare=1,2`).expect(200)).body as {
      editions: { edition: { name: string }; total: Counts }[];
      hosts: { accommodationName: string; editions: Counts[] }[];
    };
    expect(funnel.editions.map((f) => f.edition.name)).toEqual(['Saison 2026', 'Saison 2027']);
    for (const { total } of funnel.editions) {
      expect(total.copies).toBeGreaterThan(0);
      expect(total.openings).toBeGreaterThan(total.passes);
      expect(total.passes).toBeGreaterThan(0);
      expect(total.uses).toBeGreaterThan(0);
    }
    expect(funnel.hosts.length).toBeGreaterThanOrEqual(20);
    const seasons = (await t.as(token).get(`/api/v1/territories/${territoryId}/funnel/seasons`).expect(200)).body as {
      seasons: { season: { editions: number[] }; total: Counts }[];
    };
    expect(seasons.seasons.map((s) => s.season.editions)).toEqual([[1], [2]]);
    for (const { total } of seasons.seasons) expect(total.uses).toBeGreaterThan(0);
    console.info(`demo seed with its season and editions: ${Math.round(seedMs)} ms`);
  });

  it('shows uses recorded from the 2026 edition’s coupons in the figures, beside those by phone', async () => {
    const token = await t.signIn('coordinator@demo.test', t.config.demoPassword);
    const figures = (await t.as(token).get(`/api/v1/territories/${territoryId}/figures`).expect(200)).body as {
      redemptions: number;
      usesRecordedVia: { phone: number; tallySheet: number; coupon: number };
    };
    expect(figures.usesRecordedVia.coupon).toBeGreaterThan(0);
    expect(figures.usesRecordedVia.phone).toBeGreaterThan(figures.usesRecordedVia.coupon);
    expect(figures.usesRecordedVia.phone + figures.usesRecordedVia.tallySheet + figures.usesRecordedVia.coupon).toBe(figures.redemptions);
  });
});
