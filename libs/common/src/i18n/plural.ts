/** The forms of a counted text; `{n}` in a form is replaced by the count. */
export interface PluralForms {
  /** Said for 0 when the language has a word for none ("Aucun usage"); otherwise 0 takes the language's own form. */
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

function rulesOf(lang: string): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) rules.set(lang, (found = new Intl.PluralRules(lang)));
  return found;
}

/**
 * The form of a count in a language, by the language's own rules (Intl.PluralRules): French says
 * "0 bon plan" and "1 bon plan", English "0 offers" and "1 offer".
 */
export function plural(lang: string, n: number, forms: PluralForms): string {
  const form = n === 0 && forms.zero !== undefined ? forms.zero : (forms[rulesOf(lang).select(n)] ?? forms.other);
  return form.replaceAll('{n}', String(n));
}
