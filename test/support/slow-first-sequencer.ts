import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, started first. Vitest orders by the durations it cached on this
 * machine; a fresh clone (CI) has none and would start the largest files first, leaving these —
 * small files that walk long tables of cases — to the end, where each would run alone on a core.
 */
const SLOWEST = [
  /authorization-matrix-api/,
  /process-lifecycle/,
  /backup-restore/,
  /authorization-matrix-coordination/,
  /authorization-matrix-members/,
  /-browser\.e2e-spec/,
  /printing\/brochures\.e2e/,
  /print-legibility/,
  /start-from-empty/,
  /npm-start/,
  /fuzz/,
  /password-reset-mail/,
  /spreadsheets\.e2e/,
  /several-instances/,
  /reverse-proxy/,
  /tally-sheets/,
  /command-line/,
  /openapi\.e2e/,
  /spreadsheets-libreoffice/,
  /coupons\.e2e/,
  /sign-in-throttle/,
  /impact-report/,
];

const rank = (file: TestSpecification) => {
  const index = SLOWEST.findIndex((pattern) => pattern.test(file.moduleId));
  return index === -1 ? SLOWEST.length : index;
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    return ordered
      .map((file, position) => ({ file, position }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position)
      .map(({ file }) => file);
  }
}
