import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

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
    const fastify = t.app.getHttpAdapter().getInstance();
    const documented = new Set(Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)));
    const routes = fastify
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .filter((line) => line.includes('/api/v1/'));
    expect(routes.length).toBeGreaterThan(0);
    for (const path of ['/api/v1/territories', '/api/v1/producers/{id}', '/api/v1/offers/{id}/publish', '/api/v1/accommodations']) {
      expect(
        [...documented].some((route) => route.endsWith(` ${path}`)),
        path,
      ).toBe(true);
    }
    expect((await t.http().get('/docs')).status).toBe(200);
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
});
