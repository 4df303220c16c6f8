import { createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** A free loopback port, closed again: a mail server that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function decode(message: string): ReceivedMail & { headers: string } {
  const [headers, ...rest] = message.split('\r\n\r\n');
  const unfolded = headers.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  let text = rest.join('\r\n\r\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') {
    text = Buffer.from(
      text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  } else if (encoding === 'base64') text = Buffer.from(text, 'base64').toString('utf8');
  return { headers: unfolded, to: [], subject: header('Subject'), text };
}

/**
 * Just enough of an SMTP server for nodemailer (no TLS, no auth), on a port chosen in advance, so
 * that a test can start it after the app — the mail server coming back — and slow down its
 * greeting like a server far away.
 */
export class FakeSmtp {
  readonly mails: ReceivedMail[] = [];
  greetingDelayMs = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer((socket) => this.converse(socket));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', () => resolve()));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }

  mailsTo(recipient: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(recipient.toLowerCase()));
  }

  /** Waits (bounded) until a mail to `recipient` has arrived. */
  async waitForMailTo(recipient: string, timeoutMs = 15_000): Promise<ReceivedMail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const [mail] = this.mailsTo(recipient);
      if (mail) return mail;
      if (Date.now() > until)
        throw new Error(`no mail to ${recipient} within ${timeoutMs} ms (received: ${this.mails.map((m) => m.to.join()).join('; ') || 'none'})`);
      await sleep(25);
    }
  }

  private converse(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let data: string[] | undefined;
    let recipients: string[] = [];
    const say = (line: string) => socket.write(`${line}\r\n`);
    setTimeout(() => say('220 fake.test ESMTP'), this.greetingDelayMs);
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            this.mails.push({ ...decode(Buffer.from(data.join('\r\n'), 'latin1').toString('utf8')), to: recipients });
            data = undefined;
            recipients = [];
            say('250 queued');
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') say('250 fake.test');
        else if (verb === 'HELO' || verb === 'MAIL' || verb === 'RSET' || verb === 'NOOP') say('250 OK');
        else if (verb === 'RCPT') {
          recipients.push((/<([^>]*)>/.exec(line)?.[1] ?? '').toLowerCase());
          say('250 OK');
        } else if (verb === 'DATA') {
          data = [];
          say('354 go on');
        } else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
        } else say('502 not here');
      }
    });
  }
}
