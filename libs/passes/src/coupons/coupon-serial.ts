import { checkHolds, readTypedCode, type TypedCodeRefusal } from '#directory';

/** Characters of a coupon's serial: 9 random and a check (the database's `tp_checked_code(9)`). */
export const COUPON_SERIAL_LENGTH = 10;

export type CouponSerial = { serial: string; refusal?: undefined } | { serial?: undefined; refusal: TypedCodeRefusal | 'not_a_coupon' };

/**
 * Reads a serial typed from a coupon (or decoded from its QR code) as codes typed from paper are
 * read: spacing, dashes and case do not matter, look-alikes are refused. A serial's 10 characters
 * are the length of pass codes drawn before check characters, which `readTypedCode` reads without
 * a check: a coupon's check is verified here, so a slip is said as such rather than "unknown".
 */
export function readCouponSerial(typed: string): CouponSerial {
  const read = readTypedCode(typed);
  if (read.refusal) return { refusal: read.refusal };
  if (read.code.length !== COUPON_SERIAL_LENGTH) return { refusal: 'not_a_coupon' };
  if (!checkHolds(read.code)) return { refusal: 'code_mistyped' };
  return { serial: read.code };
}
