import { isAbsolute, relative } from 'node:path';
import { BackupProblem } from '#database';

/** What to run instead when the database is a server of DATABASE_URL: its own tools, of its version. */
export const DATABASE_URL_BACKUPS = `DATABASE_URL is set: back that server up with PostgreSQL's own tools, in a version at least the server's (pg_dump --version; the server's is SHOW server_version):
  pg_dump --format=custom --file terroir-$(date +%Y-%m-%dT%H%M).dump "$DATABASE_URL"
and restore into an empty database (or add --clean --if-exists to replace what is there):
  pg_restore --no-owner --dbname "$DATABASE_URL" terroir-….dump
cli backup and cli restore handle the embedded database (DATABASE_URL unset). See docs/operations.md.`;

/** Short inside the project (backups/…, .data/pg), whole elsewhere. */
export const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
};

/** A backup's foreseen failures (the app running, a file missing) are a message and exit code 1; anything else keeps its stack. */
export async function reportProblems(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BackupProblem)) throw error;
    console.error(error.message);
    return 1;
  }
}
