import type { TranslatedText } from '#common';
import type { FontName } from '../pdf/fonts.js';

/** One text of a record as the brochure prints it: in which field, with which font (names and titles in bold). */
export interface PrintedText {
  field: string;
  value: string | Partial<TranslatedText> | null | undefined;
  font?: FontName;
}

type Named = { name: string };
type Place = Named & { commune?: string | null; address?: string | null };

/**
 * The texts of each kind of record that the brochure prints (the renderer and the print check read
 * these same fields): what a save is checked on. Descriptions are printed in French and English only.
 */
export const PRINTED_TEXTS = {
  producer: (p: Place & { description?: Partial<TranslatedText> | null; hoursNote?: string | null }): PrintedText[] => [
    { field: 'name', value: p.name, font: 'bold' },
    { field: 'description', value: p.description },
    { field: 'address', value: p.address },
    { field: 'commune', value: p.commune },
    { field: 'hoursNote', value: p.hoursNote },
  ],
  accommodation: (a: Place): PrintedText[] => [
    { field: 'name', value: a.name, font: 'bold' },
    { field: 'commune', value: a.commune },
  ],
  offer: (o: { title: Partial<TranslatedText>; conditions?: Partial<TranslatedText> | null }): PrintedText[] => [
    { field: 'title', value: o.title, font: 'bold' },
    { field: 'conditions', value: o.conditions },
  ],
  territory: (t: Named & { funders?: string[] }): PrintedText[] => [
    { field: 'name', value: t.name, font: 'bold' },
    ...(t.funders ?? []).map((funder, i) => ({ field: `funders[${i}]`, value: funder })),
  ],
} as const;
