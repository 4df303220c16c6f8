import { defineMessages } from '#common';

/** What a file turned out to be, when it is not an image that is accepted. */
export type FoundKind = 'gif' | 'svg' | 'other';

const FOUND_EN: Record<string, string> = { gif: 'a GIF image', svg: 'an SVG drawing', other: 'not an image' };
const FOUND_FR: Record<string, string> = { gif: 'une image GIF', svg: 'un dessin SVG', other: 'pas une image' };

/** Why an uploaded image is refused, by code: said beside the field that carried it. */
export const IMAGE_REFUSALS = defineMessages(
  'en',
  {
    image_missing: 'choose an image file (PNG, JPEG or WebP)',
    image_too_large: (p: { maxMb: number }) => `the file is larger than ${p.maxMb} MB`,
    image_format: (p: { found: string }) => `must be a PNG, JPEG or WebP image; this file is ${FOUND_EN[p.found] ?? FOUND_EN.other}`,
    image_too_many_pixels: (p: { megapixels: number; maxMegapixels: number }) =>
      `the image has ${p.megapixels} megapixels; at most ${p.maxMegapixels} are accepted: make it smaller first`,
    image_unreadable: 'the image is damaged or incomplete and cannot be read',
    funder_missing: (p: { funder: string }) => `the territory has no funder "${p.funder}"`,
    image_not_found: 'no image has been uploaded here',
  },
  {
    fr: {
      image_missing: 'Choisissez un fichier image (PNG, JPEG ou WebP).',
      image_too_large: (p) => `Le fichier dépasse ${p.maxMb} Mo.`,
      image_format: (p) => `L’image doit être au format PNG, JPEG ou WebP ; ce fichier est ${FOUND_FR[p.found] ?? FOUND_FR.other}.`,
      image_too_many_pixels: (p) => `L’image fait ${p.megapixels} mégapixels ; ${p.maxMegapixels} au plus sont acceptés : réduisez-la d’abord.`,
      image_unreadable: 'L’image est abîmée ou incomplète : elle ne peut pas être lue.',
      funder_missing: (p) => `Le territoire n’a pas de financeur « ${p.funder} ».`,
      image_not_found: 'Aucune image n’a été envoyée ici.',
    },
  },
);
