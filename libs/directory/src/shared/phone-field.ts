import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';
import { readPhones } from './phone-numbers.js';

const E164 = /^\+[1-9]\d{6,14}$/;
// past this a value is no phone a person typed: it is refused as typed, not parsed
const MAX_TYPED = 60;

/** One number typed any way a person does, in E.164; undefined when the text is not exactly one number. */
export function phoneOf(typed: string): string | undefined {
  if (typed.length > MAX_TYPED) return undefined;
  const read = readPhones(typed);
  return read.numbers.length === 1 && read.unreadable.length === 0 ? read.numbers[0] : undefined;
}

const quoted = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

/**
 * A phone field of the API and the member forms: "05 49 64 20 18", "+33 5 49…" or what a
 * spreadsheet left of it is stored in E.164 (+33549642018); anything else is refused quoting what
 * was typed, two numbers with a word of their own (one field holds one number).
 */
export function PhoneField(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (phoneOf(value.trim()) ?? value) : value)),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isPhone',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ property, value }) =>
            typeof value === 'string' && value.length <= MAX_TYPED && readPhones(value).numbers.length > 1
              ? `${property} holds several numbers (${quoted(value)}): give one`
              : `${property} must be a phone number such as 05 49 64 20 18 or +33 5 49 64 20 18 (found ${quoted(value)})`,
        },
        validator: { validate: (value: unknown) => typeof value === 'string' && E164.test(value) },
      }),
  );
}
