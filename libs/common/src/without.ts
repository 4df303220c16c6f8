/** A copy of `record` without the entries `keys` name (what `const { key: _, ...rest } = record` says). */
export function without<V>(record: Record<string, V>, ...keys: string[]): Record<string, V> {
  const rest = { ...record };
  for (const key of keys) delete rest[key];
  return rest;
}
