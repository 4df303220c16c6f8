import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#common';
import { queryRows } from '#database';
import { MailOutbox } from '../mail/mail-outbox.js';
import { MailSealing } from '../mail/mail-sealing.js';
import { escapeMailHtml } from './mail-html.js';
import { NOTICE_TEXTS, type NoticeKind, type ReaderLanguage } from './notice-kinds.js';
import { UnsubscribeTokens } from './unsubscribe-tokens.js';

/** What one reader is told: the plain text always (mail and notice), an HTML part for the mail if it is richer read that way. */
export interface NoticeMail {
  subject: string;
  text: string;
  html?: string;
}

export interface NoticeRequest {
  userIds: string[];
  kind: NoticeKind;
  /** Called once per reader, in the reader's language, in turn: a personal link (made in the same transaction) belongs in its text. */
  compose: (lang: ReaderLanguage, reader: { userId: string }) => NoticeMail | Promise<NoticeMail>;
}

export interface NotifyOutcome {
  /** Notices written (one per known reader). */
  noticed: number;
  /** Mails queued: readers with a usable e-mail who did not switch the kind off (none without a mail server). */
  mailed: number;
}

interface Reader {
  userId: string;
  email: string;
  language: ReaderLanguage;
  mailable: boolean;
}

/**
 * The one way to send a reminder or digest (season campaign and its reminders, membership
 * reminders, offers ending, weekly digest): inside the transaction that makes it, call
 *
 *   notices.notify(tx, { userIds, kind: 'membership', compose: (lang, { userId }) => ({ subject, text, html? }) })
 *
 * For each reader it writes a notice shown in the member pages ("Messages", /app/messages) and
 * queues a mail through the MailOutbox (so: written in the transaction, sent after commit, bodies
 * sealed) in the reader's language (users.language, Content-Language), with a plain-text part,
 * the optional HTML part, a footer and RFC 8058 one-click unsubscribe headers — unless the reader
 * switched that kind off or has no usable e-mail (suspended, erased), or no SMTP_URL is set: the
 * notice is still there. Answers how many notices and mails it made. The notice keeps the text
 * (sealed like the outbox's): a personal link in it stays usable from the reader's own pages.
 */
@Injectable()
export class Notices {
  private readonly sealing: MailSealing;

  constructor(
    private readonly outbox: MailOutbox,
    private readonly unsubscribe: UnsubscribeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sealing = new MailSealing(config.auth.secret);
  }

  async notify(tx: EntityManager, notification: NoticeRequest): Promise<NotifyOutcome> {
    const { kind } = notification;
    const readers = await queryRows<Reader>(
      tx,
      `SELECT u.id AS "userId", u.email, u.language,
              (u.status = 'active' AND u.erased_at IS NULL AND position('@' IN u.email) > 1
               AND NOT EXISTS (SELECT 1 FROM notice_opt_outs o WHERE o.user_id = u.id AND o.kind = $2)) AS mailable
         FROM users u WHERE u.id = ANY($1::uuid[]) ORDER BY u.id`,
      [[...new Set(notification.userIds)], kind],
    );
    if (readers.length === 0) return { noticed: 0, mailed: 0 };
    const composed: NoticeMail[] = [];
    for (const reader of readers) composed.push(await notification.compose(reader.language, { userId: reader.userId }));
    await tx.query(
      `INSERT INTO notices (user_id, kind, subject, body) SELECT x.user_id, $2, x.subject, x.body FROM unnest($1::uuid[], $3::text[], $4::text[]) AS x(user_id, subject, body)`,
      [readers.map((r) => r.userId), kind, composed.map((m) => m.subject), composed.map((m) => this.sealing.seal(m.text))],
    );
    let mailed = 0;
    for (const [i, reader] of readers.entries()) {
      // without a mail server the notice is the message: nothing queues for a server that will never come
      if (!reader.mailable || !this.outbox.delivers) continue;
      await this.outbox.enqueueTo(tx, [reader.email], this.mailOf(reader, kind, composed[i]));
      mailed++;
    }
    return { noticed: readers.length, mailed };
  }

  /** The unsubscribe link of `kind` for this reader (as in its mails' footer and headers). */
  unsubscribeUrl(userId: string, kind: NoticeKind): string {
    return `${this.config.publicBaseUrl}/app/unsubscribe/${this.unsubscribe.issue(userId, kind)}`;
  }

  private mailOf(reader: Reader, kind: NoticeKind, mail: NoticeMail) {
    const t = NOTICE_TEXTS[reader.language];
    const unsubscribe = this.unsubscribeUrl(reader.userId, kind);
    const preferences = `${this.config.publicBaseUrl}/app/messages/preferences`;
    const footer = t.footer(t.kinds[kind], unsubscribe, preferences);
    return {
      subject: mail.subject,
      text: `${mail.text}\n\n-- \n${footer}\n`,
      html:
        mail.html === undefined
          ? undefined
          : `${mail.html}\n<hr>\n<p style="font-size:small">${escapeMailHtml(t.kinds[kind])} · <a href="${escapeMailHtml(unsubscribe)}">${escapeMailHtml(t.unsubscribe)}</a> · <a href="${escapeMailHtml(preferences)}">${escapeMailHtml(t.preferences)}</a></p>`,
      language: reader.language,
      // RFC 8058: a mail reader's "unsubscribe" button posts List-Unsubscribe=One-Click to this address, without a session
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }
}
