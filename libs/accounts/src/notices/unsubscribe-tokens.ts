import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#common';
import { isNoticeKind, type NoticeKind } from './notice-kinds.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The one-click unsubscribe link of a reminder or digest mail: signed (HMAC under a key derived
 * from AUTH_SECRET), so it needs no session and no row, and can only ever switch off that one kind
 * for that one reader — the worst a forwarded mail can do.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.auth.secret).update('terroir-pass unsubscribe').digest();
  }

  issue(userId: string, kind: NoticeKind): string {
    const payload = Buffer.from(`${userId}.${kind}`).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  /** The reader and kind the token was issued for; undefined when it was altered or is not one. */
  verify(token: string): { userId: string; kind: NoticeKind } | undefined {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return undefined;
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const [userId, kind] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
    return UUID.test(userId) && isNoticeKind(kind) ? { userId, kind } : undefined;
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, 18);
  }
}
