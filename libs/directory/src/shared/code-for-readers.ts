/**
 * A code as people read it aloud or copy it off paper: capitals in two groups ("AZQAT 474MD"),
 * the same on the pass card, the pass page and the member pages. Typed codes are read back with
 * any spacing or case, so this is for display only.
 */
export function codeForReaders(code: string): string {
  const letters = code.replace(/\s+/g, '').toUpperCase();
  const half = Math.ceil(letters.length / 2);
  return letters.length > 5 ? `${letters.slice(0, half)} ${letters.slice(half)}` : letters;
}
