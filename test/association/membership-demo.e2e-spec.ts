import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { binary } from '../support/binary.js';
import { signedInAgent } from '../support/portal.js';
import { hasPoppler, pdfText } from '../support/system-tools.js';
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

  it('counts the year’s members in the figures, their page and the impact report', async () => {
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()));
    const [expected] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE producer_id IS NOT NULL AND active)::int AS producers, count(*) FILTER (WHERE host_membership_id IS NOT NULL AND active)::int AS hosts,
              sum(paid_cents)::int AS paid FROM member_years WHERE territory_id = $1 AND year = $2`,
      [territoryId, year],
    );
    const figures = await t.http().get(`/api/v1/territories/${territoryId}/figures`).expect(200);
    expect(figures.body.membership).toEqual({ year, activeProducers: expected.producers, activeHosts: expected.hosts, paidCents: expected.paid });
    expect(expected.producers).toBeGreaterThan(0);
    const coordinator = await t.member(territoryId, 'coordinator');
    const page = await (await signedInAgent(t, coordinator.email)).get(`/app/coordinator/${territoryId}/figures`).expect(200);
    expect(page.text).toContain(`Adhérents ${year}`);
    if (hasPoppler) {
      const report = await t.http().get(`/api/v1/territories/${territoryId}/impact-report.pdf`).buffer(true).parse(binary).expect(200);
      expect((await pdfText(report.body as Buffer)).replace(/\s+/g, ' ')).toContain(
        `Adhésions ${year} : ${expected.producers} producteurs adhérents et ${expected.hosts} hébergeur${expected.hosts > 1 ? 's' : ''} adhérent${expected.hosts > 1 ? 's' : ''}`,
      );
    }
  });
});
