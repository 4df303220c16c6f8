import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The coordinator's pages for the requests to join: the count on the overview, the list, one request, accept or decline. */
describe('the coordinator’s join requests pages', () => {
  let t: TestApp;
  let territory: { id: string; slug: string };
  let agent: PortalAgent;
  const base = () => `/app/coordinator/${territory.id}/join-requests`;
  /** A request as the site's form sends it (no mail server here: links are handed to the coordinator). */
  const ask = async (businessName: string, kind = 'producer') => {
    await t
      .anonymous()
      .post(`/s/${territory.slug}/rejoindre`)
      .type('form')
      .send({
        kind,
        businessName,
        postcode: '79130',
        commune: 'Secondigny',
        contactName: 'Luc',
        email: `${businessName.length}-${kind}@test.test`,
        offer: 'Du cidre.',
        consent: 'yes',
      })
      .expect(303);
    const [row] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM join_requests WHERE business_name = $1`, [businessName]);
    return row.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    territory = await factories(t).territory({ name: 'Gâtine' });
    await factories(t).accommodation(territory.id);
    agent = await signedInAgent(t, (await t.member(territory.id, 'coordinator')).email);
  });
  afterAll(() => t.close());

  it('the overview counts the waiting requests; the list shows them first; a request is accepted once, its invitation link handed over', async () => {
    const cider = await ask('Cidrerie du Thouet');
    await ask('Vergers de la Gâtine, en plus long');
    const overview = (await agent.get(`/app/coordinator/${territory.id}`).expect(200)).text;
    expect(overview).toMatch(/<dt>Demandes d’adhésion en attente<\/dt><dd><a href="[^"]+\/join-requests">2</);

    const accepted = await submit(agent, `${base()}/${cider}/accept`, {}, `${base()}/${cider}`);
    expect(accepted.status).toBe(200);
    expect(accepted.text).toMatch(/http:\/\/terroir\.test\/app\/invitations\/[A-Za-z0-9_-]{43}/);
    const [made] = await t.dataSource.query(`SELECT p.status, p.name FROM join_requests j JOIN producers p ON p.id = j.producer_id WHERE j.id = $1`, [cider]);
    expect(made).toEqual({ status: 'suspended', name: 'Cidrerie du Thouet' });

    const list = (await agent.get(base()).expect(200)).text;
    expect(list).toContain('1 demande en attente');
    expect(list.indexOf('Vergers de la Gâtine')).toBeLessThan(list.indexOf('Cidrerie du Thouet'));

    const again = await submit(agent, `${base()}/${cider}/accept`, {}, `${base()}/${cider}`);
    expect(again.status).toBe(409);
    expect(again.text).toContain('Cette demande a déjà été acceptée : elle ne se décide qu’une fois.');
    expect(again.text).not.toContain('Accepter et inviter</button>');
  });

  it('declining needs a reason, said beside the field; declined, the list says so', async () => {
    const gite = await ask('Gîte de la Source', 'host');
    const empty = await submit(agent, `${base()}/${gite}/decline`, { reason: '  ' }, `${base()}/${gite}`);
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/<textarea id="reason" name="reason"[^>]* aria-describedby="reason-hint reason-error" aria-invalid="true">/);
    const declined = await submit(agent, `${base()}/${gite}/decline`, { reason: 'Hors du territoire.' }, `${base()}/${gite}`);
    expect(declined.status).toBe(303);
    expect(declined.headers.location).toBe(`${base()}?done=declined-unmailed`);
    const page = (await agent.get(`${base()}/${gite}`).expect(200)).text;
    expect(page).toContain('<dt>Raison du refus</dt><dd>Hors du territoire.</dd>');
  });
});
