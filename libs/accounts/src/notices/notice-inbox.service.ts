import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#common';
import { queryRows } from '#database';
import { MailSealing } from '../mail/mail-sealing.js';
import type { NoticeKind } from './notice-kinds.js';

export interface ReceivedNotice {
  id: string;
  kind: NoticeKind;
  subject: string;
  text: string;
  createdAt: Date;
  readAt: Date | null;
}

const SHOWN = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A member's messages in the member pages: newest first, read or not. */
@Injectable()
export class NoticeInbox {
  private readonly sealing: MailSealing;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sealing = new MailSealing(config.auth.secret);
  }

  async list(userId: string): Promise<ReceivedNotice[]> {
    const rows = await queryRows<Omit<ReceivedNotice, 'text'> & { body: string }>(
      this.dataSource,
      `SELECT id, kind, subject, body, created_at AS "createdAt", read_at AS "readAt" FROM notices WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [userId, SHOWN],
    );
    return rows.map(({ body, ...row }) => ({ ...row, text: this.textOf(body) }));
  }

  /** How many of the reader's messages wait unread, counted up to SHOWN (the menu says "99+" beyond). */
  async unread(userId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM notices WHERE user_id = $1 AND read_at IS NULL LIMIT $2) AS waiting`,
      [userId, SHOWN],
    );
    return row?.n ?? 0;
  }

  /** Opens one of the reader's own notices and marks it read; undefined for anyone else's. */
  async open(userId: string, id: string): Promise<ReceivedNotice | undefined> {
    if (!UUID.test(id)) return undefined;
    const [row] = await queryRows<Omit<ReceivedNotice, 'text'> & { body: string }>(
      this.dataSource,
      `UPDATE notices SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2
       RETURNING id, kind, subject, body, created_at AS "createdAt", read_at AS "readAt"`,
      [id, userId],
    );
    return row && { ...row, text: this.textOf(row.body) };
  }

  private textOf(body: string): string {
    try {
      return this.sealing.open(body);
    } catch {
      // sealed under an AUTH_SECRET since replaced: the subject still says what it was
      return '';
    }
  }
}
