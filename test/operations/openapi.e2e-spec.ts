import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesOf } from '../../apps/api/src/app.factory.js';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi.js';
import { contractViolation } from '../support/api-contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const root = new URL('../../', import.meta.url);

interface Schema {
  properties?: Record<string, Schema & { example?: unknown; $ref?: string; items?: Schema }>;
  example?: unknown;
  $ref?: string;
  allOf?: Schema[];
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: {
    paths: Record<string, Record<string, { parameters?: { name: string; example?: unknown; schema?: { example?: unknown } }[] }>>;
    components: { schemas: Record<string, Schema> };
  };
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/docs-json')).body;
  });
  afterAll(() => t.close());

  it('is served at /docs-json and lists every route of the app', async () => {
    const documented = new Set(Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)));
    // (Fastify's printed tree drops the leading slash under the site's `/` route: the app's own list instead)
    const routes = routesOf(t.app).filter((route) => route.url.startsWith('/api/v1/'));
    expect(routes.length).toBeGreaterThan(0);
    for (const path of ['/api/v1/territories', '/api/v1/producers/{id}', '/api/v1/offers/{id}/publish', '/api/v1/accommodations']) {
      expect(
        [...documented].some((route) => route.endsWith(` ${path}`)),
        path,
      ).toBe(true);
    }
    expect((await t.http().get('/docs')).status).toBe(200);
  });

  it('is served as YAML too, the same document, and answers 304 to a reader who holds it', async () => {
    const yaml = await t.anonymous().get('/docs-yaml');
    expect(yaml.status).toBe(200);
    expect(load(yaml.text)).toEqual(document);
    for (const path of ['/docs-json', '/docs-yaml']) {
      const first = await t.anonymous().get(path);
      expect(first.headers.etag, path).toMatch(/^"[\w-]{22}"$/);
      const again = await t.anonymous().get(path).set('if-none-match', first.headers.etag);
      expect(again.status, path).toBe(304);
    }
  });

  it('gives an example for every field of every schema and every parameter', () => {
    const missing: string[] = [];
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {})) {
        const hasExample =
          definition.example !== undefined || definition.$ref !== undefined || definition.items?.$ref !== undefined || definition.allOf !== undefined;
        if (!hasExample) missing.push(`${name}.${property}`);
      }
    }
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const parameter of operation.parameters ?? []) {
          if (parameter.example === undefined && parameter.schema?.example === undefined && parameter.name !== 'id') {
            missing.push(`${method} ${path} ?${parameter.name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('matches the committed docs/openapi.json (run `npm run openapi` after an API change)', async () => {
    const committed = JSON.parse(await readFile(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument(t.app)))).toEqual(committed);
  });

  it("passes Redocly's recommended rules without an error (npm run lint:openapi)", async () => {
    const cli = new URL('node_modules/@redocly/cli/bin/cli.js', root).pathname;
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', 'docs/openapi.json', '--format=json'], {
      cwd: root.pathname,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((failure: { stdout: string }) => failure);
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      totals: { errors: number };
      problems: { ruleId: string; message: string; severity: string }[];
    };
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('types the API for the tests as the committed test/support/api-types.ts (run `npm run openapi`)', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(new URL('docs/openapi.json', root)));
    const path = new URL('test/support/api-types.ts', root).pathname;
    const expected = await format(generated, { ...(await resolveConfig(path)), filepath: path });
    expect(await readFile(path, 'utf8')).toBe(expected);
  });

  it('tells the harness when an answer drifts from it: a status, a media type or a field it does not document', () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const pdf = '/api/v1/accommodations/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/qr-card.pdf';
    const check = (method: string, url: string, status: number, headers: Record<string, string>, body: unknown) =>
      contractViolation(method, url, status, headers, body, body === undefined ? '' : JSON.stringify(body));
    expect(check('GET', '/api/v1/categories', 418, json, { statusCode: 418 })).toMatch(/418, a status the document does not list/);
    expect(check('GET', pdf, 200, { 'content-type': 'text/html', 'content-length': '10' }, undefined)).toMatch(/as text\/html, documented as application\/pdf/);
    expect(check('GET', pdf, 200, { 'content-type': 'application/pdf', 'content-length': '10' }, undefined)).toBeUndefined();
    expect(check('GET', pdf, 404, json, { statusCode: 404, error: 'Not Found', message: 'No accommodation with this id' })).toBeUndefined();
    expect(check('GET', pdf, 404, json, { statusCode: 404, error: 'Not Found' })).toMatch(/must have required property 'message'/);
    expect(check('GET', '/api/v1/health/live', 200, json, { status: 'ok', uptime: 3 })).toBeUndefined(); // not a documented path
    expect(check('GET', '/health/live', 200, json, { status: 'ok', uptime: 3 })).toMatch(/must NOT have additional properties \(uptime\)/);
    expect(check('GET', '/health/live', 200, json, { status: 'ok' })).toBeUndefined();
    expect(check('PUT', '/health/live', 404, json, {})).toBeUndefined(); // not a documented operation
  });
});
