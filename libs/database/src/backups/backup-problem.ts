/** A backup or restore that cannot go on for a reason the person can act on: the message says what to do. */
export class BackupProblem extends Error {
  override readonly name = 'BackupProblem';
}
