import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

// ajv-formats is CommonJS: its function is the default export's own default under ES modules
const addFormats = addFormatsModule.default;

/**
 * Every answer the e2e tests receive, checked against the committed docs/openapi.json: its status
 * is documented for its operation, its media type too, and a JSON body matches the documented
 * schema — where objects carry no field the document does not name. A drift between the API and
 * its document fails the test whose request showed it. Requests to paths or methods the document
 * does not have (unknown routes, the member pages, preflights) are not the contract's business.
 */

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

interface Contract {
  ajv: Ajv;
  routes: { method: string; pattern: RegExp; template: string; operation: Operation }[];
  validators: Map<string, ValidateFunction>;
}

let loaded: Contract | undefined;

/** Objects of the document with named properties, closed to others: an undocumented field is a drift too. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Schema;
  if (schema.properties !== undefined && typeof schema.properties === 'object' && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  for (const value of Object.values(schema)) closeObjects(value);
}

/** Read and compiled once per test process; each response schema compiled on first use. */
function contract(): Contract {
  if (loaded) return loaded;
  const document = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as Document;
  const components = (document as unknown as { components: Schema }).components;
  closeObjects(components.schemas);
  closeObjects(document.paths);
  // OpenAPI 3.0 schemas: `nullable` is Ajv's own option; examples and other annotations are left alone.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ components }, 'openapi');
  const routes = Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      operation,
    })),
  );
  loaded = { ajv, routes, validators: new Map() };
  return loaded;
}

/** One compiled validator per distinct schema: most operations share their error bodies' `$ref`s. */
function validatorFor(c: Contract, schema: Schema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = c.validators.get(key);
  if (!validate) {
    // component references are resolved against the document added as `openapi`
    validate = c.ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"openapi#/components/')) as Schema);
    c.validators.set(key, validate);
  }
  return validate;
}

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

/** The drift between this answer and the document, if any, in words. */
export function contractViolation(
  method: string,
  url: string,
  status: number,
  headers: Record<string, string | undefined>,
  body: unknown,
  text: string,
): string | undefined {
  const c = contract();
  const path = new URL(url, 'http://x').pathname;
  const route = c.routes.find((r) => r.method === method && r.pattern.test(path));
  if (!route) return undefined;
  const where = `${method} ${path} (${route.operation.operationId}) answered ${status}`;
  const documented = route.operation.responses[String(status)] ?? route.operation.responses.default;
  if (!documented) return `${where}, a status the document does not list (${Object.keys(route.operation.responses).join(', ')})`;
  const mediaType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // binary bodies are not read by supertest unless a test asks: their length tells
  const length = headers['content-length'];
  const hasBody = length !== undefined ? Number(length) > 0 : headers['transfer-encoding'] !== undefined || text.length > 0;
  if (!documented.content) return hasBody ? `${where} with a ${mediaType} body the document does not describe` : undefined;
  if (!hasBody) return `${where} without the body the document describes`;
  const content = documented.content[mediaType];
  if (!content) return `${where} as ${mediaType || 'no media type'}, documented as ${Object.keys(documented.content).join(', ')}`;
  if (!isJson(mediaType) || !content.schema) return undefined;
  const value: unknown = Buffer.isBuffer(body) ? JSON.parse(body.toString('utf8')) : text.length > 0 && typeof body !== 'object' ? JSON.parse(text) : body;
  const validate = validatorFor(c, content.schema);
  if (validate(value)) return undefined;
  const errors = (validate.errors ?? [])
    .slice(0, 8)
    .map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    );
  return `${where} with a body that does not match its schema: ${errors.join('; ')}\n${JSON.stringify(value).slice(0, 600)}`;
}

/** A supertest assertion: fails the request when its answer drifts from the document. */
export function conformsToContract(response: Response): void {
  const request = (response as unknown as { req: { method: string; path: string } }).req;
  const violation = contractViolation(request.method, request.path, response.status, response.headers, response.body, response.text ?? '');
  if (violation) throw new Error(`The API drifts from docs/openapi.json: ${violation}`);
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** The same supertest client (or agent), every request of which checks its answer against the document. */
export function checkedAgainstContract<T extends object>(client: T): T {
  const proxy: T = new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (typeof property === 'string' && METHODS.has(property)) {
        return (...args: unknown[]) => (value.apply(target, args) as { expect(check: (response: Response) => void): unknown }).expect(conformsToContract);
      }
      // an agent's .set() and .auth() answer the agent itself: keep answering the checked one
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy;
}
