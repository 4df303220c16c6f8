import type { Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A 4xx in the one error shape, naming these fields. */
function expectRefusal(response: { status: number; body: unknown }, status: number, fields?: string[]) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  const body = response.body as { statusCode: number; error: string; message: string; errors?: { field: string }[] };
  expect(
    Object.keys(body)
      .filter((key) => key !== 'code' && key !== 'params')
      .sort(),
  ).toEqual(fields ? ['error', 'errors', 'message', 'statusCode'] : ['error', 'message', 'statusCode']);
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

  it('refuses a lone UTF-16 surrogate in any JSON text with a 400 naming its field, signed in or not', async () => {
    // JSON.stringify would not send a lone surrogate as one: the escape is written by hand
    const signIn = await t
      .anonymous()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":"\\ud800@x.fr","password":"whatever-it-is"}');
    expectRefusal(signIn, 400, ['email']);
    expect(signIn.body.message).toBe('email must not contain a lone UTF-16 surrogate (half of a character)');
    // a change is written to the audit trail as jsonb, which PostgreSQL's JSON parser refuses to hold
    const before = (await t.http().get(`/api/v1/territories/${territoryId}`)).body.funders as string[];
    const rename = await t
      .http()
      .patch(`/api/v1/territories/${territoryId}`)
      .set('content-type', 'application/json')
      .send('{"funders":["ok","Région \\udc00"]}');
    expectRefusal(rename, 400, ['funders[1]']);
    expect((await t.http().get(`/api/v1/territories/${territoryId}`)).body.funders).toEqual(before);
  });

  it('refuses JSON nested thousands of levels deep before building anything from it', async () => {
    for (const deep of ['['.repeat(3000) + ']'.repeat(3000), '{"a":'.repeat(3000) + '1' + '}'.repeat(3000)]) {
      const started = performance.now();
      const response = await t.anonymous().post('/api/v1/auth/login').set('content-type', 'application/json').send(deep);
      expectRefusal(response, 400, ['body']);
      expect(response.body.message).toBe('body must not nest arrays and objects more than 32 levels deep');
      expect(performance.now() - started).toBeLessThan(1000);
    }
    const nestedEnough = await t
      .http()
      .patch(`/api/v1/territories/${territoryId}`)
      .send({ funders: ['Fonds LEADER'] });
    expect(nestedEnough.status).toBe(200);
  });

  it('checks who sends a spreadsheet before reading it, then answers a broken multipart body with a 400', async () => {
    // a part that never ends: the parser fails on it
    const broken = '--cut\r\nContent-Disposition: form-data; name="file"; filename="producteurs.csv"\r\n\r\nnom;commune';
    const upload = (request: Test) => request.set('content-type', 'multipart/form-data; boundary=cut').send(broken);
    const api = `/api/v1/territories/${territoryId}/imports/producers`;
    expectRefusal(await upload(t.anonymous().post(api)), 401);
    const host = await t.member(territoryId, 'host');
    expectRefusal(await upload(t.as(host.token).post(api)), 403);
    // the API takes the file itself as text/csv: a multipart body, broken or not, is not a spreadsheet
    expectRefusal(await upload(t.http().post(api)), 400);

    const page = `/app/coordinator/${territoryId}/spreadsheets/check`;
    const signedOut = await upload(t.anonymous().post(page));
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toMatch(/^\/app\/sign-in/);
    expect((await upload((await signedInAgent(t, host.email)).post(page))).status).toBe(403);
    const coordinator = await signedInAgent(t, (await t.member(territoryId, 'coordinator')).email);
    const form = await coordinator.get(`/app/coordinator/${territoryId}/spreadsheets`).expect(200);
    const checked = await coordinator
      .post(page)
      .set('content-type', 'multipart/form-data; boundary=cut')
      .send(`--cut\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrfOf(form.text)}\r\n${broken}`);
    expect(checked.status).toBe(400);
  });

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
    expect((await t.anonymous().get('/api/v1/offers?near=46.6,-0.4&radiusKm=1e3')).body.errors).toMatchObject([
      { field: 'radiusKm', message: 'radiusKm must be a number' },
    ]);
    expect((await t.anonymous().get('/api/v1/producers?limit=016')).body.limit).toBe(16);
  });

  it('tells a missing field as required, and a wrong one by its first rule', async () => {
    const missing = await t.http().post('/api/v1/territories').send({});
    expect(missing.body.errors).toMatchObject([{ field: 'name', message: 'name is required' }]);
    const wrongType = await t.http().patch(`/api/v1/territories/${territoryId}`).send({ name: 42 });
    expect(wrongType.body.errors).toMatchObject([{ field: 'name', message: 'name must be a string' }]);
  });
});
