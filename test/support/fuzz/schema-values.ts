import fc from 'fast-check';
import { anyJson, hostileString } from './hostile-values.js';

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  example?: unknown;
}

export interface Components {
  schemas?: Record<string, Schema>;
}

/** The ids a field may take: the world's real ones, so that a request gets past "no such id". */
export type IdPool = () => fc.Arbitrary<string>;

const DATES = ['2026-07-14', '2026-01-01', '2025-12-31', '2027-06-01'];

/**
 * Values for an OpenAPI schema, mostly valid (examples, enums, bounds) and sometimes hostile, so
 * that requests reach the services as well as the validation in front of them.
 */
export function valueOf(schema: Schema, components: Components, ids: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return valueOf(resolve(schema.$ref, components), components, ids, depth);
  const options = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (options) return fc.oneof(...options.map((option) => valueOf(option, components, ids, depth)));
  const valid = validValueOf(schema, components, ids, depth);
  const nullable = schema.nullable ? fc.oneof(valid, fc.constant(null)) : valid;
  return fc.oneof({ weight: 6, arbitrary: nullable }, { weight: 1, arbitrary: anyJson() });
}

function validValueOf(schema: Schema, components: Components, ids: IdPool, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const example = schema.example === undefined ? [] : [fc.constant(schema.example)];
  switch (schema.type) {
    case 'integer':
      return fc.oneof(...example, fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 100_000 }));
    case 'number':
      return fc.oneof(...example, fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.oneof(...example, fc.array(valueOf(schema.items ?? {}, components, ids, depth + 1), { maxLength: 4 }));
    case 'object':
    case undefined:
      if (!schema.properties) return fc.oneof(...example, fc.dictionary(fc.constantFrom('fr', 'en', 'nl', 'de', 'xx'), hostileString(), { maxKeys: 3 }));
      return objectOf(schema, components, ids, depth);
    default:
      return fc.oneof(...example, ...stringsFor(schema, ids), hostileString());
  }
}

function objectOf(schema: Schema, components: Components, ids: IdPool, depth: number): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, field]) => [name, valueOf(field, components, ids, depth + 1)]));
  return fc.record(fields, { requiredKeys: schema.required ?? [] });
}

function stringsFor(schema: Schema, ids: IdPool): fc.Arbitrary<string>[] {
  if (schema.format === 'uuid') return [ids()];
  if (schema.format === 'date') return [fc.constantFrom(...DATES)];
  if (schema.format === 'date-time') return [fc.constant(new Date().toISOString())];
  if (schema.format === 'email') return [fc.emailAddress()];
  return [fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) })];
}

export function resolve(ref: string, components: Components): Schema {
  const name = ref.replace('#/components/schemas/', '');
  const schema = components.schemas?.[name];
  if (!schema) throw new Error(`The document refers to ${ref}, which it does not define`);
  return schema;
}
