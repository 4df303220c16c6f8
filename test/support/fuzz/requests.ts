import fc from 'fast-check';
import { BROKEN_BODIES, deepJson, HOSTILE_STRINGS } from './hostile-values.js';
import { valueOf, type Components, type IdPool, type Schema } from './schema-values.js';

export const WHO = ['anonymous', 'admin', 'coordinator', 'producer', 'host'] as const;
export type Who = (typeof WHO)[number];

export interface FuzzRequest {
  /** "POST /api/v1/producers", as the document names the operation. */
  operation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  who: Who;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: Components;
}

export interface World {
  /** Ids of every kind the world holds (territories, producers, offers…), any of which a path may name. */
  ids: string[];
  /** Codes of passes. */
  codes: string[];
}

/** Path segments no id looks like: broken percent-encodings, traversal, sizes past the router's limits. */
const HOSTILE_SEGMENTS = ['not-an-id', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '..', '%2e%2e%2f', '%00', 'x'.repeat(3_000), '%F0%9F%90%9D', '1e3', '0x10'];
const UNKNOWN_QUERY = ['constructor', '__proto__', 'hasOwnProperty', 'foo', 'offset', 'point', 'toString', 'limit[]'];
const PRINTABLE = /^[\x20-\x7e]{0,2000}$/;
const HEADER_VALUES = HOSTILE_STRINGS.filter((value) => PRINTABLE.test(value));

/** encodeURIComponent refuses lone surrogates: those travel as the invalid UTF-8 a careless client sends. */
const encode = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

/** Requests of every kind for every operation of the document, valid and hostile, from every kind of person. */
export function fuzzRequests(document: OpenApiDocument, world: World): fc.Arbitrary<FuzzRequest> {
  const ids: IdPool = () => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...world.ids) }, { weight: 1, arbitrary: fc.uuid() });
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => requestsFor(path, method.toUpperCase(), operation, document.components, ids, world)),
  );
  return fc.oneof(...operations);
}

function requestsFor(path: string, method: string, operation: Operation, components: Components, ids: IdPool, world: World): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const segment = (name: string) =>
    fc.oneof(
      { weight: 5, arbitrary: name === 'code' ? fc.constantFrom(...world.codes) : ids() },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    );
  const pathValues = fc.record(Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, segment(p.name)])));
  const queryValues = fc.array(
    fc.oneof(
      ...parameters.filter((p) => p.in === 'query').map((p) => fc.tuple(fc.constant(p.name), valueOf(p.schema ?? {}, components, ids).map(encode))),
      fc.tuple(fc.constantFrom(...UNKNOWN_QUERY), fc.constantFrom('1', '', '%ED%A0%80')),
    ),
    { maxLength: 4 },
  );
  const headerValues = fc.record(
    Object.fromEntries(
      parameters.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), fc.oneof(fc.uuid(), fc.constantFrom(...HEADER_VALUES))] as const),
    ),
    { requiredKeys: [] },
  );
  return fc
    .record({ pathValues, queryValues, headerValues, body: bodiesFor(operation, components, ids), who: fc.constantFrom(...WHO) })
    .map(({ pathValues: values, queryValues: query, headerValues: headers, body, who }) => {
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
      const search = query.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join('&');
      return {
        operation: `${method} ${path}`,
        method,
        url: search ? `${filled}?${search}` : filled,
        headers: { ...headers, ...(body ? { 'content-type': body.contentType } : {}) },
        payload: body?.payload,
        who,
      };
    });
}

type Body = { contentType: string; payload: string } | undefined;

function bodiesFor(operation: Operation, components: Components, ids: IdPool): fc.Arbitrary<Body> {
  const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  const wrongType = fc.record({
    contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
    payload: fc.constant('a=1'),
  });
  const broken = fc.record({ contentType: fc.constant('application/json'), payload: fc.constantFrom(...BROKEN_BODIES) });
  const deep = fc.record({ contentType: fc.constant('application/json'), payload: fc.constantFrom(deepJson(3_000), deepJson(3_001), deepJson(200)) });
  const multipart = fc.record({
    contentType: fc.constantFrom('multipart/form-data; boundary=x', 'multipart/form-data'),
    payload: fc.constantFrom('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n', '--y--', 'garbage'),
  });
  if (contentType === 'application/json') {
    const json = valueOf(media?.schema ?? {}, components, ids).map((value) => ({ contentType, payload: JSON.stringify(value) ?? 'null' }));
    return fc.oneof({ weight: 8, arbitrary: json }, broken, deep, wrongType);
  }
  if (contentType) {
    const text = fc.oneof(
      fc.constant('reference;nom;adresse;code_postal;commune;latitude;longitude\nR1;Ferme;1 rue;79200;Parthenay;46.6;-0.24\n'),
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    return fc.oneof(
      { weight: 4, arbitrary: text.map((payload) => ({ contentType, payload })) },
      multipart,
      fc.constantFrom(...HOSTILE_STRINGS).map((payload) => ({ contentType: 'application/octet-stream', payload })),
      wrongType,
    );
  }
  return fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, broken, deep, wrongType);
}
