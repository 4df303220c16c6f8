import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients, in lower case. */
  to: string[];
  subject: string;
  /** The plain-text part, decoded as a mail reader would. */
  text: string;
  /** The HTML part, if the mail has one. */
  html?: string;
  /** Every header, by lower-case name, unfolded, encoded words decoded (the last one of a name repeated). */
  headers: Record<string, string>;
  /** The Content-Language header, if any. */
  language?: string;
}

/** A free loopback port, closed again: a mail server that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Headers as text: mailparser's decoded value where it is one, the raw (unfolded) line where it made a structure of it (addresses, content types). */
function headersOf(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const decoded = parsed.headers.get(key);
    headers[key] =
      typeof decoded === 'string'
        ? decoded
        : line
            .slice(line.indexOf(':') + 1)
            .replace(/\r?\n[ \t]+/g, ' ')
            .trim();
  }
  return headers;
}

/**
 * A real SMTP server (the `smtp-server` package; no TLS, no auth) whose mails are read by
 * `mailparser` as a mail reader would — multipart, transfer encodings, encoded headers — on a port
 * chosen in advance, so that a test can start it after the app (the mail server coming back) and
 * slow down its greeting like a server far away.
 */
export class FakeSmtp {
  readonly mails: ReceivedMail[] = [];
  greetingDelayMs = 0;
  private server?: SMTPServer;

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      logger: false,
      closeTimeout: 50,
      // the greeting waits for this callback: a slow one is a server far away
      onConnect: (_session, callback) => void setTimeout(() => callback(), this.greetingDelayMs),
      onData: (stream, session, callback) => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        simpleParser(stream).then(
          (parsed) => {
            const headers = headersOf(parsed);
            this.mails.push({
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html === false ? undefined : parsed.html,
              headers,
              language: headers['content-language'],
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  mailsTo(recipient: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(recipient.toLowerCase()));
  }

  /** Waits (bounded) until a mail to `recipient` has arrived. */
  async waitForMailTo(recipient: string, timeoutMs = 15_000): Promise<ReceivedMail> {
    return (await this.waitForMails(1, { to: recipient, timeoutMs }))[0];
  }

  /** Waits (bounded) until `count` mails (to `to`, if given) have arrived, and answers them in their order of arrival. */
  async waitForMails(count: number, options: { to?: string; timeoutMs?: number } = {}): Promise<ReceivedMail[]> {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mails = options.to ? this.mailsTo(options.to) : this.mails;
      if (mails.length >= count) return mails.slice(0, count);
      if (Date.now() > until)
        throw new Error(
          `${count} mail(s)${options.to ? ` to ${options.to}` : ''} not received within ${timeoutMs} ms (received: ${this.mails.map((m) => m.to.join()).join('; ') || 'none'})`,
        );
      await sleep(25);
    }
  }
}
