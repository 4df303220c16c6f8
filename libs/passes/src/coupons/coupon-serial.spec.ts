import { describe, expect, it } from 'vitest';
import { checkedCode, CODE_ALPHABET, codeForReaders } from '#directory';
import { readCouponSerial } from './coupon-serial.js';

describe('a coupon serial typed from paper', () => {
  const serial = checkedCode(9);

  it('is read whatever its spacing and case', () => {
    expect(readCouponSerial(codeForReaders(serial))).toEqual({ serial });
    expect(readCouponSerial(` ${serial.toUpperCase().replace(/(.{5})/, '$1-')} `)).toEqual({ serial });
  });

  it('is refused as mistyped on any single slip, though 10 characters are the length of old pass codes without a check', () => {
    for (let i = 0; i < serial.length; i++) {
      const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(serial[i]) + 1) % CODE_ALPHABET.length];
      expect(readCouponSerial(serial.slice(0, i) + other + serial.slice(i + 1))).toEqual({ refusal: 'code_mistyped' });
    }
  });

  it('is told apart from a pass code, and from what no code holds', () => {
    expect(readCouponSerial(checkedCode(10))).toEqual({ refusal: 'not_a_coupon' });
    expect(readCouponSerial(`O${serial.slice(1)}`)).toEqual({ refusal: 'code_look_alike' });
  });
});
