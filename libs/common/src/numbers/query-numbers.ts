import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsNumber } from 'class-validator';
import { parseDecimal, parseInteger } from './strict-numbers.js';

/** Query values arrive as text: the number is read strictly, and any other text stays text for the check to refuse. */
const readWith = (parse: (text: string) => number | undefined) =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (parse(value) ?? value) : value));

/** A query parameter holding an integer written in decimal digits (`limit=20`; not `0x14`, `2e1` or `20.0`). */
export const QueryInteger = () => applyDecorators(readWith(parseInteger), IsInt({ message: '$property must be an integer' }));

/** A query parameter holding a decimal number (`radiusKm=2.5`; not `0x2`, `1e3` or `Infinity`). */
export const QueryNumber = () =>
  applyDecorators(readWith(parseDecimal), IsNumber({ allowNaN: false, allowInfinity: false }, { message: '$property must be a number' }));
