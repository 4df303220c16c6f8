/** True where the run is CI's: there, every suite must run (`.ci/run` installs the system tools). */
const inCi = ['1', 'true', 'yes'].includes((process.env.CI ?? '').toLowerCase());

/**
 * A system tool some suites need is missing. On a developer's machine those suites say so loudly and
 * skip; in CI a skipped suite would hide a failure, so the run fails here instead.
 */
export function reportMissingTool(what: string, skipped: string, install: string): void {
  const message = `${what} is missing: ${skipped} are SKIPPED. Install with: ${install}`;
  if (inCi) throw new Error(`${message} (CI is set: a suite may not be skipped there)`);
  console.warn(`\n*** ${message} ***\n`);
}
