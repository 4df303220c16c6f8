import { defineMessages } from '#common';
import type { SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';
import type { FormState } from './form-errors.js';
import { selectField } from './fields.js';

export const IMPOSITION_MESSAGES = defineMessages(
  'fr',
  {
    imposition: 'Mise en page',
    impositionNone: 'Une page par feuille',
    impositionBooklet: 'Livret A5 sur feuilles A4',
    bookletHint: 'Livret : imprimez en recto verso, retournement sur le bord court, puis pliez les feuilles en deux et agrafez au pli.',
  },
  {
    en: {
      imposition: 'Layout',
      impositionNone: 'One page per sheet',
      impositionBooklet: 'A5 booklet on A4 sheets',
      bookletHint: 'Booklet: print double-sided, flipping on the short edge, then fold the sheets in half and staple along the fold.',
    },
  },
);

/** The brochure's layout, one page per sheet or a booklet, with the one line on duplex printing: the same on every brochure form. */
export function impositionField(form: FormState, lang: PortalLanguage): SafeHtml {
  const m = IMPOSITION_MESSAGES[lang];
  const choices = [
    { value: 'none', label: m.impositionNone },
    { value: 'booklet', label: m.impositionBooklet },
  ];
  return selectField(form, { name: 'imposition', label: m.imposition, hint: m.bookletHint, choices, lang });
}
