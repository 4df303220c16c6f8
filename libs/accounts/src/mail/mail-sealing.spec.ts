import { describe, expect, it } from 'vitest';
import { MailSealing } from './mail-sealing.js';

describe('mails waiting in the outbox are sealed', () => {
  const sealing = new MailSealing('a-secret-of-at-least-32-characters-long!');
  const text = 'Choisissez un nouveau mot de passe : http://terroir.test/app/password-reset/q8Zt2m0Vw6n1Xr4b7Yc9Ld3Kf5Hj8Pg2Ts6Uv0Wx4Ya';

  it('the stored text shows nothing of the link, and opens back to it', () => {
    const sealed = sealing.seal(text);
    expect(sealed).not.toContain('password-reset');
    expect(sealed).not.toContain('q8Zt2m0V');
    expect(sealing.open(sealed)).toBe(text);
    expect(sealing.seal(text)).not.toBe(sealed);
  });

  it('a text altered, or sealed under another AUTH_SECRET, does not open', () => {
    const sealed = sealing.seal(text);
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(() => sealing.open([...parts.slice(0, 3), flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => new MailSealing('another-secret-of-at-least-32-characters').open(sealed)).toThrow();
    expect(() => sealing.open('not sealed')).toThrow();
  });
});
