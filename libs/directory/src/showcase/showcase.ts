import type { TranslatedText } from '#common';
import type { Category } from '../categories/categories.js';
import type { OfferKind } from '../offers/offer.entity.js';

export interface ShowcaseOffer {
  id: string;
  title: TranslatedText;
  conditions: TranslatedText | null;
  kind: OfferKind;
  value: number | null;
  minPurchaseCents: number | null;
  validFrom: string;
  validTo: string | null;
  usesPerPass: number;
}

export interface ShowcaseProducer {
  id: string;
  code: string;
  /** Its readable address on the territory's public site. */
  slug: string;
  name: string;
  description: TranslatedText | Record<string, never>;
  categories: Category[];
  address: string;
  postcode: string;
  commune: string;
  /** The commune's INSEE code, when checked against the official list. */
  inseeCode: string | null;
  latitude: number;
  longitude: number;
  phone: string | null;
  website: string | null;
  openingHours: string | null;
  /** Hours in words for people, never published as machine hours. */
  hoursNote: string | null;
  labels: string[];
  visitConditions: TranslatedText | null;
  distanceKm: number;
  offers: ShowcaseOffer[];
}

export interface ShowcaseTerritory {
  id: string;
  name: string;
  languages: string[];
  timeZone: string;
  primaryColor: string | null;
  logoUrl: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

/** What a territory's public pages are cached under: its content version, which the database bumps on every change of its directory. */
export interface ContentKey {
  territoryId: string;
  contentVersion: string;
  timeZone: string;
}

/** What an accommodation's page is cached under. */
export interface ShowcaseKey extends ContentKey {
  accommodationId: string;
}

/** What a tourist sees from where it sleeps: the offers shown today, producer by producer, nearest first. */
export interface Showcase {
  accommodation: {
    id: string;
    code: string;
    name: string;
    kind: string;
    address: string;
    postcode: string;
    commune: string;
    inseeCode: string | null;
    latitude: number;
    longitude: number;
  };
  territory: ShowcaseTerritory;
  today: string;
  producers: ShowcaseProducer[];
}
