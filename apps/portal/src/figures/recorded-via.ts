import { defineMessages } from '#common';
import { figuresFormat, type UsesRecordedVia } from '#insights';
import type { PortalLanguage } from '../visit.js';

const TEXTS = defineMessages(
  'fr',
  {
    label: 'Usages enregistrés',
    ways: (phone: string, sheet: string, coupon: string) => `${phone} par téléphone · ${sheet} par feuille de pointage · ${coupon} par coupon`,
  },
  {
    en: {
      label: 'Uses recorded',
      ways: (phone: string, sheet: string, coupon: string) => `${phone} by phone · ${sheet} from tally sheets · ${coupon} from coupons`,
    },
  },
);

/** The key figure that says how the uses were recorded: at the counter, from paper sheets, from coupons. */
export function recordedViaFigure(counts: UsesRecordedVia, lang: PortalLanguage): { label: string; value: string } {
  const f = figuresFormat(lang);
  return { label: TEXTS[lang].label, value: TEXTS[lang].ways(f.count(counts.phone), f.count(counts.tallySheet), f.count(counts.coupon)) };
}
