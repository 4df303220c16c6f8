import { describe, expect, it } from 'vitest';
import { addressForReaders, publicLinks } from './public-links.js';

describe('the addresses printed in QR codes', () => {
  it('carry the edition they were printed for, which the address printed under the code leaves out', () => {
    const page = publicLinks.accommodation('https://gatine.example', 'abcd2345', 3);
    expect(page).toBe('https://gatine.example/v/abcd2345?qr=1&e=3');
    expect(publicLinks.producer('https://gatine.example', 'fgh23456', 3)).toBe('https://gatine.example/f/fgh23456?qr=1&e=3');
    expect(addressForReaders(page)).toBe('gatine.example/v/abcd2345');
    expect(publicLinks.accommodation('https://gatine.example', 'abcd2345')).toBe('https://gatine.example/v/abcd2345?qr=1');
  });
});
