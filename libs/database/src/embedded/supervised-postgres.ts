import type { ChildProcess } from 'node:child_process';
import { readPostmaster, removeStalePidFile } from './postmaster.js';
import { spawnPostgres, type PostgresOptions } from './postgres-process.js';

const MAX_BACKOFF_MS = 30_000;

/** Resolves true when `promise` settles within `ms`, false otherwise. */
const within = (promise: Promise<unknown>, ms: number) =>
  new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/**
 * The embedded postmaster as a child we watch: if it dies while the app runs (killed, out of
 * memory), it is started again with a growing delay, while the pool's connections fail and
 * come back on their own. It stops only when we say so.
 */
export class SupervisedPostgres {
  private child?: ChildProcess;
  private stopping = false;
  private failures = 0;
  private restartTimer?: NodeJS.Timeout;
  private restarting?: Promise<void>;

  constructor(private readonly options: PostgresOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    this.watch(await spawnPostgres(this.options));
  }

  /** A fast shutdown (SIGINT, as `pg_ctl stop -m fast`): sessions rolled back, a checkpoint, then exit; immediate if it hangs. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.restarting;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    if (await within(exited, 60_000)) return;
    this.options.logger.warn('the embedded PostgreSQL did not stop within 60 s: immediate shutdown');
    child.kill('SIGQUIT');
    await within(exited, 10_000);
  }

  private watch(child: ChildProcess): void {
    this.child = child;
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (this.stopping) return;
      this.options.logger.error({ code, signal, pid: child.pid }, 'the embedded PostgreSQL stopped unexpectedly: starting it again');
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures);
    this.restartTimer = setTimeout(() => {
      this.restarting = this.restart().finally(() => (this.restarting = undefined));
    }, delay);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    const { dir, logger } = this.options;
    try {
      // A killed postmaster leaves its postmaster.pid behind; its backends notice and exit on their own.
      if ((await readPostmaster(dir)).state === 'stale') await removeStalePidFile(dir);
      this.watch(await spawnPostgres(this.options));
      this.failures = 0;
      logger.info({ pid: this.child?.pid }, 'embedded PostgreSQL started again');
    } catch (error) {
      this.failures += 1;
      logger.error(
        { reason: (error as Error).message, retryInMs: Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures) },
        'the embedded PostgreSQL could not start again',
      );
      if (!this.stopping) this.scheduleRestart();
    }
  }
}
