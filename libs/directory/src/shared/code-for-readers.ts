/**
 * A code as people read it aloud or copy it off paper: capitals in groups of at most five, as even
 * as possible ("K7M2 P9QA", "AZQAT 474MD", a pass with its check character "AZQA T474 MDX"), the
 * same on the pass card, the pass page and the member pages. Typed codes are read back with any
 * spacing or case (readTypedCode), so this is for display only.
 */
export function codeForReaders(code: string): string {
  const letters = code.replace(/\s+/g, '').toUpperCase();
  const groups = Math.max(1, Math.ceil(letters.length / 5));
  const shorter = Math.floor(letters.length / groups);
  const longer = letters.length % groups;
  const parts: string[] = [];
  for (let i = 0, start = 0; i < groups; i++) {
    const size = shorter + (i < longer ? 1 : 0);
    parts.push(letters.slice(start, start + size));
    start += size;
  }
  return parts.join(' ');
}
