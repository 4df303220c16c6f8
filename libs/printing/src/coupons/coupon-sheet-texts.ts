import { defineMessages } from '#common';

export const COUPON_SHEET_TEXTS = defineMessages(
  'fr',
  {
    title: 'Coupons',
    copy: (n: number) => `Exemplaire n° ${n}`,
    handOver: 'À remettre au producteur en échange du bon plan.',
    none: 'Aucun coupon émis pour cet hébergement dans cette édition.',
  },
  {
    en: {
      title: 'Coupons',
      copy: (n: number) => `Copy no. ${n}`,
      handOver: 'Hand this coupon to the producer for the offer.',
      none: 'No coupon issued for this accommodation in this edition.',
    },
    nl: {
      title: 'Bonnen',
      copy: (n: number) => `Exemplaar nr. ${n}`,
      handOver: 'Geef deze bon aan de producent voor de aanbieding.',
      none: 'Geen bonnen uitgegeven voor deze accommodatie in deze editie.',
    },
    de: {
      title: 'Gutscheine',
      copy: (n: number) => `Exemplar Nr. ${n}`,
      handOver: 'Geben Sie diesen Gutschein dem Erzeuger für das Angebot.',
      none: 'Keine Gutscheine für diese Unterkunft in dieser Ausgabe.',
    },
  },
);

export type CouponSheetLanguage = keyof typeof COUPON_SHEET_TEXTS;
