import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import type { RunningDatabase } from '#database';

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
/** How long requests in flight may take to finish once the process is asked to stop. */
export const DRAIN_MS = 10_000;
/** Then the shutdown hooks (counts written, LISTEN connection and pool closed). */
const HOOKS_MS = 30_000;

const within = (promise: Promise<unknown>, ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]).finally(() =>
    clearTimeout(timer),
  );
};

/**
 * The one order in which the API stops, whatever asks it to: no new connections, requests in
 * flight finished (at most DRAIN_MS, then their connections are closed), counts held in memory
 * written and the pool closed (the app's shutdown hooks), and only then the embedded PostgreSQL.
 * A second signal meanwhile changes nothing: the first shutdown goes on in its order.
 */
export class Shutdown {
  private app?: NestFastifyApplication;
  private started = false;

  constructor(
    private readonly database: RunningDatabase,
    private readonly logger: Logger,
  ) {}

  listen(): this {
    for (const signal of SIGNALS) process.on(signal, () => void this.run(signal));
    return this;
  }

  /** The app to close first, once it exists. */
  attach(app: NestFastifyApplication): void {
    this.app = app;
  }

  /** Stops everything in order and exits: 0 on a signal, 1 after a failed start or a step that failed. */
  async run(reason: string, exitCode = 0): Promise<void> {
    if (this.started) {
      this.logger.warn({ signal: reason }, 'already stopping: the shutdown goes on in its order');
      return;
    }
    this.started = true;
    this.logger.info({ signal: reason }, 'stopping: no new connections, finishing the requests in flight');
    let ok = this.app ? await this.closeApp(this.app) : true;
    try {
      await this.database.stop();
    } catch (error) {
      ok = false;
      this.logger.error({ err: error }, 'error while stopping PostgreSQL');
    }
    const code = ok ? exitCode : 1;
    this.logger.info({ exitCode: code }, 'stopped');
    process.exit(code);
  }

  private async closeApp(app: NestFastifyApplication): Promise<boolean> {
    const server = app.getHttpServer();
    server.once('close', () => this.logger.info('requests in flight finished; writing the counts held in memory, closing the database pool'));
    // Browsers keep connections open between requests: each is closed as soon as it has nothing in flight.
    const idle = setInterval(() => server.closeIdleConnections(), 200);
    const drain = setTimeout(() => {
      this.logger.warn({ afterMs: DRAIN_MS }, 'requests still in flight: closing their connections');
      server.closeAllConnections();
    }, DRAIN_MS);
    try {
      if (!(await within(app.close(), DRAIN_MS + HOOKS_MS))) {
        this.logger.error('the app did not close in time: stopping PostgreSQL anyway');
        return false;
      }
      this.logger.info('app closed: counts written, database pool closed');
      return true;
    } catch (error) {
      this.logger.error({ err: error }, 'error while closing the app');
      return false;
    } finally {
      clearInterval(idle);
      clearTimeout(drain);
    }
  }
}
