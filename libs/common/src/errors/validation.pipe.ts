import { ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { toFieldErrors, ValidationFailed, VALIDATOR_OPTIONS } from './validation.js';

const KNOWN_FIELDS = new WeakMap<Type<unknown>, ReadonlySet<string>>();

/** The fields a DTO declares: those that carry a validation rule. */
function knownFields(dto: Type<unknown>): ReadonlySet<string> {
  let fields = KNOWN_FIELDS.get(dto);
  if (!fields) {
    fields = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((rule) => rule.propertyName),
    );
    KNOWN_FIELDS.set(dto, fields);
  }
  return fields;
}

/**
 * The global pipe: unknown fields refused, types converted, every problem named. A query or
 * body's own names are checked against the DTO before anything is built from them, so that every
 * name it does not declare is refused alike: `?foo=1` as `?constructor=1`, `?__proto__=1` (which
 * the transformer would silently drop) or `?offset=1` (a getter of the DTO, which it cannot set).
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!(metadata.type === 'query' || metadata.type === 'body') || !metadata.metatype || !this.toValidate(metadata) || !isObject(value)) {
      return super.transform(value, metadata);
    }
    const known = knownFields(metadata.metatype);
    const unknown = Object.keys(value).filter((name) => !known.has(name));
    if (unknown.length === 0) return super.transform(value, metadata);
    // the other fields are still checked, so that every problem is named at once
    const declared = Object.fromEntries(Object.entries(value).filter(([name]) => known.has(name)));
    const problems = unknown.map((field) => ({ field, message: `property ${field} should not exist` }));
    try {
      await super.transform(declared, metadata);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      problems.unshift(...error.fieldErrors);
    }
    throw new ValidationFailed(problems);
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new ValidationFailed(toFieldErrors(errors)),
  });
}
