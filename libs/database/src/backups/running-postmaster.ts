import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface RunningPostmaster {
  pid: number;
  port: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (the "postgres" user's, when we are not root)
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A pid left by a killed server may have been handed to another program since. */
async function isPostgres(pid: number): Promise<boolean> {
  const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => undefined);
  return name === undefined || name.trim().startsWith('postgres');
}

/**
 * The PostgreSQL server running on `dataDir`, read from its postmaster.pid (first line the
 * pid, fourth the port), or undefined when none is.
 */
export async function runningPostmaster(dataDir: string): Promise<RunningPostmaster | undefined> {
  const text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0], 10);
  const port = Number.parseInt(lines[3], 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !(await isPostgres(pid))) return undefined;
  return { pid, port };
}
