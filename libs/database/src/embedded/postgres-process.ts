import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { EmbeddedPostgresError, type PostgresBinaries, type RunAs } from './postgres-binaries.js';

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 120_000;
const PREFIX = /^\S+ \S+ \S+ \[\d+\] /;

/** PostgreSQL's own explanation in what it logged: its FATAL/PANIC/ERROR and "could not" lines with their DETAIL and HINT, else the last lines. */
function explanation(logged: string[]): string {
  const plain = logged.map((line) => line.replace(PREFIX, '').trim()).filter(Boolean);
  const telling = plain.filter((line) => /^(FATAL|PANIC|ERROR|DETAIL|HINT):|^LOG: +could not|^initdb: error/.test(line));
  return (telling.length > 0 ? telling : plain.slice(-8)).join('\n');
}

/** Calls `onLine` for every complete line of a stream, keeping the last ones. */
function lines(stream: NodeJS.ReadableStream | null, tail: string[], onLine: (line: string) => void): void {
  let partial = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      onLine(line);
    }
  });
}

const logLine = (logger: Logger) => (line: string) => {
  if (/\b(FATAL|PANIC):/.test(line)) logger.warn({ postgres: line.trim() }, 'embedded PostgreSQL');
  else logger.debug({ postgres: line.trim() });
};

const env = () => ({ ...process.env, LC_MESSAGES: 'C' });

/** Creates the cluster: UTF-8, password authentication for the one user. */
export async function initdb(binaries: PostgresBinaries, dir: string, user: string, password: string, runAs: RunAs, logger: Logger): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (runAs.uid !== undefined) await chown(dir, runAs.uid, runAs.gid ?? runAs.uid);
  const passwordFile = join(tmpdir(), `terroir-pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    const child = spawn(
      binaries.initdb,
      [`--pgdata=${dir}`, '--auth=password', `--username=${user}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
      { ...runAs, env: env(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tail: string[] = [];
    lines(child.stdout, tail, (line) => logger.debug({ initdb: line }));
    lines(child.stderr, tail, (line) => logger.debug({ initdb: line }));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) throw new EmbeddedPostgresError(`initdb could not create the embedded PostgreSQL cluster in ${dir}:\n${explanation(tail)}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface PostgresOptions {
  binaries: PostgresBinaries;
  dir: string;
  port: number;
  runAs: RunAs;
  /** In a session of its own, so that Ctrl-C in a terminal reaches us only, and we decide when PostgreSQL stops. */
  detached: boolean;
  /** A throw-away server (the tests'): writes are not flushed to disk, since a crash loses nothing anyone needs. */
  throwAway?: boolean;
  logger: Logger;
}

/** What a crash-safe server does and a throw-away one skips: every flush to disk is I/O the tests wait on. */
const THROW_AWAY_SETTINGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

/** Starts one postmaster and answers it once it accepts connections; if it cannot, PostgreSQL's own words. */
export async function spawnPostgres({ binaries, dir, port, runAs, detached, throwAway, logger }: PostgresOptions): Promise<ChildProcess> {
  const child = spawn(
    binaries.postgres,
    [
      ...['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'lc_messages=C'],
      ...(throwAway ? THROW_AWAY_SETTINGS : ['-c', 'fsync=on']),
    ],
    { ...runAs, env: env(), detached, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const tail: string[] = [];
  const log = logLine(logger);
  await new Promise<void>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`The embedded PostgreSQL (${dir}, port ${port}) did not start: ${why}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      fail(`not ready after ${START_TIMEOUT_MS / 1000} s\n${explanation(tail)}`);
    }, START_TIMEOUT_MS);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`}) saying:\n${explanation(tail)}`));
    lines(child.stderr, tail, (line) => {
      log(line);
      if (line.includes(READY)) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        resolve();
      }
    });
  });
  return child;
}
