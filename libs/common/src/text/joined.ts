/** "6,2 km · Vasles · Miel": the parts that have something to say, joined, never a stray separator. */
export function joined(parts: readonly (string | null | undefined | false)[], separator = ' · '): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(separator);
}
