/**
 * Demo content for "Terroir Pass", modelled on a rural tourism association of the Gâtine (Deux-Sèvres).
 *
 * Every business below is INVENTED: names, addresses, phone numbers and e-mail addresses are made up
 * (e-mails and websites use the reserved `.test` top-level domain). Only the communes, their postcodes
 * and the approximate coordinates are real, so that maps and "near me" searches look plausible.
 */

export type DemoCategory =
  | 'fruits'
  | 'vegetables'
  | 'meat'
  | 'poultry'
  | 'charcuterie'
  | 'dairy_cheese'
  | 'bakery_pastry'
  | 'preserves_deli'
  | 'honey'
  | 'wine_drinks'
  | 'plants_flowers'
  | 'crafts';

export interface DemoText {
  fr: string;
  en: string;
  nl?: string;
  de?: string;
}

export interface DemoOffer {
  /** Max 120 characters in each language. */
  title: DemoText;
  /** Max 500 characters in each language. */
  conditions?: DemoText;
  kind: 'percent_off' | 'amount_off' | 'gift' | 'visit' | 'tasting';
  /** percent_off: the percentage (1–100); amount_off: cents (≥ 1); gift, visit, tasting: optional retail worth in cents. */
  value?: number;
  minPurchaseCents?: number;
  /** 1..3 */
  usesPerPass?: number;
  /** Total uses over all passes. */
  quota?: number;
  /** First and last month (1–12) of validity within the year; omitted: year-round. */
  months?: [number, number];
  status: 'published' | 'draft' | 'paused' | 'pending_review';
}

export interface DemoProducer {
  name: string;
  description: DemoText;
  categories: DemoCategory[];
  address: string;
  postcode: string;
  commune: string;
  latitude: number;
  longitude: number;
  /** Must match /^\+?[0-9 ().-]{6,20}$/ */
  phone: string;
  email: string;
  website?: string;
  /** OpenStreetMap opening_hours syntax. */
  openingHours: string;
  /** Lowercase words matching /^[a-z0-9_]{2,40}$/ */
  labels: string[];
  visitConditions?: DemoText;
  offers: DemoOffer[];
}

export interface DemoAccommodation {
  kind: 'gite' | 'chambre_hotes' | 'camping' | 'hotel' | 'other';
  name: string;
  description: DemoText;
  address: string;
  postcode: string;
  commune: string;
  latitude: number;
  longitude: number;
  capacity: number;
  phone: string;
  email: string;
}

export const DEMO_TERRITORY: {
  name: string;
  slug: string;
  languages: ('fr' | 'en' | 'nl' | 'de')[];
  timeZone: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  primaryColor: string;
  secondaryColor: string;
  offersNeedReview: boolean;
  funders: string[];
  domains: string[];
} = {
  name: 'Les Bons Plans de Gâtine',
  slug: 'gatine',
  languages: ['fr', 'en', 'nl', 'de'],
  timeZone: 'Europe/Paris',
  contactEmail: 'contact@bonsplans-gatine.test',
  contactPhone: '+33 5 49 64 20 18',
  website: 'https://bonsplans-gatine.test',
  primaryColor: '#2f6b3a',
  secondaryColor: '#e8b23a',
  offersNeedReview: false,
  // their logos are drawn by demo-images.ts
  funders: ['Région Nouvelle-Aquitaine', 'Programme LEADER Gâtine'],
  // the demo's public site is what http://localhost:3000/ shows
  domains: ['localhost'],
};

export const DEMO_PRODUCERS: DemoProducer[] = [
  // 1 — goat cheese (also the producer linked to the demo producer account)
  {
    name: 'La Chèvrerie des Brandes',
    description: {
      fr: 'Une soixantaine de chèvres poitevines élevées en plein air et des fromages fermiers au lait cru : crottins frais ou affinés, bûches cendrées et tourteaux fromagers cuits au four à bois.',
      en: 'About sixty Poitou goats raised outdoors, and raw-milk farmhouse cheeses: fresh and aged crottins, ash-coated logs and tourteau fromager baked in a wood-fired oven.',
      nl: 'Zo’n zestig Poitou-geiten die buiten grazen, en boerenkaas van rauwe melk: verse en gerijpte crottins, geitenrolletjes met as en tourteau fromager uit de houtoven.',
      de: 'Rund sechzig Poitou-Ziegen mit Weidegang und Hofkäse aus Rohmilch: frische und gereifte Crottins, Ziegenrollen in Asche und Tourteau fromager aus dem Holzofen.',
    },
    categories: ['dairy_cheese'],
    address: 'Lieu-dit les Brandes',
    postcode: '79160',
    commune: 'Fenioux',
    latitude: 46.5518,
    longitude: -0.4871,
    phone: '+33549254187',
    email: 'contact@chevrerie-des-brandes.test',
    website: 'https://chevrerie-des-brandes.test',
    openingHours: 'Mo-Sa 17:30-19:00; PH off',
    labels: ['bienvenue_a_la_ferme', 'fermier'],
    visitConditions: {
      fr: 'Traite visible tous les jours à 17 h 30, sur réservation la veille. Chaussures fermées conseillées.',
      en: 'Milking can be watched every day at 5:30 pm; please book the day before. Closed shoes recommended.',
    },
    offers: [
      {
        title: { fr: '10 % sur les fromages', en: '10% off cheeses', nl: '10% korting op kaas', de: '10 % Rabatt auf Käse' },
        conditions: {
          fr: 'Valable à la boutique de la ferme, hors plateaux de fromages sur commande.',
          en: 'At the farm shop; cheese platters made to order are excluded.',
        },
        kind: 'percent_off',
        value: 10,
        usesPerPass: 3,
        status: 'published',
      },
      {
        title: {
          fr: 'Visite de la chèvrerie et de la traite offerte',
          en: 'Free tour of the goat barn and milking',
          nl: 'Gratis rondleiding door de geitenstal en het melken',
          de: 'Kostenlose Führung durch den Ziegenstall mit Melken',
        },
        conditions: {
          fr: 'Du lundi au samedi à 17 h 30, sur réservation la veille.',
          en: 'Monday to Saturday at 5:30 pm; book the day before.',
        },
        kind: 'visit',
        value: 500,
        usesPerPass: 1,
        quota: 150,
        status: 'published',
      },
    ],
  },
  // 2 — market gardener
  {
    name: 'Les Jardins de la Vergnaie',
    description: {
      fr: 'Plus de cinquante variétés de légumes de saison cultivés en agriculture biologique au bord du Thouet, vendus à la ferme et en paniers hebdomadaires.',
      en: 'Over fifty varieties of seasonal vegetables grown organically by the Thouet river, sold at the farm and in weekly veg boxes.',
      nl: 'Meer dan vijftig soorten seizoensgroenten, biologisch geteeld aan de oever van de Thouet, te koop op de boerderij en in wekelijkse groentepakketten.',
      de: 'Über fünfzig saisonale Gemüsesorten aus biologischem Anbau am Ufer des Thouet, erhältlich im Hofladen und als wöchentliche Gemüsekiste.',
    },
    categories: ['vegetables'],
    address: 'La Vergnaie',
    postcode: '79200',
    commune: 'Le Tallud',
    latitude: 46.6342,
    longitude: -0.2925,
    phone: '+33671382490',
    email: 'bonjour@jardins-vergnaie.test',
    openingHours: 'Tu,Fr 16:30-19:00; Sa 09:00-12:00',
    labels: ['organic', 'circuit_court'],
    offers: [
      {
        title: {
          fr: '2 € offerts dès 15 € d’achat',
          en: '€2 off when you spend €15',
          nl: '€ 2 korting vanaf € 15 aankoop',
          de: '2 € Rabatt ab 15 € Einkauf',
        },
        conditions: {
          fr: 'Une fois par pass, hors paniers sur abonnement.',
          en: 'Once per pass; subscription veg boxes excluded.',
        },
        kind: 'amount_off',
        value: 200,
        minPurchaseCents: 1500,
        usesPerPass: 1,
        status: 'published',
      },
    ],
  },
  // 3 — Parthenaise beef
  {
    name: 'Élevage de la Boissière',
    description: {
      fr: 'Un troupeau de vaches parthenaises nourries à l’herbe des prairies bocagères ; viande maturée vendue en colis de 5 et 10 kg, et au détail le vendredi.',
      en: 'A herd of grass-fed Parthenaise cattle grazing hedged meadows; dry-aged beef sold in 5 and 10 kg boxes, and by the cut on Fridays.',
      nl: 'Een kudde grasgevoerde Parthenaise-koeien in de weiden van het coulisselandschap; gerijpt rundvlees in pakketten van 5 en 10 kg, en op vrijdag per stuk.',
      de: 'Eine Herde grasgefütterter Parthenaise-Rinder auf den Heckenweiden der Gâtine; gereiftes Rindfleisch in Paketen zu 5 und 10 kg, freitags auch einzeln.',
    },
    categories: ['meat'],
    address: 'La Boissière',
    postcode: '79340',
    commune: 'Ménigoute',
    latitude: 46.5041,
    longitude: -0.0652,
    phone: '+33549691258',
    email: 'contact@elevage-boissiere.test',
    openingHours: 'Fr 14:00-19:00; Sa 09:00-12:00',
    labels: ['race_parthenaise', 'bienvenue_a_la_ferme'],
    visitConditions: {
      fr: 'Visite des prés et de la stabulation le samedi matin, sur rendez-vous.',
      en: 'Tour of the pastures and the barn on Saturday mornings, by appointment.',
    },
    offers: [
      {
        title: { fr: '5 % sur les colis de viande', en: '5% off meat boxes', nl: '5% korting op vleespakketten', de: '5 % Rabatt auf Fleischpakete' },
        conditions: {
          fr: 'Colis de 5 ou 10 kg à réserver une semaine à l’avance.',
          en: '5 or 10 kg boxes, to be ordered a week in advance.',
        },
        kind: 'percent_off',
        value: 5,
        minPurchaseCents: 5000,
        usesPerPass: 1,
        status: 'published',
      },
      {
        title: {
          fr: 'Visite de l’élevage de parthenaises',
          en: 'Tour of the Parthenaise cattle farm',
          nl: 'Rondleiding bij de Parthenaise-koeien',
          de: 'Führung durch die Parthenaise-Rinderzucht',
        },
        conditions: {
          fr: 'Le samedi à 10 h, sur rendez-vous ; durée 1 h environ.',
          en: 'Saturdays at 10 am, by appointment; about one hour.',
        },
        kind: 'visit',
        value: 600,
        quota: 100,
        status: 'published',
      },
    ],
  },
  // 4 — poultry
  {
    name: 'La Volaillerie de la Pommeraie',
    description: {
      fr: 'Poulets, pintades et canards élevés en plein air et nourris aux céréales de la ferme, abattus et préparés sur place ; œufs frais tous les jours.',
      en: 'Free-range chickens, guinea fowl and ducks fed on the farm’s own grain, slaughtered and prepared on site; fresh eggs every day.',
    },
    categories: ['poultry'],
    address: 'La Pommeraie',
    postcode: '79130',
    commune: 'Secondigny',
    latitude: 46.6021,
    longitude: -0.4233,
    phone: '+33608541736',
    email: 'contact@volailles-pommeraie.test',
    openingHours: 'We,Fr 15:00-19:00; Sa 09:00-12:30',
    labels: ['plein_air', 'bienvenue_a_la_ferme'],
    offers: [
      {
        title: { fr: '6 œufs frais offerts', en: 'Six fresh eggs free' },
        conditions: {
          fr: 'Dès 10 € d’achat, dans la limite des stocks disponibles.',
          en: 'With a €10 purchase, while stocks last.',
        },
        kind: 'gift',
        value: 240,
        minPurchaseCents: 1000,
        usesPerPass: 1,
        status: 'published',
      },
      {
        title: { fr: '10 % sur les volailles entières', en: '10% off whole birds' },
        conditions: {
          fr: 'Volailles entières prêtes à cuire, hors chapons de Noël.',
          en: 'Oven-ready whole birds; Christmas capons excluded.',
        },
        kind: 'percent_off',
        value: 10,
        usesPerPass: 2,
        status: 'paused',
      },
    ],
  },
  // 5 — charcuterie
  {
    name: 'Charcuterie du Vieux Four',
    description: {
      fr: 'Charcuterie artisanale à partir de porcs élevés en Gâtine : jambon sec, rillettes, pâté de campagne et farci poitevin préparé selon la recette de la grand-mère.',
      en: 'Traditional charcuterie from pigs raised in the Gâtine: dry-cured ham, rillettes, country pâté and farci poitevin, a herb-and-greens terrine made to grandmother’s recipe.',
      nl: 'Ambachtelijke vleeswaren van varkens uit de Gâtine: gedroogde ham, rillettes, boerenpaté en farci poitevin volgens grootmoeders recept.',
      de: 'Handwerkliche Wurstwaren von Schweinen aus der Gâtine: luftgetrockneter Schinken, Rillettes, Landpastete und Farci poitevin nach Großmutters Rezept.',
    },
    categories: ['charcuterie', 'preserves_deli'],
    address: '3 place du Champ de Foire',
    postcode: '79220',
    commune: 'Champdeniers',
    latitude: 46.4812,
    longitude: -0.3987,
    phone: '+33549256302',
    email: 'boutique@charcuterie-vieux-four.test',
    website: 'https://charcuterie-vieux-four.test',
    openingHours: 'Tu-Sa 08:30-12:30,15:00-19:00; Su 09:00-12:00',
    labels: ['fait_maison', 'porc_fermier'],
    offers: [
      {
        title: {
          fr: '3 € offerts dès 25 € d’achat',
          en: '€3 off when you spend €25',
          nl: '€ 3 korting vanaf € 25 aankoop',
          de: '3 € Rabatt ab 25 € Einkauf',
        },
        kind: 'amount_off',
        value: 300,
        minPurchaseCents: 2500,
        usesPerPass: 1,
        status: 'published',
      },
      {
        title: {
          fr: 'Dégustation de rillettes et de farci poitevin',
          en: 'Tasting of rillettes and farci poitevin',
          nl: 'Proeverij van rillettes en farci poitevin',
          de: 'Verkostung von Rillettes und Farci poitevin',
        },
        conditions: {
          fr: 'Du mardi au samedi, pour 1 à 4 personnes.',
          en: 'Tuesday to Saturday, for 1 to 4 people.',
        },
        kind: 'tasting',
        value: 400,
        status: 'published',
      },
    ],
  },
  // 6 — baker and pastry cook
  {
    name: 'Boulangerie-Pâtisserie Le Broyé Doré',
    description: {
      fr: 'Pains au levain cuits au feu de bois, broyé du Poitou pur beurre et tourteaux fromagers : la pâtisserie du terroir comme on la fait depuis trois générations.',
      en: 'Wood-fired sourdough bread, all-butter broyé du Poitou shortbread and tourteau fromager: local baking as it has been done for three generations.',
      nl: 'Zuurdesembrood uit de houtoven, broyé du Poitou met roomboter en tourteau fromager: streekgebak zoals het al drie generaties wordt gemaakt.',
      de: 'Sauerteigbrot aus dem Holzofen, Broyé du Poitou mit reiner Butter und Tourteau fromager: regionales Backwerk wie seit drei Generationen.',
    },
    categories: ['bakery_pastry'],
    address: '14 Grande Rue',
    postcode: '79310',
    commune: 'Mazières-en-Gâtine',
    latitude: 46.5262,
    longitude: -0.3141,
    phone: '+33549632715',
    email: 'contact@le-broye-dore.test',
    openingHours: 'Tu-Sa 06:30-13:00,15:30-19:00; Su 07:00-12:30',
    labels: ['artisan', 'fait_maison'],
    offers: [
      {
        title: {
          fr: 'Un petit broyé du Poitou offert',
          en: 'A small broyé du Poitou on the house',
          nl: 'Een kleine broyé du Poitou cadeau',
          de: 'Ein kleiner Broyé du Poitou gratis',
        },
        conditions: {
          fr: 'Dès 10 € d’achat, une fois par pass.',
          en: 'With a €10 purchase, once per pass.',
        },
        kind: 'gift',
        value: 350,
        minPurchaseCents: 1000,
        usesPerPass: 1,
        status: 'published',
      },
      {
        title: { fr: '10 % sur les tourteaux fromagers', en: '10% off tourteaux fromagers' },
        kind: 'percent_off',
        value: 10,
        status: 'draft',
      },
    ],
  },
  // 7 — preserves
  {
    name: 'Les Conserves de Margot',
    description: {
      fr: 'Confitures, chutneys, soupes et terrines cuisinés en petites séries avec les fruits et légumes des fermes voisines, sans conservateur.',
      en: 'Jams, chutneys, soups and terrines cooked in small batches with fruit and vegetables from neighbouring farms, with no preservatives.',
    },
    categories: ['preserves_deli'],
    address: 'La Touche',
    postcode: '79310',
    commune: 'Saint-Pardoux-Soutiers',
    latitude: 46.5786,
    longitude: -0.3012,
    phone: '+33632904511',
    email: 'margot@conserves-margot.test',
    openingHours: 'We 14:00-18:00; Sa 09:30-12:30',
    labels: ['fait_maison', 'circuit_court'],
    offers: [
      {
        title: { fr: '15 % dès 3 pots achetés', en: '15% off when you buy 3 jars' },
        conditions: {
          fr: 'Remise appliquée sur l’ensemble des pots, panachage possible.',
          en: 'Applies to all the jars bought; mix and match allowed.',
        },
        kind: 'percent_off',
        value: 15,
        usesPerPass: 2,
        status: 'published',
      },
    ],
  },
  // 8 — beekeeper
  {
    name: 'Le Rucher des Bruyères',
    description: {
      fr: 'Deux cents ruches installées dans les bois et les landes de Gâtine : miels de châtaignier, de bruyère, de printemps et de tournesol, pain d’épices et bougies en cire.',
      en: 'Two hundred hives in the woods and heathland of the Gâtine: chestnut, heather, spring and sunflower honeys, plus gingerbread and beeswax candles.',
      nl: 'Tweehonderd bijenkasten in de bossen en heidevelden van de Gâtine: kastanje-, heide-, lente- en zonnebloemhoning, peperkoek en kaarsen van bijenwas.',
      de: 'Zweihundert Bienenstöcke in den Wäldern und Heiden der Gâtine: Kastanien-, Heide-, Frühlings- und Sonnenblumenhonig, dazu Lebkuchen und Bienenwachskerzen.',
    },
    categories: ['honey'],
    address: 'Les Bruyères',
    postcode: '79130',
    commune: 'Allonne',
    latitude: 46.5874,
    longitude: -0.3826,
    phone: '+33645127803',
    email: 'miel@rucher-des-bruyeres.test',
    website: 'https://rucher-des-bruyeres.test',
    openingHours: 'We,Sa 10:00-12:30,14:30-18:00; PH off',
    labels: ['organic', 'apiculture'],
    visitConditions: {
      fr: 'Visite du rucher de mai à septembre, par temps sec ; vareuses et voiles fournis.',
      en: 'Apiary visits from May to September in dry weather; bee suits and veils provided.',
    },
    offers: [
      {
        title: { fr: 'Dégustation de miels', en: 'Honey tasting', nl: 'Honingproeverij', de: 'Honigverkostung' },
        conditions: {
          fr: 'Cinq miels de la saison à goûter à la miellerie.',
          en: 'Taste five of the season’s honeys at the honey house.',
        },
        kind: 'tasting',
        value: 300,
        status: 'published',
      },
      {
        title: {
          fr: '1,50 € offert dès 12 € d’achat',
          en: '€1.50 off when you spend €12',
          nl: '€ 1,50 korting vanaf € 12 aankoop',
          de: '1,50 € Rabatt ab 12 € Einkauf',
        },
        kind: 'amount_off',
        value: 150,
        minPurchaseCents: 1200,
        usesPerPass: 1,
        status: 'published',
      },
      {
        title: {
          fr: 'Visite du rucher en tenue d’apiculteur',
          en: 'Apiary visit in a beekeeper’s suit',
          nl: 'Bezoek aan de bijenstal in imkerpak',
          de: 'Bienenstand-Besuch im Imkeranzug',
        },
        conditions: {
          fr: 'De mai à septembre, le samedi après-midi, sur réservation ; à partir de 8 ans.',
          en: 'May to September, Saturday afternoons, booking required; ages 8 and up.',
        },
        kind: 'visit',
        value: 1200,
        usesPerPass: 1,
        quota: 60,
        months: [5, 9],
        status: 'published',
      },
    ],
  },
  // 9 — cider and pommeau
  {
    name: 'Le Pressoir de la Chaintre',
    description: {
      fr: 'Cidre fermier, jus de pomme et pommeau issus de vergers haute tige de variétés anciennes, pressés et mis en bouteille à la ferme.',
      en: 'Farm cider, apple juice and pommeau from traditional standard orchards of heritage varieties, pressed and bottled on the farm.',
      nl: 'Boerencider, appelsap en pommeau van hoogstamboomgaarden met oude rassen, geperst en gebotteld op de boerderij.',
      de: 'Hofcidre, Apfelsaft und Pommeau aus Streuobstwiesen mit alten Sorten, auf dem Hof gepresst und abgefüllt.',
    },
    categories: ['wine_drinks', 'fruits'],
    address: 'La Chaintre',
    postcode: '79240',
    commune: 'Vernoux-en-Gâtine',
    latitude: 46.6391,
    longitude: -0.5098,
    phone: '+33549953864',
    email: 'contact@pressoir-chaintre.test',
    openingHours: 'Fr 14:00-18:30; Sa 09:00-12:00,14:00-18:00',
    labels: ['organic', 'fermier'],
    offers: [
      {
        title: {
          fr: 'Dégustation de cidres et de pommeau',
          en: 'Cider and pommeau tasting',
          nl: 'Proeverij van cider en pommeau',
          de: 'Verkostung von Cidre und Pommeau',
        },
        conditions: {
          fr: 'L’abus d’alcool est dangereux pour la santé ; jus de pomme pour les mineurs.',
          en: 'Please drink responsibly; apple juice for under-18s.',
        },
        kind: 'tasting',
        value: 300,
        status: 'published',
      },
      {
        title: {
          fr: '10 % sur les cartons de 6 bouteilles',
          en: '10% off cases of six bottles',
          nl: '10% korting op dozen van 6 flessen',
          de: '10 % Rabatt auf 6er-Kartons',
        },
        kind: 'percent_off',
        value: 10,
        usesPerPass: 1,
        status: 'published',
      },
    ],
  },
  // 10 — craft brewery
  {
    name: 'Brasserie de la Gâtinelle',
    description: {
      fr: 'Microbrasserie artisanale brassant blondes, ambrées et bières de saison avec de l’orge maltée en Poitou et du houblon cultivé sur place.',
      en: 'Craft microbrewery making blond, amber and seasonal beers with Poitou-malted barley and hops grown on site.',
    },
    categories: ['wine_drinks'],
    address: '5 rue du Houblon',
    postcode: '79200',
    commune: 'Parthenay',
    latitude: 46.6453,
    longitude: -0.2524,
    phone: '+33549645821',
    email: 'brasserie@gatinelle.test',
    website: 'https://gatinelle.test',
    openingHours: 'We-Fr 16:00-19:30; Sa 10:00-13:00,15:00-19:00',
    labels: ['artisan', 'organic'],
    offers: [
      {
        title: { fr: 'Visite de la brasserie', en: 'Brewery tour' },
        conditions: {
          fr: 'Le samedi à 11 h, sur inscription.',
          en: 'Saturdays at 11 am, booking required.',
        },
        kind: 'visit',
        value: 500,
        status: 'pending_review',
      },
      {
        title: { fr: 'Un verre gravé offert', en: 'A free engraved glass' },
        conditions: {
          fr: 'Dès 20 € d’achat, un verre par pass.',
          en: 'With a €20 purchase, one glass per pass.',
        },
        kind: 'gift',
        value: 400,
        minPurchaseCents: 2000,
        usesPerPass: 1,
        status: 'published',
      },
    ],
  },
  // 11 — strawberries
  {
    name: 'Les Fraises du Bois Joli',
    description: {
      fr: 'Fraises, framboises et groseilles en cueillette libre ou déjà cueillies, de mai à juillet, sur des parcelles cultivées sans traitement chimique.',
      en: 'Pick-your-own or ready-picked strawberries, raspberries and redcurrants from May to July, grown without chemical sprays.',
      nl: 'Aardbeien, frambozen en aalbessen om zelf te plukken of kant-en-klaar, van mei tot juli, geteeld zonder chemische bestrijdingsmiddelen.',
      de: 'Erdbeeren, Himbeeren und Johannisbeeren zum Selbstpflücken oder fertig gepflückt, von Mai bis Juli, ohne chemischen Pflanzenschutz angebaut.',
    },
    categories: ['fruits'],
    address: 'Le Bois Joli',
    postcode: '79200',
    commune: 'Pompaire',
    latitude: 46.6047,
    longitude: -0.2418,
    phone: '+33687235164',
    email: 'contact@fraises-bois-joli.test',
    openingHours: 'Mo-Sa 09:00-12:00,15:00-19:00',
    labels: ['cueillette', 'circuit_court'],
    offers: [
      {
        title: {
          fr: '10 % sur la cueillette de fraises',
          en: '10% off pick-your-own strawberries',
          nl: '10% korting op zelfgeplukte aardbeien',
          de: '10 % Rabatt auf selbst gepflückte Erdbeeren',
        },
        conditions: {
          fr: 'Pendant la saison, selon la météo et la maturité des fruits.',
          en: 'During the season, depending on the weather and the ripeness of the fruit.',
        },
        kind: 'percent_off',
        value: 10,
        usesPerPass: 3,
        months: [5, 7],
        status: 'published',
      },
    ],
  },
  // 12 — orchard
  {
    name: 'Le Verger des Coteaux',
    description: {
      fr: 'Pommes, poires et coings de variétés anciennes et modernes, jus de pomme pétillant et compotes maison, dans un verger familial du bocage.',
      en: 'Heritage and modern apples, pears and quinces, sparkling apple juice and home-made compotes from a family orchard in the bocage.',
    },
    categories: ['fruits', 'wine_drinks'],
    address: 'Les Coteaux',
    postcode: '79320',
    commune: 'Moncoutant-sur-Sèvre',
    latitude: 46.7198,
    longitude: -0.5934,
    phone: '+33549721690',
    email: 'verger@coteaux-sevre.test',
    openingHours: 'We,Sa 09:00-12:00,14:00-18:00; PH off',
    labels: ['vergers_ecoresponsables'],
    offers: [
      {
        title: { fr: '2 € offerts dès 15 € de fruits', en: '€2 off when you spend €15 on fruit' },
        conditions: {
          fr: 'Pendant la saison des pommes, de septembre à décembre.',
          en: 'During the apple season, September to December.',
        },
        kind: 'amount_off',
        value: 200,
        minPurchaseCents: 1500,
        usesPerPass: 1,
        months: [9, 12],
        status: 'published',
      },
      {
        title: { fr: 'Dégustation de jus de pomme et de compotes', en: 'Apple juice and compote tasting' },
        kind: 'tasting',
        value: 200,
        status: 'published',
      },
    ],
  },
  // 13 — plant nursery
  {
    name: 'Pépinière des Terres Froides',
    description: {
      fr: 'Plants potagers, aromatiques, vivaces et arbustes de haies champêtres produits sur place, adaptés aux sols acides de la Gâtine.',
      en: 'Vegetable seedlings, herbs, perennials and native hedgerow shrubs grown on site and suited to the acid soils of the Gâtine.',
    },
    categories: ['plants_flowers'],
    address: 'Les Terres Froides',
    postcode: '79310',
    commune: 'Vouhé',
    latitude: 46.5508,
    longitude: -0.2251,
    phone: '+33549638447',
    email: 'contact@pepiniere-terres-froides.test',
    website: 'https://pepiniere-terres-froides.test',
    openingHours: 'Mo-Sa 09:00-12:00,14:00-18:30; PH off',
    labels: ['organic', 'vegetal_local'],
    offers: [
      {
        title: { fr: 'Un plant d’aromatique offert', en: 'A free herb plant' },
        conditions: {
          fr: 'Dès 15 € d’achat, au choix parmi les aromatiques du moment.',
          en: 'With a €15 purchase; choose from the herbs in stock.',
        },
        kind: 'gift',
        value: 300,
        minPurchaseCents: 1500,
        usesPerPass: 1,
        status: 'published',
      },
    ],
  },
  // 14 — potter
  {
    name: 'L’Atelier du Potier de la Cressonnière',
    description: {
      fr: 'Grès et faïence tournés à la main et cuits au four à bois : bols, pichets et vaisselle aux émaux inspirés des couleurs du Thouet.',
      en: 'Hand-thrown stoneware and earthenware fired in a wood kiln: bowls, jugs and tableware with glazes inspired by the colours of the Thouet.',
    },
    categories: ['crafts'],
    address: 'La Cressonnière',
    postcode: '79600',
    commune: 'Saint-Loup-Lamairé',
    latitude: 46.7833,
    longitude: -0.1752,
    phone: '+33614623908',
    email: 'atelier@potier-cressonniere.test',
    openingHours: 'Th-Sa 10:00-12:30,14:00-18:30',
    labels: ['artisan', 'metiers_d_art'],
    visitConditions: {
      fr: 'Atelier ouvert aux visiteurs du jeudi au samedi ; démonstrations de tournage à 15 h.',
      en: 'The workshop welcomes visitors Thursday to Saturday; wheel-throwing demonstrations at 3 pm.',
    },
    offers: [
      {
        title: { fr: 'Démonstration de tournage à l’atelier', en: 'Pottery wheel demonstration in the workshop' },
        conditions: {
          fr: 'Du jeudi au samedi à 15 h, groupes de 6 personnes au plus.',
          en: 'Thursday to Saturday at 3 pm, groups of up to 6 people.',
        },
        kind: 'visit',
        status: 'published',
      },
    ],
  },
  // 15 — basket maker
  {
    name: 'Osier et Châtaignier',
    description: {
      fr: 'Vannerie en osier cultivé au bord de l’Autize, et piquets, tuteurs et mobilier de jardin en châtaignier fendu.',
      en: 'Baskets woven from willow grown by the Autize river, plus split-chestnut stakes, plant supports and garden furniture.',
    },
    categories: ['crafts'],
    address: '2 chemin des Vanniers',
    postcode: '79160',
    commune: "Coulonges-sur-l'Autize",
    latitude: 46.4867,
    longitude: -0.6021,
    phone: '+33659412783',
    email: 'bonjour@osier-chataignier.test',
    openingHours: 'Tu-Sa 14:00-18:30',
    labels: ['artisan', 'metiers_d_art'],
    offers: [
      {
        title: { fr: '10 % sur les paniers en osier', en: '10% off wicker baskets' },
        conditions: {
          fr: 'Hors pièces réalisées sur commande.',
          en: 'Made-to-order pieces excluded.',
        },
        kind: 'percent_off',
        value: 10,
        usesPerPass: 1,
        status: 'published',
      },
    ],
  },
  // 16 — sheep farm
  {
    name: 'La Bergerie du Puy Rond',
    description: {
      fr: 'Un troupeau de brebis au pâturage toute l’année, au cœur du pays du mouton : agneau fermier en caissettes, merguez maison, tommes et yaourts au lait de brebis.',
      en: 'A flock of ewes grazing all year round in the heart of sheep country: farm lamb in boxes, home-made merguez, and sheep’s milk tommes and yoghurts.',
    },
    categories: ['meat', 'dairy_cheese'],
    address: 'Le Puy Rond',
    postcode: '79340',
    commune: 'Vasles',
    latitude: 46.5712,
    longitude: -0.0341,
    phone: '+33549699522',
    email: 'contact@bergerie-puy-rond.test',
    openingHours: 'Fr 16:00-19:00; Sa 09:00-12:30',
    labels: ['bienvenue_a_la_ferme', 'agneau_fermier'],
    offers: [
      {
        title: { fr: '5 € offerts sur une caissette d’agneau', en: '€5 off a box of lamb' },
        conditions: {
          fr: 'Caissettes de 5 kg sur réservation, dès 40 € d’achat.',
          en: '5 kg boxes to order in advance; minimum spend €40.',
        },
        kind: 'amount_off',
        value: 500,
        minPurchaseCents: 4000,
        usesPerPass: 1,
        status: 'published',
      },
      {
        title: { fr: 'Dégustation de tommes de brebis', en: 'Sheep’s cheese tasting' },
        kind: 'tasting',
        value: 300,
        status: 'published',
      },
    ],
  },
];

export const DEMO_ACCOMMODATIONS: DemoAccommodation[] = [
  // Gîtes (16)
  {
    kind: 'gite',
    name: 'Gîte de la Métairie',
    description: {
      fr: 'Ancienne métairie en pierre restaurée, avec cheminée, jardin clos et vue sur le bocage.',
      en: 'A restored stone farmhouse with a fireplace, an enclosed garden and views over the bocage.',
    },
    address: 'La Métairie',
    postcode: '79130',
    commune: 'Secondigny',
    latitude: 46.6152,
    longitude: -0.4081,
    capacity: 6,
    phone: '+33549951234',
    email: 'gite@metairie-secondigny.test',
  },
  {
    kind: 'gite',
    name: 'Gîte du Moulin de la Vergne',
    description: {
      fr: 'Moulin à eau rénové au bord du Thouet, idéal pour la pêche et les balades sur les chemins de halage.',
      en: 'A renovated watermill on the Thouet, ideal for fishing and riverside walks.',
    },
    address: 'Moulin de la Vergne',
    postcode: '79130',
    commune: 'Azay-sur-Thouet',
    latitude: 46.6283,
    longitude: -0.3652,
    capacity: 8,
    phone: '+33549954721',
    email: 'contact@moulin-vergne.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de la Petite Borderie',
    description: {
      fr: 'Petite longère au calme, entourée de haies et de prairies, à deux pas d’un sentier de randonnée.',
      en: 'A quiet little longhouse among hedgerows and meadows, a short walk from a hiking trail.',
    },
    address: 'La Petite Borderie',
    postcode: '79240',
    commune: 'Vernoux-en-Gâtine',
    latitude: 46.6287,
    longitude: -0.5213,
    capacity: 5,
    phone: '+33612489327',
    email: 'petite-borderie@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de la Grange aux Hiboux',
    description: {
      fr: 'Grande grange aménagée pour les familles et les amis, avec salle commune, poêle à bois et terrain de jeux.',
      en: 'A large converted barn for families and friends, with a common room, a wood stove and a play area.',
    },
    address: 'La Grange aux Hiboux',
    postcode: '79240',
    commune: "L'Absie",
    latitude: 46.6402,
    longitude: -0.5776,
    capacity: 10,
    phone: '+33549958316',
    email: 'reservation@grange-aux-hiboux.test',
  },
  {
    kind: 'gite',
    name: 'Gîte du Lavoir',
    description: {
      fr: 'Maison de bourg avec cour fleurie, près du vieux lavoir et des commerces.',
      en: 'A village house with a flowered courtyard, near the old wash-house and the shops.',
    },
    address: '4 rue du Lavoir',
    postcode: '79340',
    commune: 'Ménigoute',
    latitude: 46.4978,
    longitude: -0.0549,
    capacity: 4,
    phone: '+33549693072',
    email: 'gite-du-lavoir@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'La Longère des Chaumes',
    description: {
      fr: 'Longère spacieuse pour les grandes tablées, avec piscine chauffée et moutons dans le pré voisin.',
      en: 'A spacious longhouse for large gatherings, with a heated pool and sheep in the next field.',
    },
    address: 'Les Chaumes',
    postcode: '79340',
    commune: 'Vasles',
    latitude: 46.5803,
    longitude: -0.0214,
    capacity: 14,
    phone: '+33623715840',
    email: 'contact@longere-des-chaumes.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de la Fontaine',
    description: {
      fr: 'Maison de caractère au cœur du bourg, jardin arboré et garage à vélos.',
      en: 'A house full of character in the village centre, with a tree-lined garden and bike storage.',
    },
    address: '7 rue de la Fontaine',
    postcode: '79310',
    commune: 'Mazières-en-Gâtine',
    latitude: 46.5221,
    longitude: -0.3174,
    capacity: 6,
    phone: '+33549634109',
    email: 'gite-fontaine@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte du Pigeonnier',
    description: {
      fr: 'Pigeonnier du XVIIIe siècle transformé en cocon pour deux, avec terrasse privative.',
      en: 'An 18th-century dovecote turned into a cosy retreat for two, with a private terrace.',
    },
    address: 'Le Grand Logis',
    postcode: '79220',
    commune: 'Champdeniers',
    latitude: 46.4871,
    longitude: -0.4052,
    capacity: 2,
    phone: '+33641852763',
    email: 'pigeonnier@grand-logis.test',
  },
  {
    kind: 'gite',
    name: 'Gîte des Haies Vives',
    description: {
      fr: 'Maison de plain-pied accessible, au milieu des vergers, avec barbecue et jeux pour enfants.',
      en: 'An accessible single-storey house among orchards, with a barbecue and children’s games.',
    },
    address: 'Les Haies Vives',
    postcode: '79320',
    commune: 'Moncoutant-sur-Sèvre',
    latitude: 46.7291,
    longitude: -0.5817,
    capacity: 6,
    phone: '+33549725814',
    email: 'haies-vives@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de la Cour Carrée',
    description: {
      fr: 'Dépendance de ferme autour d’une cour carrée, à quelques minutes du château et du village de caractère.',
      en: 'Farm outbuildings around a square courtyard, a few minutes from the castle and the historic village.',
    },
    address: 'La Cour Carrée',
    postcode: '79600',
    commune: 'Saint-Loup-Lamairé',
    latitude: 46.7908,
    longitude: -0.1663,
    capacity: 8,
    phone: '+33549647235',
    email: 'contact@cour-carree.test',
  },
  {
    kind: 'gite',
    name: 'Gîte du Bocage',
    description: {
      fr: 'Maisonnette chaleureuse avec poêle à granulés et jardin donnant sur les prés.',
      en: 'A warm little house with a pellet stove and a garden overlooking the meadows.',
    },
    address: 'La Croix du Bocage',
    postcode: '79130',
    commune: 'Allonne',
    latitude: 46.5941,
    longitude: -0.3738,
    capacity: 4,
    phone: '+33658241792',
    email: 'gite-du-bocage@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de l’Étang Rouge',
    description: {
      fr: 'Maison en lisière de bois au bord d’un étang privé, avec barque et ponton de pêche.',
      en: 'A house at the edge of the woods beside a private pond, with a rowing boat and a fishing jetty.',
    },
    address: 'L’Étang Rouge',
    postcode: '79160',
    commune: 'Fenioux',
    latitude: 46.5436,
    longitude: -0.4982,
    capacity: 6,
    phone: '+33549043681',
    email: 'etang-rouge@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de groupe de la Ferme des Landes',
    description: {
      fr: 'Ancienne ferme équipée pour les groupes, les randonneurs et les classes vertes, avec grande cuisine et dortoirs.',
      en: 'A former farm equipped for groups, hikers and school trips, with a large kitchen and dormitories.',
    },
    address: 'Les Landes',
    postcode: '79200',
    commune: 'La Peyratte',
    latitude: 46.6748,
    longitude: -0.1457,
    capacity: 24,
    phone: '+33549649107',
    email: 'groupes@ferme-des-landes.test',
  },
  {
    kind: 'gite',
    name: 'Gîte du Gué',
    description: {
      fr: 'Maison de pierre près du gué, à cinq minutes de la cité médiévale de Parthenay.',
      en: 'A stone house by the ford, five minutes from the medieval town of Parthenay.',
    },
    address: 'Le Gué',
    postcode: '79200',
    commune: 'Le Tallud',
    latitude: 46.6268,
    longitude: -0.2904,
    capacity: 4,
    phone: '+33673054218',
    email: 'gite-du-gue@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte de la Chênaie',
    description: {
      fr: 'Maison lumineuse entourée de chênes centenaires, avec terrasse plein sud et hamac.',
      en: 'A bright house surrounded by century-old oaks, with a south-facing terrace and a hammock.',
    },
    address: 'La Chênaie',
    postcode: '79310',
    commune: 'Vouhé',
    latitude: 46.5432,
    longitude: -0.2337,
    capacity: 5,
    phone: '+33549631956',
    email: 'chenaie@gites-gatine.test',
  },
  {
    kind: 'gite',
    name: 'Gîte des Prés Fleuris',
    description: {
      fr: 'Maison familiale avec grand jardin, près de la vallée de l’Autize et de ses sentiers.',
      en: 'A family house with a large garden, close to the Autize valley and its trails.',
    },
    address: '9 chemin des Prés Fleuris',
    postcode: '79160',
    commune: "Coulonges-sur-l'Autize",
    latitude: 46.4798,
    longitude: -0.5921,
    capacity: 7,
    phone: '+33549062748',
    email: 'pres-fleuris@gites-gatine.test',
  },
  // Chambres d'hôtes (8)
  {
    kind: 'chambre_hotes',
    name: 'Le Clos des Glycines',
    description: {
      fr: 'Maison de maître au pied de la citadelle, quatre chambres et petit-déjeuner aux produits de Gâtine.',
      en: 'A mansion at the foot of the citadel, with four rooms and breakfast made with Gâtine produce.',
    },
    address: '12 rue des Glycines',
    postcode: '79200',
    commune: 'Parthenay',
    latitude: 46.6462,
    longitude: -0.2431,
    capacity: 8,
    phone: '+33549942653',
    email: 'bonjour@clos-des-glycines.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'La Maison du Meunier',
    description: {
      fr: 'Trois chambres dans l’ancienne maison du meunier, au bord du Thouet, avec table d’hôtes le soir.',
      en: 'Three rooms in the old miller’s house on the Thouet, with evening meals on request.',
    },
    address: 'Le Moulin Neuf',
    postcode: '79200',
    commune: 'Châtillon-sur-Thouet',
    latitude: 46.6678,
    longitude: -0.2409,
    capacity: 6,
    phone: '+33549947012',
    email: 'contact@maison-du-meunier.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'Les Chambres de la Chaume',
    description: {
      fr: 'Cinq chambres dans une ferme en activité : petit-déjeuner avec le lait et les œufs de la maison.',
      en: 'Five rooms on a working farm: breakfast with the farm’s own milk and eggs.',
    },
    address: 'La Chaume',
    postcode: '79310',
    commune: 'Saint-Pardoux-Soutiers',
    latitude: 46.5703,
    longitude: -0.3101,
    capacity: 10,
    phone: '+33684326175',
    email: 'chambres@la-chaume.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'Le Logis de la Sablière',
    description: {
      fr: 'Logis du XVIe siècle avec parc, trois chambres et une suite familiale, à proximité du lac.',
      en: 'A 16th-century manor with parkland, three rooms and a family suite, close to the lake.',
    },
    address: 'La Sablière',
    postcode: '79130',
    commune: 'Secondigny',
    latitude: 46.6064,
    longitude: -0.4198,
    capacity: 9,
    phone: '+33549956488',
    email: 'logis@la-sabliere.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'La Demeure des Noyers',
    description: {
      fr: 'Trois chambres raffinées dans une demeure bourgeoise, avec jardin de curé et salon de lecture.',
      en: 'Three elegant rooms in a townhouse, with a cottage garden and a reading lounge.',
    },
    address: '21 rue des Noyers',
    postcode: '79220',
    commune: 'Champdeniers',
    latitude: 46.4794,
    longitude: -0.3948,
    capacity: 6,
    phone: '+33549251840',
    email: 'contact@demeure-des-noyers.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'Chambres d’hôtes du Puits Fleuri',
    description: {
      fr: 'Deux chambres au calme dans une ferme rénovée, vélos prêtés pour découvrir la campagne.',
      en: 'Two quiet rooms in a renovated farmhouse, with bikes to borrow for exploring the countryside.',
    },
    address: 'Le Puits Fleuri',
    postcode: '79240',
    commune: 'Vernoux-en-Gâtine',
    latitude: 46.6359,
    longitude: -0.5122,
    capacity: 4,
    phone: '+33629478513',
    email: 'puits-fleuri@chambres-gatine.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'Le Prieuré des Frênes',
    description: {
      fr: 'Ancien prieuré entouré de frênes, cinq chambres de charme et petit-déjeuner servi dans la salle voûtée.',
      en: 'A former priory among ash trees, with five charming rooms and breakfast served in the vaulted hall.',
    },
    address: 'Le Prieuré',
    postcode: '79600',
    commune: 'Saint-Loup-Lamairé',
    latitude: 46.7841,
    longitude: -0.1759,
    capacity: 10,
    phone: '+33549643726',
    email: 'accueil@prieure-des-frenes.test',
  },
  {
    kind: 'chambre_hotes',
    name: 'La Borde aux Oiseaux',
    description: {
      fr: 'Trois chambres pour les amoureux de la nature, jumelles prêtées et observatoire à oiseaux dans le jardin.',
      en: 'Three rooms for nature lovers, with binoculars to borrow and a bird hide in the garden.',
    },
    address: 'La Borde',
    postcode: '79340',
    commune: 'Ménigoute',
    latitude: 46.5032,
    longitude: -0.0611,
    capacity: 6,
    phone: '+33695134826',
    email: 'contact@borde-aux-oiseaux.test',
  },
  // Campings (3)
  {
    kind: 'camping',
    name: 'Camping des Rives du Thouet',
    description: {
      fr: 'Camping ombragé au bord de la rivière, emplacements pour tentes et camping-cars, et quelques chalets.',
      en: 'A shady riverside campsite with pitches for tents and motorhomes, and a few chalets.',
    },
    address: 'Route de la Rivière',
    postcode: '79130',
    commune: 'Azay-sur-Thouet',
    latitude: 46.6219,
    longitude: -0.3561,
    capacity: 60,
    phone: '+33549950267',
    email: 'accueil@rives-du-thouet.test',
  },
  {
    kind: 'camping',
    name: 'Camping de la Prairie aux Ânes',
    description: {
      fr: 'Petit camping familial avec ânes et moutons, aire de jeux et balades accompagnées.',
      en: 'A small family campsite with donkeys and sheep, a playground and guided walks.',
    },
    address: 'La Prairie',
    postcode: '79340',
    commune: 'Vasles',
    latitude: 46.5741,
    longitude: -0.0322,
    capacity: 40,
    phone: '+33549698431',
    email: 'contact@prairie-aux-anes.test',
  },
  {
    kind: 'camping',
    name: 'Camping à la ferme du Grand Chêne',
    description: {
      fr: 'Six emplacements à la ferme sous un chêne remarquable, sanitaires écologiques et vente de produits fermiers.',
      en: 'Six pitches on a farm beneath a remarkable oak, with eco-friendly facilities and farm produce for sale.',
    },
    address: 'Le Grand Chêne',
    postcode: '79240',
    commune: "L'Absie",
    latitude: 46.6312,
    longitude: -0.5661,
    capacity: 24,
    phone: '+33636719254',
    email: 'camping@ferme-grand-chene.test',
  },
  // Hotel (1)
  {
    kind: 'hotel',
    name: 'Hôtel des Voyageurs Gâtinais',
    description: {
      fr: 'Hôtel familial de vingt chambres en centre-ville, restaurant de cuisine locale et garage à vélos.',
      en: 'A family-run hotel with twenty rooms in the town centre, a local-food restaurant and bike storage.',
    },
    address: '18 rue du Marché',
    postcode: '79200',
    commune: 'Parthenay',
    latitude: 46.6479,
    longitude: -0.2486,
    capacity: 40,
    phone: '+33549641590',
    email: 'reception@voyageurs-gatinais.test',
  },
  // Other (2)
  {
    kind: 'other',
    name: 'Les Yourtes du Bois Gâtinais',
    description: {
      fr: 'Yourte mongole tout confort au milieu des bois, avec poêle, terrasse et bain nordique.',
      en: 'A comfortable Mongolian yurt in the woods, with a stove, a deck and a Nordic hot tub.',
    },
    address: 'Le Bois Gâtinais',
    postcode: '79200',
    commune: 'Pompaire',
    latitude: 46.6121,
    longitude: -0.2297,
    capacity: 5,
    phone: '+33652187439',
    email: 'yourtes@bois-gatinais.test',
  },
  {
    kind: 'other',
    name: 'La Roulotte des Genêts',
    description: {
      fr: 'Roulotte en bois au milieu d’une prairie, pour une nuit insolite au chant des oiseaux.',
      en: 'A wooden gypsy caravan in a meadow, for an unusual night to the sound of birdsong.',
    },
    address: 'Les Genêts',
    postcode: '79200',
    commune: 'La Peyratte',
    latitude: 46.6669,
    longitude: -0.1352,
    capacity: 4,
    phone: '+33607296385',
    email: 'roulotte@les-genets.test',
  },
];
