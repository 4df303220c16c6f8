import { describe, expect, it } from 'vitest';
import type { AppConfig } from '#common';
import { UnsubscribeTokens } from './unsubscribe-tokens.js';

const tokensUnder = (secret: string) => new UnsubscribeTokens({ auth: { secret } } as AppConfig);

describe('the unsubscribe link of a mail', () => {
  const tokens = tokensUnder('a-secret-of-at-least-32-characters-long!');
  const reader = '2460e1bd-336b-4898-8f4b-8af138407cc9';

  it('names its reader and kind, and nothing else opens it', () => {
    const token = tokens.issue(reader, 'weekly_digest');
    expect(tokens.verify(token)).toEqual({ userId: reader, kind: 'weekly_digest' });
    expect(tokensUnder('another-secret-of-at-least-32-characters').verify(token)).toBeUndefined();
  });

  it('an altered token, or one made for another kind or reader, is refused', () => {
    const [payload, mac] = tokens.issue(reader, 'weekly_digest').split('.');
    const otherKind = Buffer.from(`${reader}.campaign`).toString('base64url');
    expect(tokens.verify(`${otherKind}.${mac}`)).toBeUndefined();
    expect(tokens.verify(`${payload}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(tokens.verify(`${payload}.${mac}.x`)).toBeUndefined();
    expect(tokens.verify('not-a-token')).toBeUndefined();
  });
});
