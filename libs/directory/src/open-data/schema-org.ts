import { LANGUAGES, type TranslatedText } from '#common';
import { CATEGORY_LABELS, type Category } from '../categories/categories.js';
import type { ShowcaseOffer, ShowcaseProducer } from '../showcase/showcase.js';
import { isStrictOpeningHours } from '../shared/opening-hours.js';
import { areaOf } from '../places/communes.js';
import { discountDescription, isFree } from './offer-discount.js';
import { openingHoursSpecification } from './opening-hours-specification.js';
import { schemaOrgOpeningHours } from './schema-org-hours.js';

type JsonLd = Record<string, unknown>;

/** A text in every language it was written in, as JSON-LD language-tagged values. */
export function languageTagged(text: TranslatedText | Record<string, never> | null | undefined): { '@value': string; '@language': string }[] | undefined {
  // the product's order of languages, not the database's order of keys
  const entries = LANGUAGES.map((language) => [language, (text as Record<string, unknown> | null | undefined)?.[language]] as const).filter(
    ([, value]) => typeof value === 'string' && value.trim() !== '',
  );
  return entries.length > 0 ? entries.map(([language, value]) => ({ '@value': value as string, '@language': language })) : undefined;
}

// A drinks maker is told by its name: "Brasserie du Thouet" brews, "Domaine des Vignes" makes wine.
const DRINKS_MAKERS: [RegExp, string][] = [
  [/\b(brasserie|brasseur|bi[eè]res?|brewery|brewing|beer)\b/i, 'Brewery'],
  [/\b(distillerie|distillery|spiritueux|spirits)\b/i, 'Distillery'],
  [/\b(vins?|vignes?|vignoble|vigneron|domaine|ch[aâ]teau|chai|winery|wine)\b/i, 'Winery'],
];

/**
 * The closest schema.org type for what a producer is: a bakery, a brewery, a winery or a
 * distillery where it is one; otherwise a place that sells what it makes, a `Store` (a farm shop, an
 * orchard, a cheese dairy that sells at the gate) — not `FoodEstablishment`, schema.org's family of
 * restaurants and cafés.
 */
export function producerType(producer: { categories: Category[]; name: string }): string {
  if (producer.categories.includes('bakery_pastry')) return 'Bakery';
  if (producer.categories.includes('wine_drinks')) return DRINKS_MAKERS.find(([words]) => words.test(producer.name))?.[1] ?? 'Store';
  return 'Store';
}

/** What a producer sells, as words in each language (not the app's keys), for search engines. */
function keywords(categories: Category[]): { '@value': string; '@language': string }[] | undefined {
  if (categories.length === 0) return undefined;
  return LANGUAGES.map((language) => ({ '@value': categories.map((category) => CATEGORY_LABELS[category][language]).join(', '), '@language': language }));
}

const ACCOMMODATION_TYPES: Record<string, string> = {
  gite: 'LodgingBusiness',
  chambre_hotes: 'BedAndBreakfast',
  camping: 'Campground',
  hotel: 'Hotel',
  other: 'LodgingBusiness',
};

interface Address {
  address?: string;
  postcode?: string;
  commune: string;
  inseeCode?: string | null;
  latitude: number;
  longitude: number;
}

function place(where: Address): JsonLd {
  const area = where.inseeCode ? areaOf(where.inseeCode) : undefined;
  return {
    address: {
      '@type': 'PostalAddress',
      streetAddress: where.address,
      postalCode: where.postcode,
      addressLocality: where.commune,
      addressRegion: area?.region ?? area?.departement,
      addressCountry: 'FR',
    },
    geo: { '@type': 'GeoCoordinates', latitude: where.latitude, longitude: where.longitude },
  };
}

/**
 * An offer of a pass. schema.org has no property for a discount (`discount` exists only on `Order`,
 * for an order already placed), so nothing is invented: the discount is said in words in
 * `description` ("10 % de réduction dès 20 € d’achat. Sur les fromages…", per language), its
 * minimum purchase is `eligibleTransactionVolume` (a `PriceSpecification`, schema.org's own word
 * for "the offer holds from this amount on"), its dates `validFrom`/`validThrough`. A gift, a
 * visit or a tasting is free to the pass holder: `price` 0 in euros says exactly that; a percent or
 * an amount off has no price of its own, so it carries none.
 */
function offerJsonLd(offer: ShowcaseOffer, url: string): JsonLd {
  return {
    '@type': 'Offer',
    '@id': `${url}#offer-${offer.id}`,
    name: languageTagged(offer.title),
    description: discountDescription(offer),
    ...(isFree(offer) ? { price: 0, priceCurrency: 'EUR' } : {}),
    validFrom: offer.validFrom,
    validThrough: offer.validTo ?? undefined,
    url,
    ...(offer.minPurchaseCents
      ? { eligibleTransactionVolume: { '@type': 'PriceSpecification', minPrice: offer.minPurchaseCents / 100, priceCurrency: 'EUR' } }
      : {}),
  };
}

/** A producer as schema.org describes a local business: for search engines and tourism information systems. */
export function producerJsonLd(producer: ShowcaseProducer, options: { url: string; timeZone: string; territoryName: string; now?: Date }): JsonLd {
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': producerType(producer),
    '@id': options.url,
    url: options.url,
    name: producer.name,
    description: languageTagged(producer.description),
    telephone: producer.phone ?? undefined,
    sameAs: producer.website ?? undefined,
    ...place(producer),
    // machine hours only when the parser reads them strictly; the note is for people
    openingHours: schemaOrgOpeningHours(producer.openingHours),
    openingHoursSpecification: isStrictOpeningHours(producer.openingHours)
      ? openingHoursSpecification(producer.openingHours, options.timeZone, options.now)
      : [],
    keywords: keywords(producer.categories),
    areaServed: options.territoryName,
    makesOffer: producer.offers.map((offer) => offerJsonLd(offer, options.url)),
  });
}

export interface AccommodationForJsonLd extends Address {
  name: string;
  kind: string;
}

export function accommodationJsonLd(accommodation: AccommodationForJsonLd, options: { url: string; territoryName: string }): JsonLd {
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': ACCOMMODATION_TYPES[accommodation.kind] ?? 'LodgingBusiness',
    '@id': options.url,
    url: options.url,
    name: accommodation.name,
    ...place(accommodation),
    containedInPlace: { '@type': 'AdministrativeArea', name: options.territoryName },
  });
}

/** JSON for a <script type="application/ld+json">: `<` escaped, so no text can close the script. */
export function jsonLdScriptContent(document: JsonLd): string {
  return JSON.stringify(document).replace(/</g, '\\u003c');
}

/** Drops undefined and empty arrays, deeply: consumers of open data prefer absent to empty. */
function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, withoutEmpty(v)]),
    ) as T;
  }
  return value;
}
