/** A WAL position (`pg_lsn`, e.g. `16/B374D848`) as a number that orders like the log. */
export function walPosition(lsn: string | null | undefined): bigint {
  if (!lsn) return 0n;
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}
