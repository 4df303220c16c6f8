import { defineMessages, refusal, sayRefusal, type Language, type SaidRefusal } from '#common';

/** Why a code typed from paper is refused: said beside the field, or on the line of a sheet. */
export const TYPED_CODE_REFUSALS = defineMessages(
  'en',
  {
    not_a_code: 'This does not look like a code: check it on the pass.',
    code_look_alike: 'Codes never contain 0, O, 1, I or L: check the code on the pass.',
    code_mistyped: 'This code has a typing mistake: check it on the pass, character by character.',
  },
  {
    fr: {
      not_a_code: 'Ceci ne ressemble pas à un code : vérifiez-le sur le pass.',
      code_look_alike: 'Les codes ne contiennent jamais 0, O, 1, I ni L : vérifiez le code sur le pass.',
      code_mistyped: 'Ce code comporte une faute de frappe : vérifiez-le sur le pass, caractère par caractère.',
    },
    nl: {
      not_a_code: 'Dit lijkt geen code: controleer hem op de pas.',
      code_look_alike: 'Codes bevatten nooit 0, O, 1, I of L: controleer de code op de pas.',
      code_mistyped: 'Deze code bevat een tikfout: controleer hem teken voor teken op de pas.',
    },
    de: {
      not_a_code: 'Das sieht nicht wie ein Code aus: prüfen Sie ihn auf dem Pass.',
      code_look_alike: 'Codes enthalten nie 0, O, 1, I oder L: prüfen Sie den Code auf dem Pass.',
      code_mistyped: 'Dieser Code enthält einen Tippfehler: prüfen Sie ihn Zeichen für Zeichen auf dem Pass.',
    },
  },
);

export type TypedCodeRefusal = keyof (typeof TYPED_CODE_REFUSALS)['en'];

/** A typed code's refusal in the reader's language (the API's message stays English, its code stable). */
export function typedCodeRefusal(code: TypedCodeRefusal, lang: Language): SaidRefusal {
  const said = refusal(TYPED_CODE_REFUSALS, code);
  return { ...said, message: sayRefusal(TYPED_CODE_REFUSALS[lang], said) ?? said.message };
}
