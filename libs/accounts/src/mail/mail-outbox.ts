import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#common';
import { queryRows } from '#database';
import { MailSealing } from './mail-sealing.js';
import { MailSender, type Mail } from './mail-sender.js';

/** Announced at commit (PostgreSQL holds a NOTIFY until then, and drops it on rollback). */
export const MAIL_OUTBOX_CHANNEL = 'mail_outbox';
export const MAX_ATTEMPTS = 10;
/** A mail being sent is leased for this long: if its instance dies meanwhile, another sends it. */
const LEASE_SECONDS = 300;
/** 30 s, 1 min, 2 min … then every hour: ten attempts span about five hours. */
const backoffSeconds = (attempts: number) => Math.min(30 * 2 ** (attempts - 1), 3600);
const SENT_KEPT_DAYS = 7;
const UNSENT_KEPT_DAYS = 30;

interface Claimed {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  html: string | null;
  headers: string | null;
  language: string | null;
  attempts: number;
}

/**
 * Mails are written in the transaction that makes their link and sent once it has committed: a
 * rolled-back transaction sends nothing, and a mail server that is down fails no request — its
 * mails wait here and are retried with backoff.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);
  private readonly sealing: MailSealing;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sender: MailSender,
  ) {
    this.sealing = new MailSealing(config.auth.secret);
  }

  /** False without a mail server: callers then hand links back instead. */
  get delivers(): boolean {
    return this.sender.delivers;
  }

  /**
   * One mail to each recipient, sent once `tx` commits; one statement even for none (see OneTimeLinks.mailIfActive).
   * Its HTML part and headers are sealed like its text: they may carry the same links.
   */
  async enqueueTo(tx: EntityManager, recipients: string[], mail: Omit<Mail, 'to'>): Promise<void> {
    const headers = mail.headers && Object.keys(mail.headers).length > 0 ? this.sealing.seal(JSON.stringify(mail.headers)) : null;
    await tx.query(
      `WITH queued AS (INSERT INTO mail_outbox (recipient, subject, body, html, headers, language)
                       SELECT unnest($1::text[]), $2, $3, $5, $6, $7 RETURNING 1)
       SELECT pg_notify($4, '') FROM queued LIMIT 1`,
      [
        recipients,
        mail.subject,
        this.sealing.seal(mail.text),
        MAIL_OUTBOX_CHANNEL,
        mail.html === undefined ? null : this.sealing.seal(mail.html),
        headers,
        mail.language ?? null,
      ],
    );
  }

  /**
   * Sends the mails that are due, one claimed at a time (`SKIP LOCKED`: instances never send the
   * same one), until none is left or `stopping()` says so. Answers how many were sent.
   */
  async deliverDue(stopping: () => boolean = () => false): Promise<number> {
    let sent = 0;
    while (!stopping()) {
      const mail = await this.claim();
      if (!mail) break;
      if (await this.deliver(mail)) sent++;
    }
    return sent;
  }

  /** Sent mails after a week, mails never sent after a month. */
  async purge(): Promise<void> {
    await this.dataSource.query(`DELETE FROM mail_outbox WHERE sent_at < now() - make_interval(days => $1) OR created_at < now() - make_interval(days => $2)`, [
      SENT_KEPT_DAYS,
      UNSENT_KEPT_DAYS,
    ]);
  }

  private async claim(): Promise<Claimed | undefined> {
    const claimed = await queryRows<Claimed>(
      this.dataSource,
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
        WHERE id = (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < $1 AND next_attempt_at <= now()
                     ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id::text AS id, recipient, subject, body, html, headers, language, attempts`,
      [MAX_ATTEMPTS, LEASE_SECONDS],
    );
    return claimed[0];
  }

  private async deliver(mail: Claimed): Promise<boolean> {
    let opened: Omit<Mail, 'to' | 'subject'>;
    try {
      opened = {
        text: this.sealing.open(mail.body),
        html: mail.html === null ? undefined : this.sealing.open(mail.html),
        headers: mail.headers === null ? undefined : (JSON.parse(this.sealing.open(mail.headers)) as Record<string, string>),
        language: mail.language ?? undefined,
      };
    } catch {
      // Sealed under another AUTH_SECRET: no attempt will ever open it.
      await this.failed(mail, 'the mail cannot be opened with this AUTH_SECRET', true);
      return false;
    }
    try {
      await this.sender.send({ to: mail.recipient, subject: mail.subject, ...opened });
    } catch (error) {
      const { code, responseCode, message } = error as { code?: string; responseCode?: number; message?: string };
      await this.failed(mail, [code, responseCode, message].filter(Boolean).join(' ').slice(0, 500), false);
      return false;
    }
    // The link has done its job: the sent row keeps no copy of it.
    await this.dataSource.query(`UPDATE mail_outbox SET sent_at = now(), body = '', html = NULL, headers = NULL, last_error = NULL WHERE id = $1`, [mail.id]);
    return true;
  }

  private async failed(mail: Claimed, reason: string, final: boolean): Promise<void> {
    const givenUp = final || mail.attempts >= MAX_ATTEMPTS;
    await this.dataSource.query(
      `UPDATE mail_outbox SET last_error = $2, attempts = CASE WHEN $3 THEN $4 ELSE attempts END, next_attempt_at = now() + make_interval(secs => $5) WHERE id = $1`,
      [mail.id, reason, givenUp, MAX_ATTEMPTS, backoffSeconds(mail.attempts)],
    );
    // Never the recipient in a log line: the row's id leads an operator to it.
    if (givenUp) this.logger.error(`mail ${mail.id} given up after ${mail.attempts} attempts: ${reason.split(' ')[0]}`);
    else
      this.logger.warn(
        `mail ${mail.id} not sent (attempt ${mail.attempts} of ${MAX_ATTEMPTS}), retried in ${backoffSeconds(mail.attempts)} s: ${reason.split(' ')[0]}`,
      );
  }
}
