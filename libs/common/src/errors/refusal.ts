import { HttpException } from '@nestjs/common';

/** What a refusal's text is made of, beside its code: plain values that travel in the API's JSON. */
export type RefusalParams = Record<string, string | number>;

/**
 * A refusal as a machine reads it: a stable code and its parameters. Services refuse with one;
 * each way in says it in its reader's language (the API and the CLI in English, the member pages
 * in the page's language) from the catalogue of the part that refuses.
 */
export interface Refusal {
  code: string;
  params?: RefusalParams;
}

/** A refusal with its English sentence: the API's `message`. */
export interface SaidRefusal extends Refusal {
  message: string;
}

/** The texts of a part's refusals by code: a sentence, or one made of the refusal's parameters. */
export type RefusalTexts = Record<string, string | ((params: never) => string)>;

type ParamsOf<E> = E extends (params: infer P) => string ? [params: P] : [];

/** The refusal `code` of a catalogue (whose English is the API's), with its parameters if its text takes any. */
export function refusal<D extends { readonly en: RefusalTexts }, C extends keyof D['en'] & string>(
  catalogue: D,
  code: C,
  ...[params]: ParamsOf<D['en'][C]>
): SaidRefusal {
  const said: Refusal = params === undefined ? { code } : { code, params };
  return { ...said, message: sayRefusal(catalogue.en, said) ?? code };
}

/** A refusal's text in one language of a catalogue; undefined when the catalogue has no such code. */
export function sayRefusal(texts: RefusalTexts, refused: Refusal): string | undefined {
  if (!Object.hasOwn(texts, refused.code)) return undefined;
  const text = texts[refused.code];
  return typeof text === 'string' ? text : (text as (params: RefusalParams) => string)(refused.params ?? {});
}

/** An HTTP refusal with its code: `status` answered, the English sentence as the message. */
export class Refused extends HttpException {
  readonly refusal: Refusal;

  constructor(status: number, said: SaidRefusal) {
    super(said.message, status);
    this.refusal = codeOf(said);
  }
}

/** The code an error was refused with, if it carries one (any exception with a `refusal`). */
export function refusalOf(error: unknown): Refusal | undefined {
  const found = (error as { refusal?: Partial<Refusal> } | null)?.refusal;
  return typeof found?.code === 'string' ? (found as Refusal) : undefined;
}

/** Gives an existing exception (a Nest 404, 403…) its code, keeping its class. */
export function withRefusal<E extends Error>(error: E, said: Refusal): E & { readonly refusal: Refusal } {
  return Object.assign(error, { refusal: codeOf(said) });
}

/** The code and parameters of a refusal, without its sentence. */
export function codeOf(said: Refusal): Refusal {
  return said.params === undefined ? { code: said.code } : { code: said.code, params: said.params };
}
