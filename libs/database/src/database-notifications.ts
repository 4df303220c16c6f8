import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.js';

const RECONNECT_DELAY_MS = 1_000;
/** Its own notifications mark how far this listener has read the database's queue (see `caughtUp`). */
const MARKS = 'tp_listener_mark';
const CAUGHT_UP_TIMEOUT_MS = 2_000;

/**
 * PostgreSQL LISTEN on one dedicated connection, opened on the first subscription.
 *
 * A process-local cache may trust its entries only while `live`: a subscriber is also called
 * whenever the connection is (re)established or lost, since notifications sent meanwhile are gone.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly subscribers = new Map<string, Set<() => void>>();
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private reconnectTimer?: NodeJS.Timeout;
  private closed = false;
  private listening = false;
  private readonly marks = new Map<string, () => void>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True while every notification is being received. */
  get live(): boolean {
    return this.listening;
  }

  /** Calls `onChange` on every notification of `channel`, and whenever notifications may have been missed. */
  subscribe(channel: string, onChange: () => void): void {
    const known = this.subscribers.get(channel);
    if (known) known.add(onChange);
    else this.subscribers.set(channel, new Set([onChange]));
    if (!this.client) void this.connect();
    else if (!known && this.listening) void this.client.query(`LISTEN ${pg.escapeIdentifier(channel)}`).catch((error) => this.lost(error));
  }

  /**
   * Resolves once every notification committed before the call has reached the subscribers, so that
   * a read that follows a write of this process sees it (the queue is delivered in commit order, so
   * hearing a mark sent now means everything before it was heard). Resolves at once when not live:
   * the caches then read the database anyway.
   */
  async caughtUp(): Promise<void> {
    const client = this.client;
    if (!client || !this.listening) return;
    const mark = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const heard = new Promise<void>((resolve) => {
      this.marks.set(mark, resolve);
      timer = setTimeout(resolve, CAUGHT_UP_TIMEOUT_MS);
    });
    try {
      await client.query('SELECT pg_notify($1, $2)', [MARKS, mark]);
      await heard;
    } catch {
      // a lost connection empties the caches itself
    } finally {
      clearTimeout(timer);
      this.marks.delete(mark);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.listening = false;
    clearTimeout(this.reconnectTimer);
    await this.connecting?.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<void> {
    if (this.client) return;
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: options.url, application_name: 'terroir-pass-listener', connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    this.client = client;
    client.on('notification', (message) => (message.channel === MARKS ? this.marks.get(message.payload ?? '')?.() : this.notify(message.channel)));
    client.on('error', (error) => this.lost(error));
    client.on('end', () => this.lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${MARKS}`);
      for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (this.client !== client || this.closed) return;
      this.listening = true;
      for (const channel of this.subscribers.keys()) this.notify(channel);
    } catch (error) {
      this.lost(error);
    }
  }

  private notify(channel: string): void {
    for (const onChange of this.subscribers.get(channel) ?? []) onChange();
  }

  private lost(error?: unknown): void {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    const wasListening = this.listening;
    this.listening = false;
    void client.end().catch(() => undefined);
    if (this.closed) return;
    if (wasListening) for (const channel of this.subscribers.keys()) this.notify(channel);
    this.logger.warn(`notifications lost (${error instanceof Error ? error.message : 'connection ended'}); caches check the database until they return`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
    this.reconnectTimer.unref();
  }
}
