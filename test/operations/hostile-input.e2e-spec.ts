import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A 4xx in the one error shape, naming these fields. */
function expectRefusal(response: { status: number; body: unknown }, status: number, fields?: string[]) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  const body = response.body as { statusCode: number; error: string; message: string; errors?: { field: string }[] };
  expect(Object.keys(body).sort()).toEqual(fields ? ['error', 'errors', 'message', 'statusCode'] : ['error', 'message', 'statusCode']);
  expect(body.statusCode).toBe(status);
  if (fields) expect(body.errors?.map((e) => e.field)).toEqual(fields);
}

describe('whatever a client sends, the API answers in its one error shape, never a 5xx', () => {
  let t: TestApp;
  let territoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await factories(t).territory()).id;
  });
  afterAll(() => t.close());

  it('refuses every query parameter a list does not declare, whatever its name', async () => {
    for (const name of ['foo', 'constructor', '__proto__', 'hasOwnProperty', 'offset', 'point']) {
      const response = await t.anonymous().get(`/api/v1/producers?${name}=1`);
      expectRefusal(response, 400, [name]);
      expect(response.body.message).toBe(`property ${name} should not exist`);
    }
    expect((await t.anonymous().get('/api/v1/producers?near=46.6,-0.4&limit=5')).status).toBe(200);
  });

  it('reads only decimal digits as an integer, and says so when it is not one', async () => {
    for (const written of ['0x10', '1e1', '10.0', 'abc', '']) {
      const response = await t.anonymous().get(`/api/v1/producers?limit=${written}`);
      expectRefusal(response, 400, ['limit']);
      expect(response.body.message).toBe('limit must be an integer');
    }
    expect((await t.anonymous().get('/api/v1/offers?near=46.6,-0.4&radiusKm=1e3')).body.errors).toEqual([
      { field: 'radiusKm', message: 'radiusKm must be a number' },
    ]);
    expect((await t.anonymous().get('/api/v1/producers?limit=016')).body.limit).toBe(16);
  });

  it('tells a missing field as required, and a wrong one by its first rule', async () => {
    const missing = await t.http().post('/api/v1/territories').send({});
    expect(missing.body.errors).toEqual([{ field: 'name', message: 'name is required' }]);
    const wrongType = await t.http().patch(`/api/v1/territories/${territoryId}`).send({ name: 42 });
    expect(wrongType.body.errors).toEqual([{ field: 'name', message: 'name must be a string' }]);
  });
});
