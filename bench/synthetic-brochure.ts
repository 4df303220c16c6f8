/**
 * A synthetic territory's brochure content, the same on every run (a seeded generator): for the
 * benchmarks that time brochures and that measure how legible they print.
 */
import { seededRandom } from '#common';
import { CATEGORIES, type Category, type OfferKind, type ShowcaseOffer, type ShowcaseProducer, type ShowcaseTerritory } from '#directory';
import { publicLinks, type BrochureContent } from '#printing';

export interface Named {
  label: string;
  content: BrochureContent;
}

const COMMUNES = [
  ['Parthenay', '79200'],
  ['Secondigny', '79130'],
  ['Ménigoute', '79340'],
  ['Mazières-en-Gâtine', '79310'],
  ['Vasles', '79340'],
  ['Champdeniers', '79220'],
  ['Saint-Pardoux-Soutiers', '79310'],
  ['Pougne-Hérisson', '79130'],
  ['Thénezay', '79390'],
  ['Airvault', '79600'],
  ['Coulonges-sur-l’Autize', '79160'],
  ['Moncoutant-sur-Sèvre', '79320'],
] as const;
const FIRST_NAMES = [
  'Marie',
  'Jean',
  'Sophie',
  'Pierre',
  'Isabelle',
  'Louis',
  'Camille',
  'Antoine',
  'Hélène',
  'Étienne',
  'Agnès',
  'François',
  'Céline',
  'Gaël',
  'Noémie',
];
const LAST_NAMES = [
  'Moreau',
  'Girard',
  'Bonnet',
  'Rousseau',
  'Fontaine',
  'Chevalier',
  'Brunet',
  'Garnier',
  'Perrin',
  'Lefèvre',
  'Mercier',
  'Boucher',
  'Giraud',
  'Rivière',
];
const TRADES: Record<Category, { place: string[]; text: string; offers: string[] }> = {
  fruits: {
    place: ['Le Verger de', 'Les Pommes de'],
    text: 'Pommes, poires et petits fruits cueillis à maturité, jus et compotes pressés à la ferme, sans traitement après floraison.',
    offers: ['un litre de jus de pomme', 'la cueillette de fraises'],
  },
  vegetables: {
    place: ['Le Jardin de', 'Les Légumes de'],
    text: 'Maraîchage en agriculture biologique sur deux hectares : légumes de saison, plants au printemps et paniers à composer sur place.',
    offers: ['un bouquet d’aromatiques', 'votre panier de légumes'],
  },
  meat: {
    place: ['La Ferme de', 'Le Pré de'],
    text: 'Élevage de vaches parthenaises nourries à l’herbe de la Gâtine ; colis de viande et caissettes de veau sur réservation.',
    offers: ['votre colis de viande', 'la visite de l’élevage'],
  },
  poultry: {
    place: ['Les Volailles de', 'La Basse-Cour de'],
    text: 'Poulets, pintades et canards élevés en plein air pendant au moins 110 jours, abattus et préparés à la ferme.',
    offers: ['une douzaine d’œufs', 'votre volaille entière'],
  },
  eggs: {
    place: ['Les Œufs de', 'Le Poulailler de'],
    text: 'Poules pondeuses en plein air sur un hectare de parcours, œufs ramassés chaque matin et vendus extra-frais au distributeur de la ferme.',
    offers: ['une douzaine d’œufs', 'la visite du poulailler'],
  },
  charcuterie: {
    place: ['La Salaison de', 'Le Fumoir de'],
    text: 'Charcuterie artisanale de porcs élevés sur paille : pâtés, rillettes, jambons séchés douze mois et saucisses fumées au bois de hêtre.',
    offers: ['un bocal de rillettes', 'la dégustation de charcuterie'],
  },
  dairy_cheese: {
    place: ['La Chèvrerie de', 'La Fromagerie de'],
    text: 'Fromages de chèvre au lait cru, moulés à la louche : chabichou, bûches cendrées et tommes affinées dans notre cave voûtée.',
    offers: ['un chabichou', 'la traite du soir'],
  },
  bakery_pastry: {
    place: ['Le Fournil de', 'La Boulange de'],
    text: 'Pain au levain cuit au feu de bois avec les farines de nos blés anciens, brioches vendéennes et tourteaux fromagers le week-end.',
    offers: ['un tourteau fromager', 'la visite du fournil'],
  },
  preserves_deli: {
    place: ['Les Conserves de', 'L’Épicerie de'],
    text: 'Confitures, chutneys et terrines préparés en petites séries avec les fruits et légumes des fermes voisines.',
    offers: ['un pot de confiture', 'votre coffret gourmand'],
  },
  honey: {
    place: ['Le Rucher de', 'Les Abeilles de'],
    text: 'Miels de printemps, de châtaignier et de bruyère récoltés dans le bocage ; pain d’épices et bougies à la cire d’abeille.',
    offers: ['un pot de miel de 250 g', 'la visite du rucher'],
  },
  wine_drinks: {
    place: ['Le Chai de', 'La Cidrerie de'],
    text: 'Cidre brut et pétillant de pommes à couteau, pineau et bière blonde brassée avec l’orge de la ferme.',
    offers: ['une bouteille de cidre', 'la dégustation au chai'],
  },
  plants_flowers: {
    place: ['La Pépinière de', 'Les Fleurs de'],
    text: 'Vivaces rustiques, arbres fruitiers d’anciennes variétés locales et fleurs coupées du jardin, conseils de plantation compris.',
    offers: ['un plant de vivace', 'votre bouquet de saison'],
  },
  crafts: {
    place: ['L’Atelier de', 'La Poterie de'],
    text: 'Poteries en grès tournées à la main, vannerie d’osier et objets en bois de châtaignier fabriqués sur place.',
    offers: ['un bol en grès', 'la visite de l’atelier'],
  },
};
const CONDITIONS = [
  'Sur présentation du pass, dans la limite des stocks.',
  'Sur réservation la veille au plus tard.',
  'Hors jours fériés ; une offre par famille.',
  '',
];
const HOURS = ['Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:30', 'We,Fr 16:00-19:00; Sa 09:00-13:00', 'Tu-Sa 08:30-12:30,15:00-19:00', 'Sa 09:00-12:00', ''];
const code = (next: () => number) => Array.from({ length: 8 }, () => '23456789abcdefghjkmnpqrstuvwxyz'[Math.floor(next() * 31)]).join('');
const KM_PER_DEGREE = 111.32;

export function syntheticContent(count: number, territory: ShowcaseTerritory, base: string, date: string): Named {
  const next = seededRandom(42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const home = { latitude: 46.6, longitude: -0.3 };
  const year = date.slice(0, 4);
  const producers: ShowcaseProducer[] = Array.from({ length: count }, (_, i) => {
    const categories = [...new Set([pick(CATEGORIES), ...(next() < 0.4 ? [pick(CATEGORIES)] : [])])];
    const trade = TRADES[categories[0]];
    const [commune, postcode] = pick(COMMUNES);
    const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const latitude = home.latitude + (next() - 0.5) * 0.5;
    const longitude = home.longitude + (next() - 0.5) * 0.7;
    const dx = (longitude - home.longitude) * KM_PER_DEGREE * Math.cos((home.latitude * Math.PI) / 180);
    const dy = (latitude - home.latitude) * KM_PER_DEGREE;
    const offers: ShowcaseOffer[] = Array.from({ length: 1 + Math.floor(next() * 2) }, (_offer, j) => {
      const kind = pick<OfferKind>(['percent_off', 'amount_off', 'gift', 'visit', 'tasting']);
      const conditions = pick(CONDITIONS);
      return {
        id: `offer-${i}-${j}`,
        title: { fr: `${kind === 'percent_off' || kind === 'amount_off' ? 'Sur' : 'Pour'} ${trade.offers[j % trade.offers.length]}` },
        conditions: conditions ? { fr: conditions } : null,
        kind,
        value: kind === 'percent_off' ? pick([5, 10, 15]) : kind === 'amount_off' ? pick([200, 350, 500]) : null,
        minPurchaseCents: kind === 'percent_off' || kind === 'amount_off' ? pick([null, 1500, 2000]) : null,
        validFrom: `${year}-01-01`,
        validTo: next() < 0.5 ? `${year}-12-31` : `${year}-${pick(['09-30', '10-31', '11-30'])}`,
        usesPerPass: pick([1, 1, 2]),
      };
    });
    return {
      id: `producer-${i}`,
      code: code(next),
      slug: `producer-${i}`,
      name: `${pick(trade.place)} ${person}`,
      description: { fr: `${trade.text} Accueil par ${person.split(' ')[0]} à ${commune}.` },
      categories,
      address: `${1 + Math.floor(next() * 40)} ${pick(['rue du Bourg', 'route de Parthenay', 'chemin des Vignes', 'lieu-dit La Bergerie', 'impasse du Moulin'])}`,
      postcode,
      commune,
      inseeCode: null,
      latitude: Number(latitude.toFixed(5)),
      longitude: Number(longitude.toFixed(5)),
      phone:
        next() < 0.85 ? `05 49 ${String(10 + Math.floor(next() * 89))} ${String(10 + Math.floor(next() * 89))} ${String(10 + Math.floor(next() * 89))}` : null,
      website: null,
      openingHours: pick(HOURS) || null,
      hoursNote: null,
      labels: [],
      visitConditions: null,
      distanceKm: Math.round(Math.hypot(dx, dy) * 10) / 10,
      offers,
    };
  }).sort((a, b) => a.distanceKm - b.distanceKm);
  return {
    label: `synthetic, ${count} producers`,
    content: {
      territory,
      accommodation: { name: 'Gîte de la Grange aux Hirondelles', ...home, commune: 'Parthenay', pageUrl: publicLinks.accommodation(base, 'k7m3q9tx') },
      producers,
      producerUrl: (p) => publicLinks.producer(base, p.code),
      date,
      printedAt: new Date(),
    },
  };
}
