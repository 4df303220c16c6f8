import { defineMessages } from '#common';

/** Why a scanned file is refused: said beside the upload field, naming the file. */
export const COUPON_SCAN_REFUSALS = defineMessages(
  'en',
  {
    scans_missing: 'Choose at least one scanned file (PNG, JPEG, WebP or PDF).',
    scans_too_many: (p: { max: number }) => `Send at most ${p.max} files at once.`,
    scan_too_large: (p: { file: string; maxMb: number }) => `${p.file} is larger than ${p.maxMb} MB: scan at 150 or 200 dpi, or in several files.`,
    scan_format: (p: { file: string }) => `${p.file} is not a PNG, JPEG, WebP image or a PDF.`,
    scan_unreadable: (p: { file: string }) => `${p.file} cannot be read: it may be damaged or protected.`,
    scan_pages: (p: { max: number }) => `The files hold more than ${p.max} pages: send them in several batches.`,
  },
  {
    fr: {
      scans_missing: 'Choisissez au moins un fichier scanné (PNG, JPEG, WebP ou PDF).',
      scans_too_many: (p) => `Envoyez au plus ${p.max} fichiers à la fois.`,
      scan_too_large: (p) => `${p.file} dépasse ${p.maxMb} Mo : scannez en 150 ou 200 ppp, ou en plusieurs fichiers.`,
      scan_format: (p) => `${p.file} n’est ni une image PNG, JPEG ou WebP, ni un PDF.`,
      scan_unreadable: (p) => `${p.file} ne peut pas être lu : il est peut-être abîmé ou protégé.`,
      scan_pages: (p) => `Les fichiers comptent plus de ${p.max} pages : envoyez-les en plusieurs fois.`,
    },
  },
);
