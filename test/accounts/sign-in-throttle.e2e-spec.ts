import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Throttle } from '#database';
import { factories } from '../support/factories.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

/** Sign-in abuse: guessing is throttled, owners are never locked out. */
// Each wrong password costs a real scrypt hash: a loaded machine needs more than the default 30 s for a storm.
describe('failed sign-ins are throttled without locking owners out', { timeout: 90_000 }, () => {
  let t: TestApp;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: true });
    territoryId = (await factories(t).territory()).id;
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address: string) =>
    t.anonymous().post('/api/v1/auth/login').set('x-forwarded-for', address).send({ email, password });
  /** A coordinator who signed in from `home` before: an address its account knows. */
  const coordinatorAt = async (home: string): Promise<Member> => {
    const coordinator = await t.member(territoryId, 'coordinator');
    expect((await login(coordinator.email, TEST_PASSWORD, home)).status).toBe(200);
    return coordinator;
  };
  const storm = async (email: string, addresses: string[]) => {
    const statuses: number[] = [];
    for (let i = 0; i < addresses.length; i += 10) {
      statuses.push(...(await Promise.all(addresses.slice(i, i + 10).map((address, j) => login(email, `guess-${i + j}`, address).then((r) => r.status)))));
    }
    return statuses;
  };
  const count = (status: number, statuses: number[]) => statuses.filter((s) => s === status).length;

  it('a wrong-password storm from one address is refused there, and the owner signs in from its office or from a new address', async () => {
    const coordinator = await coordinatorAt('203.0.113.10');
    const statuses = await storm(
      coordinator.email,
      Array.from({ length: 30 }, () => '198.51.100.1'),
    );
    expect(count(401, statuses)).toBe(5);
    expect(count(429, statuses)).toBe(25);

    expect((await login(coordinator.email, TEST_PASSWORD, '203.0.113.10')).status).toBe(200);
    expect((await login(coordinator.email, TEST_PASSWORD, '203.0.113.11')).status).toBe(200);
    expect((await login(coordinator.email, TEST_PASSWORD, '198.51.100.1')).status).toBe(429);
  });

  it('a storm from many addresses slows each new address to one failure per 15 minutes; the owner still signs in', async () => {
    const coordinator = await coordinatorAt('203.0.113.20');
    const attackers = Array.from({ length: 15 }, (_, i) => `198.51.101.${i + 1}`);
    expect(count(401, await storm(coordinator.email, attackers))).toBe(15);

    const again = await login(coordinator.email, 'guess-again', attackers[0]);
    expect(again.status).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(60);
    expect(Number(again.headers['retry-after'])).toBeLessThanOrEqual(900);

    expect((await login(coordinator.email, TEST_PASSWORD, '203.0.113.20')).status).toBe(200);
    // A new phone on the train: its first attempt is let through.
    expect((await login(coordinator.email, TEST_PASSWORD, '203.0.113.21')).status).toBe(200);
    // The storm goes on: the owner's addresses are still not slowed by it.
    expect(
      count(
        401,
        await storm(
          coordinator.email,
          attackers.map((a) => a.replace('101', '102')),
        ),
      ),
    ).toBe(15);
    expect((await login(coordinator.email, TEST_PASSWORD, '203.0.113.21')).status).toBe(200);
  });

  it('past 100 failures in 15 minutes, addresses the account never signed in from are refused; the owner’s are not', async () => {
    const coordinator = await coordinatorAt('203.0.113.30');
    // A botnet has already failed 95 times on this account, each time from another address…
    const throttle = t.app.get(Throttle);
    const account = throttle.key('sign-in-account', coordinator.email);
    for (let i = 0; i < 95; i++) await throttle.record([{ key: account, keepSeconds: 900 }]);
    // …and goes on, one address after another.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(coordinator.email, `guess-${i}`, `10.7.0.${i + 1}`)).status);
    expect(count(401, statuses)).toBe(5);
    expect(count(429, statuses)).toBe(5);

    expect((await login(coordinator.email, TEST_PASSWORD, '203.0.113.30')).status).toBe(200);
    const stranger = await login(coordinator.email, TEST_PASSWORD, '203.0.113.31');
    expect(stranger.status).toBe(429);
    expect(stranger.body.message).toMatch(/^Too many failed sign-ins: try again in \d+ s$/);
  });

  it('a client that keeps retrying while refused is let back in once its window has passed', async () => {
    const coordinator = await t.member(territoryId, 'coordinator');
    for (let i = 0; i < 5; i++) expect((await login(coordinator.email, `typo-${i}`, '192.0.2.40')).status).toBe(401);
    // Those slips were 50 seconds ago; now the client retries, again and again.
    await t.dataSource.query(`UPDATE throttle_events SET at = at - interval '50 seconds'`);
    for (let i = 0; i < 8; i++) {
      const refused = await login(coordinator.email, TEST_PASSWORD, '192.0.2.40');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(10);
    }
    // Eleven seconds later the slips have left the window; the refused retries never counted.
    await t.dataSource.query(`UPDATE throttle_events SET at = at - interval '11 seconds'`);
    expect((await login(coordinator.email, TEST_PASSWORD, '192.0.2.40')).status).toBe(200);
  });

  it('one address failing on 20 accounts in a minute is refused, other addresses are not', async () => {
    for (let i = 0; i < 20; i++) expect((await login(`stranger-${i}@test.test`, 'guess', '192.0.2.7')).status).toBe(401);
    const coordinator = await t.member(territoryId, 'coordinator');
    expect((await login(coordinator.email, TEST_PASSWORD, '192.0.2.7')).status).toBe(429);
    expect((await login(coordinator.email, TEST_PASSWORD, '192.0.2.8')).status).toBe(200);
  });

  it('a burst of parallel wrong passwords from one address is throttled too', async () => {
    const target = await t.member(territoryId, 'coordinator');
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => login(target.email, `burst-${i}`, '198.18.0.1').then((r) => r.status)));
    expect(count(401, statuses)).toBeLessThanOrEqual(5);
    expect(count(429, statuses)).toBeGreaterThanOrEqual(15);
  });

  it('old failures and addresses not seen for 90 days are purged', async () => {
    const coordinator = await coordinatorAt('203.0.113.50');
    await login(coordinator.email, 'old-typo', '192.0.2.50');
    await t.dataSource.query(`UPDATE throttle_events SET at = at - interval '1 day', expires_at = expires_at - interval '1 day'`);
    await t.dataSource.query(`UPDATE known_sign_in_addresses SET last_seen_at = last_seen_at - interval '91 days'`);
    await login(coordinator.email, 'fresh-typo', '192.0.2.51');

    await t.app.get(Throttle).purge();
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM throttle_events WHERE expires_at < now() OR at < now() - interval '1 hour'`,
    );
    const [{ recent }] = await t.dataSource.query(`SELECT count(*)::int AS recent FROM throttle_events`);
    const [{ known }] = await t.dataSource.query(`SELECT count(*)::int AS known FROM known_sign_in_addresses`);
    expect(events).toBe(0);
    expect(recent).toBe(3); // the fresh typo: its account, address, and account-and-address
    expect(known).toBe(0);
  });
});
