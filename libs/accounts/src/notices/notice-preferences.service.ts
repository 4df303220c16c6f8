import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryRows } from '#database';
import type { NoticeKind, ReaderLanguage } from './notice-kinds.js';

export interface NoticeChoices {
  language: ReaderLanguage;
  /** The kinds the reader gets no mail for (the notices still appear in the member pages). */
  switchedOff: NoticeKind[];
}

/** Each reader's language and the kinds of mail they switched off. */
@Injectable()
export class NoticePreferences {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<NoticeChoices> {
    const [row] = await queryRows<NoticeChoices>(
      this.dataSource,
      `SELECT u.language, coalesce(array_agg(o.kind ORDER BY o.kind) FILTER (WHERE o.kind IS NOT NULL), '{}') AS "switchedOff"
         FROM users u LEFT JOIN notice_opt_outs o ON o.user_id = u.id WHERE u.id = $1 GROUP BY u.id`,
      [userId],
    );
    return row ?? { language: 'fr', switchedOff: [] };
  }

  async save(userId: string, choices: NoticeChoices): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE users SET language = $2, updated_at = now() WHERE id = $1`, [userId, choices.language]);
      await tx.query(`DELETE FROM notice_opt_outs WHERE user_id = $1 AND NOT (kind = ANY($2::text[]))`, [userId, choices.switchedOff]);
      await tx.query(`INSERT INTO notice_opt_outs (user_id, kind) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [userId, choices.switchedOff]);
    });
  }

  /** The one-click unsubscribe: idempotent. */
  async switchOff(userId: string, kind: NoticeKind): Promise<void> {
    await this.dataSource.query(`INSERT INTO notice_opt_outs (user_id, kind) SELECT id, $2 FROM users WHERE id = $1 ON CONFLICT DO NOTHING`, [userId, kind]);
  }
}
