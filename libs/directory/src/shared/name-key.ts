/** Lower case, no accents, words joined by `_`: "Code postal" → code_postal, "Téléphone" → telephone, "Œufs" → oeufs. */
export function normaliseName(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      // "Catégorie(s)" is the plural a person means
      .replace(/\(s\)/gi, 's')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
  );
}
