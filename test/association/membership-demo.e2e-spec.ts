import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the demo association’s year', () => {
  let t: TestApp;
  let territoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await t.app.get(DemoSeeder).seed(new Date(), { season: false })).territoryId;
  });
  afterAll(() => t?.close());

  it('has its terms and members: hosts and most producers paid, two producers to remind', async () => {
    const terms = await t.http().get(`/api/v1/territories/${territoryId}/membership/terms`).expect(200);
    expect(terms.body).toMatchObject({ producerFeeCents: 3000, hostFeeCents: 2000, charter: { fr: expect.any(String), en: expect.any(String) } });
    const members = (await t.http().get(`/api/v1/territories/${territoryId}/membership/members`).expect(200)).body as { kind: string; status: string }[];
    const notActive = members.filter((m) => m.status !== 'active');
    expect(notActive.map((m) => [m.kind, m.status])).toEqual([
      ['producer', 'charter_accepted'],
      ['producer', 'requested'],
    ]);
    expect(members.filter((m) => m.kind === 'host').length).toBeGreaterThan(0);
  });
});
