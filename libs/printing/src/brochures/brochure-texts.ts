import { defineMessages, plural } from '#common';
export type BrochureLanguage = 'fr' | 'en';

export const BROCHURE_TEXTS = defineMessages(
  'fr',
  {
    title: 'Les bons plans de nos producteurs',
    offeredBy: 'Offert par votre hôte :',
    scan: 'Scannez pour voir les bons plans les plus proches, ouverts aujourd’hui, et l’itinéraire.',
    validity: (from: string, to: string) => `Valable du ${from} au ${to}`,
    howTo: 'Comment en profiter',
    steps: [
      'Choisissez un producteur dans cette brochure ou sur la page du QR code.',
      'Vérifiez les horaires, appelez au besoin, et rendez-lui visite.',
      'Présentez votre pass ou cette brochure avant de payer : le bon plan s’applique.',
      'Chaque offre vaut pour la durée de votre séjour, dans les conditions indiquées.',
    ],
    contact: 'Contact de l’association',
    funders: 'Avec le soutien de',
    printed: (date: string) => `Imprimé le ${date}`,
    map: 'Carte des producteurs',
    north: 'N',
    youAreHere: 'Votre hébergement',
    phone: 'Tél.',
    hours: 'Horaires',
    away: (km: string) => `à ${km}`,
    usesPerPass: (n: number) => plural('fr', n, { one: 'une fois par séjour', other: '{n} fois par séjour' }),
    until: (date: string) => `jusqu’au ${date}`,
    noOffers: 'Aucun bon plan n’est publié pour cette date.',
  },
  {
    en: {
      title: 'Our local producers’ offers',
      offeredBy: 'Offered by your host:',
      scan: 'Scan to see the nearest offers, what is open today, and how to get there.',
      validity: (from: string, to: string) => `Valid from ${from} to ${to}`,
      howTo: 'How to use the offers',
      steps: [
        'Pick a producer in this brochure or on the QR code’s page.',
        'Check the opening hours, call if needed, and pay them a visit.',
        'Show your pass or this brochure before paying: the offer applies.',
        'Each offer holds for your stay, on the conditions given.',
      ],
      contact: 'The association',
      funders: 'With the support of',
      printed: (date: string) => `Printed on ${date}`,
      map: 'Map of the producers',
      north: 'N',
      youAreHere: 'Your accommodation',
      phone: 'Tel.',
      hours: 'Opening hours',
      away: (km: string) => km,
      usesPerPass: (n: number) => plural('en', n, { one: 'once per stay', other: '{n} times per stay' }),
      until: (date: string) => `until ${date}`,
      noOffers: 'No offer is published for this date.',
    },
  },
);

const DAYS: Record<BrochureLanguage, Record<string, string>> = {
  fr: { Mo: 'lun.', Tu: 'mar.', We: 'mer.', Th: 'jeu.', Fr: 'ven.', Sa: 'sam.', Su: 'dim.', PH: 'jours fériés', off: 'fermé' },
  en: { Mo: 'Mon', Tu: 'Tue', We: 'Wed', Th: 'Thu', Fr: 'Fri', Sa: 'Sat', Su: 'Sun', PH: 'public holidays', off: 'closed' },
};

/** "Mo-Fr 09:00-12:00; Sa 09:00-12:00" → "lun.–ven. 09:00–12:00 · sam. 09:00–12:00". */
export function openingHoursInWords(value: string, lang: BrochureLanguage): string {
  return value
    .split(';')
    .map((rule) =>
      rule
        .trim()
        .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH|off)\b/g, (token) => DAYS[lang][token])
        .replace(/(\S)-(\S)/g, '$1–$2')
        .replace(/,(?=\S)/g, ', ')
        .replace(/24\/7/, lang === 'fr' ? 'tous les jours, 24 h/24' : 'every day, 24/7'),
    )
    .filter(Boolean)
    .join(' · ');
}
