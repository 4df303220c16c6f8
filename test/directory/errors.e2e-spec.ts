import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('every error answers in one JSON shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('malformed JSON is a 400, not a 500', async () => {
    const response = await t.http().post('/api/v1/territories').set('content-type', 'application/json').send('{"name": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(typeof response.body.message).toBe('string');
  });

  it('a body that is not an object is a 400', async () => {
    const response = await t.http().post('/api/v1/territories').set('content-type', 'application/json').send('[1,2]');
    expect(response.status).toBe(400);
  });

  it('an unknown route is a JSON 404', async () => {
    const response = await t.http().get('/api/v1/spaceships');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('a body too large is a 413', async () => {
    const response = await t
      .http()
      .post('/api/v1/territories')
      .send({ name: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413 });
  });

  it('an unsupported content type is a 415', async () => {
    const response = await t.http().post('/api/v1/territories').set('content-type', 'application/xml').send('<name>x</name>');
    expect(response.status).toBe(415);
  });

  it('a field of the wrong type is named', async () => {
    const response = await t.http().post('/api/v1/territories').send({ name: 42, offersNeedReview: 'yes' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'offersNeedReview']);
    expect(response.body.message).toContain('2 fields are invalid');
    expect(response.body.errors).toContainEqual({
      field: 'offersNeedReview',
      message: 'offersNeedReview must be a boolean value',
      code: 'invalid_value',
      params: { rule: 'isBoolean' },
    });
  });

  it('health answers live and ready', async () => {
    expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
    expect((await t.http().get('/health/ready')).body).toEqual({ status: 'ok', replica: { state: 'none' } });
  });
});

describe('text PostgreSQL cannot hold', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a NUL byte in a name or a search is a 400, not a 500', async () => {
    const created = await t.http().post('/api/v1/territories').send({ name: 'Gâtine\u0000' });
    expect(created.status).toBe(400);
    // refused as the body is read, with the field that holds it named
    expect(created.body.errors).toMatchObject([{ field: 'name', message: 'name must not contain a NUL character' }]);
    const searched = await t.http().get('/api/v1/producers').query({ q: 'miel\u0000' });
    expect(searched.status).toBe(400);
  });
});
