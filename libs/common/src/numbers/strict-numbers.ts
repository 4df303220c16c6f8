/**
 * Numbers as people write them in a query or a variable: decimal digits only. `Number()` alone
 * would also read "0x10" as 16, "1e3" as 1000, "0b1" as 1, and "" or " " as 0.
 */
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The integer written in decimal digits, or undefined for any other text. */
export function parseInteger(text: string): number | undefined {
  return INTEGER.test(text) ? Number(text) : undefined;
}

/** The number written in decimal digits with an optional fraction ("2.5"), or undefined for any other text. */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}
