import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseNotifications } from '#database';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('an instance that waits to have heard the changes committed so far', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has called every subscriber for the notifications committed before it asked', async () => {
    const notifications = t.app.get(DatabaseNotifications);
    let heard = 0;
    notifications.subscribe('caught_up_probe', () => (heard += 1));
    await expect.poll(() => notifications.live).toBe(true);
    const before = heard;
    for (let i = 0; i < 20; i++) {
      await t.dataSource.query(`NOTIFY caught_up_probe`);
      await notifications.caughtUp();
      expect(heard).toBe(before + i + 1);
    }
  });

  it('has heard its own write when it answers it, so the page read next is not the one cached before', async () => {
    const notifications = t.app.get(DatabaseNotifications);
    let heard = 0;
    notifications.subscribe('showcase_changed', () => (heard += 1));
    await expect.poll(() => notifications.live).toBe(true);
    const make = factories(t);
    const territory = await make.territory();
    const accommodation = await make.accommodation(territory.id);
    for (let i = 0; i < 10; i++) {
      await notifications.caughtUp();
      const before = heard;
      await t
        .http()
        .patch(`/api/v1/accommodations/${accommodation.id}`)
        .send({ name: `Gîte ${i}` })
        .expect(200);
      expect(heard).toBeGreaterThan(before);
    }
  });
});
