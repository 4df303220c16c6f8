/** A progress bar on stderr, redrawn in place when it is a terminal, one line per step otherwise. */
export function progress(total: number) {
  const tty = process.stderr.isTTY;
  return (done: number, label: string) => {
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`.slice(0, 100);
    process.stderr.write(tty ? `\r${line.padEnd(100)}` : `${line}\n`);
  };
}
