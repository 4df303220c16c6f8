import { execFile } from 'node:child_process';
import { readFile, readlink, realpath, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What `postmaster.pid` of a data directory tells about its server. */
export interface Postmaster {
  pid: number;
  port: number;
  host: string;
  /** `starting`, `ready`, `stopping` or `standby`. */
  status: string;
}

export type PostmasterState =
  | { state: 'none' }
  /** A `postmaster.pid` left by a server that is gone (or whose pid now belongs to another program). */
  | { state: 'stale' }
  | { state: 'running'; postmaster: Postmaster; /** the process that started it, while that one lives */ owner?: number };

const PID_FILE = 'postmaster.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a /proc entry; undefined where there is no /proc (macOS) or it cannot be read. */
async function proc(pid: number, entry: 'exe' | 'cwd' | 'stat'): Promise<string | undefined> {
  const path = `/proc/${pid}/${entry}`;
  try {
    return entry === 'stat' ? await readFile(path, 'utf8') : await readlink(path);
  } catch {
    return undefined;
  }
}

const hasProc = async () => (await proc(process.pid, 'stat')) !== undefined;

/** Whether `pid` is a postgres whose data directory is `dir` (the postmaster works from its data directory). */
async function isPostgresOf(pid: number, dir: string): Promise<boolean> {
  if (!(await hasProc())) return true;
  const [exe, cwd] = await Promise.all([proc(pid, 'exe'), proc(pid, 'cwd')]);
  // Unreadable (another user's process): as PostgreSQL itself does, a live pid counts as its server.
  if (exe === undefined || cwd === undefined) return true;
  return basename(exe).startsWith('postgres') && cwd === (await realpath(dir));
}

/** Parent pid and command of a process: from /proc, else from `ps` (macOS). */
async function processInfo(pid: number): Promise<{ parent: number; command: string } | undefined> {
  const stat = await proc(pid, 'stat');
  if (stat !== undefined) {
    const exe = await proc(pid, 'exe');
    return { parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), command: basename(exe ?? '') };
  }
  try {
    const { stdout } = await run('ps', ['-o', 'ppid=,comm=', '-p', String(pid)]);
    const [, parent, command] = /^\s*(\d+)\s+(.*)$/.exec(stdout.trim()) ?? [];
    return parent === undefined ? undefined : { parent: Number(parent), command: basename(command) };
  } catch {
    return undefined;
  }
}

/**
 * The live process that started the postmaster, if it is a Node process (another API or command
 * line on this data directory). After a `kill -9` of that process, the postmaster is adopted by
 * init or a subreaper, never a Node process of ours.
 */
async function ownerOf(pid: number): Promise<number | undefined> {
  const postmaster = await processInfo(pid);
  if (!postmaster || !(postmaster.parent > 1) || postmaster.parent === process.pid || !alive(postmaster.parent)) return undefined;
  const [parent, ours] = await Promise.all([processInfo(postmaster.parent), processInfo(process.pid)]);
  return parent && ours && parent.command !== '' && parent.command === ours.command ? postmaster.parent : undefined;
}

export async function readPostmaster(dir: string): Promise<PostmasterState> {
  let text: string;
  try {
    text = await readFile(join(dir, PID_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    throw error;
  }
  // pid, data directory, start time, port, socket directory, listen address, shared memory key, status
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  // A file being written by a server that is starting has not all its lines yet.
  if (!Number.isInteger(pid) || pid <= 0) return { state: 'stale' };
  if (!alive(pid) || !(await isPostgresOf(pid, dir))) return { state: 'stale' };
  const listen = (lines[5] ?? '').split(',')[0].trim();
  const postmaster: Postmaster = {
    pid,
    port: Number(lines[3]),
    host: listen === '' || listen === '*' || listen === '0.0.0.0' ? '127.0.0.1' : listen,
    status: (lines[7] ?? 'starting').trim() || 'starting',
  };
  return { state: 'running', postmaster, owner: await ownerOf(pid) };
}

export async function removeStalePidFile(dir: string): Promise<void> {
  await rm(join(dir, PID_FILE), { force: true });
}

async function waitUntil(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/**
 * Stops a server no process of ours watches any more: a fast shutdown, what `pg_ctl stop -m fast`
 * does (SIGINT: sessions rolled back, a checkpoint, the data consistent), then immediate if it hangs.
 */
export async function stopLeftover(dir: string, pid: number): Promise<void> {
  const gone = async () => !alive(pid) || (await readPostmaster(dir)).state !== 'running';
  process.kill(pid, 'SIGINT');
  if (await waitUntil(gone, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await waitUntil(gone, 10_000))) throw new Error(`the PostgreSQL server (pid ${pid}) left running in ${dir} does not stop`);
}
