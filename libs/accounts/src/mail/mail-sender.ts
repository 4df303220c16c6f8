import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  /** The plain-text part: every mail has one, for every mail reader. */
  text: string;
  /** An HTML part beside the text, when the mail is richer read that way. */
  html?: string;
  /** The reader's language (Content-Language). */
  language?: string;
  /** Further headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Sends the e-mails the product needs (invitations, password resets, reminders, digests). */
export abstract class MailSender {
  /** False when no mail server is configured: links are then handed back to the person who asked. */
  abstract readonly delivers: boolean;
  abstract send(mail: Mail): Promise<void>;
}

/** No mail server: nothing is sent; callers hand the link to the coordinator or print it. */
export class NoMailSender extends MailSender {
  readonly delivers = false;
  async send(): Promise<void> {}
}

/** SMTP through nodemailer, from SMTP_URL. */
export class SmtpMailSender extends MailSender {
  readonly delivers = true;
  private transport?: import('nodemailer').Transporter;

  constructor(
    private readonly url: string,
    private readonly from: string,
    private readonly logger: Logger,
  ) {
    super();
  }

  async send(mail: Mail): Promise<void> {
    // Bounded waits: a hung mail server must not hold the outbox (nor a shutdown) for minutes.
    this.transport ??= (await import('nodemailer')).createTransport({
      url: this.url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    const headers = { ...mail.headers, ...(mail.language ? { 'Content-Language': mail.language } : {}) };
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers });
    this.logger.info({ subject: mail.subject }, 'mail sent');
  }
}
