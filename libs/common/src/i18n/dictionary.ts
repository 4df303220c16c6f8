/**
 * A translation has the reference's keys and shapes, no more, no fewer: a text for a text, a
 * function of the same parameters for a function, a list for a list, the same for nested groups.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : T[K] extends readonly string[]
        ? readonly string[]
        : T[K] extends object
          ? Translation<T[K]>
          : T[K];
};

/** The texts of one feature in every language it speaks, each checked against the reference. */
export type Dictionary<L extends string, T> = { readonly [K in L]: Translation<T> };

/**
 * Declares a feature's texts: its reference language (French or English) with its texts, then the
 * other languages. A key missing from a translation, or one the reference does not have, fails to
 * compile; so does a function whose parameters differ.
 *
 *     const MESSAGES = defineMessages('fr', { hello: 'Bonjour' }, { en: { hello: 'Hello' } });
 *     MESSAGES[visit.lang].hello
 */
export function defineMessages<R extends string, T extends object, O extends string>(
  _reference: R,
  texts: T,
  translations: { readonly [K in O]: Translation<NoInfer<T>> },
): Dictionary<R | O, T> {
  return { [_reference]: texts, ...translations } as Dictionary<R | O, T>;
}
