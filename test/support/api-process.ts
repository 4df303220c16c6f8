import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Polls `condition` until it holds, for at most `ms`. */
export async function until(what: string, condition: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not ${what} after ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface RunningProcess {
  child: ChildProcess;
  pid: number;
  /** stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(compiled: string, script: string, args: string[], env: Record<string, string>): RunningProcess {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL; // these processes are about the embedded PostgreSQL, unless a test gives them a database
  const environment = { ...inherited, ...env };
  const child = spawn(process.execPath, [join(compiled, script), ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (output += chunk));
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, pid: child.pid!, output: () => output, exited };
}

/** The API as `npm start` runs it, answered once `/health/ready` says 200. */
export async function startApi(compiled: string, env: Record<string, string>): Promise<RunningProcess> {
  const api = run(compiled, 'apps/api/src/main.js', [], env);
  let exit: { code: number | null } | undefined;
  void api.exited.then((result) => (exit = result));
  const ready = async () => {
    if (exit) throw new Error(`the API exited (${exit.code}) before it was ready:\n${api.output()}`);
    return fetch(`http://127.0.0.1:${env.PORT}/health/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
  };
  await until('ready', ready, 90_000);
  return api;
}

/** `npm run cli -- …`, to its end. */
export async function runCli(compiled: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const cli = run(compiled, 'apps/cli/src/main.js', args, env);
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

/** The pid in the data directory's postmaster.pid, if there is one. */
export async function postmasterPid(pgDir: string): Promise<number | undefined> {
  const text = await readFile(join(pgDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number(text.split('\n')[0]);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
