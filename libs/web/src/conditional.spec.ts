import { describe, expect, it } from 'vitest';
import { clientHolds } from './conditional.js';

describe('If-None-Match, as RFC 9110 compares it', () => {
  const etag = '"42-2026-11-30"';

  it('holds on the same tag, weak or strong, alone or in a list, and on *', () => {
    expect(clientHolds(etag, etag)).toBe(true);
    expect(clientHolds(`W/${etag}`, etag)).toBe(true);
    expect(clientHolds(etag, `W/${etag}`)).toBe(true);
    expect(clientHolds(`"old", W/"older" , ${etag}`, etag)).toBe(true);
    expect(clientHolds('*', etag)).toBe(true);
  });

  it('does not hold on another tag, a tag cut short, no header or an empty one', () => {
    expect(clientHolds('"41-2026-11-30"', etag)).toBe(false);
    expect(clientHolds('42-2026-11-30', etag)).toBe(false);
    expect(clientHolds(undefined, etag)).toBe(false);
    expect(clientHolds('', etag)).toBe(false);
  });
});
