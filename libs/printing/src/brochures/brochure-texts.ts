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
      {
        title: 'Scannez',
        text: 'le QR code de la couverture, ou tapez son adresse : les producteurs les plus proches, ce qui est ouvert aujourd’hui et l’itinéraire.',
      },
      { title: 'Rendez visite', text: 'au producteur de votre choix : vérifiez ses horaires dans cette brochure, appelez au besoin.' },
      {
        title: 'Montrez votre pass',
        text: 'ou cette brochure avant de payer : le bon plan s’applique, pour la durée de votre séjour, dans les conditions indiquées.',
      },
    ],
    territoryHeading: 'Tous nos producteurs, à\u00a0portée de main',
    territoryScan: 'Scannez pour voir tous nos producteurs, leurs bons plans et ce qui est ouvert aujourd’hui.',
    offerCount: (offers: number, producers: number) =>
      `${plural('fr', offers, { one: 'un bon plan', other: '{n} bons plans' })} chez ${plural('fr', producers, { one: 'un producteur', other: '{n} producteurs' })}`,
    website: 'Sur le web',
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
        { title: 'Scan', text: 'the QR code on the cover, or type its address: the nearest producers, what is open today and how to get there.' },
        { title: 'Visit', text: 'the producer of your choice: check the opening hours in this brochure, call if needed.' },
        { title: 'Show your pass', text: 'or this brochure before paying: the offer applies for your whole stay, on the conditions given.' },
      ],
      territoryHeading: 'All our producers, at hand',
      territoryScan: 'Scan to see all our producers, their offers and what is open today.',
      offerCount: (offers: number, producers: number) =>
        `${plural('en', offers, { one: 'one offer', other: '{n} offers' })} from ${plural('en', producers, { one: 'one producer', other: '{n} producers' })}`,
      website: 'On the web',
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
