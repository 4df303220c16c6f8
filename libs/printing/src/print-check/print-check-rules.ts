import { haversineKm, translate, type TranslatedText } from '#common';
import { isStrictOpeningHours } from '#directory';
import { unprintableCharacters } from '../pdf/printable-text.js';
import type { CheckedAccommodation, CheckedOffer, CheckedProducer } from './print-check.queries.js';
import type { PrintProblem, PrintProblemCode, ProblemRecord } from './print-problem.js';
import { distancesToCommunes, FAR_FROM_COMMUNE_KM, insideArea, territoryArea } from './territory-area.js';

/** What the rules read: the territory's records, the day, the open season, and how many lines each description takes. */
export interface CheckedTerritory {
  territoryId: string;
  today: string;
  season: { name: string; endsOn: string } | null;
  producers: CheckedProducer[];
  accommodations: CheckedAccommodation[];
  offers: CheckedOffer[];
  /** Lines each producer's description takes in the brochure, by producer id and language. */
  descriptionLines: Map<string, { lang: 'fr' | 'en'; lines: number }[]>;
  maxDescriptionLines: number;
}

const ERRORS = new Set<PrintProblemCode>([
  'outside_area',
  'far_from_commune',
  'offer_expired',
  'offer_past_season',
  'description_too_long',
  'unprintable_characters',
]);

/** The brochure's languages: a translated text is printed in each of them. */
const PRINTED_LANGUAGES = ['fr', 'en'] as const;
const text = (value: Partial<TranslatedText> | null, lang: 'fr' | 'en') => (value ? (value[lang] ?? '').trim() : '');

/** Where each problem is fixed, in the member pages. */
const paths = (territoryId: string) => ({
  producer: (id: string) => `/app/coordinator/${territoryId}/producers/${id}`,
  newOffer: (producerId: string) => `/app/producer/${producerId}/offers/new`,
  offer: (producerId: string, id: string) => `/app/producer/${producerId}/offers/${id}`,
  accommodation: (id: string) => `/app/coordinator/${territoryId}/accommodations/${id}`,
  invite: () => `/app/coordinator/${territoryId}/members/invite`,
  membership: () => `/app/coordinator/${territoryId}/membership`,
  answerFor: (producerId: string) => `/app/coordinator/${territoryId}/season/producers/${producerId}`,
});

/**
 * Every problem of a territory's data before printing, record by record (each producer followed
 * by its offers, then the accommodations), at most one per field.
 */
export function findPrintProblems(data: CheckedTerritory): PrintProblem[] {
  const problems: PrintProblem[] = [];
  const to = paths(data.territoryId);
  const add = (record: ProblemRecord, field: string, code: PrintProblemCode, fixPath: string, params: PrintProblem['params'] = {}) =>
    problems.push({ record, field, code, params, severity: ERRORS.has(code) ? 'error' : 'warning', fixPath });
  const places = [...data.producers, ...data.accommodations];
  const area = territoryArea(places);
  const communeDistances = distancesToCommunes(places);
  const duplicates = new Map<string, number>();
  for (const list of [data.producers, data.accommodations])
    for (const [key, count] of countBy(list.map((p) => p.nameKey))) if (count > 1) duplicates.set(`${list === data.producers ? 'p' : 'a'}${key}`, count);

  const placeProblems = (record: ProblemRecord, place: (typeof places)[number], prefix: 'p' | 'a', fixPath: string) => {
    const name = place.name;
    if (area && !insideArea(area, place)) {
      add(record, 'latitude', 'outside_area', fixPath, { name, km: Math.round(haversineKm(place, area.centre)) });
    } else if ((communeDistances.get(place.id) ?? 0) > FAR_FROM_COMMUNE_KM) {
      add(record, 'latitude', 'far_from_commune', fixPath, { name, km: Math.round(communeDistances.get(place.id) as number), commune: place.commune });
    }
    const count = duplicates.get(`${prefix}${place.nameKey}`);
    if (count) add(record, 'name', 'duplicate_name', fixPath, { count });
    unprintable(record, 'name', name, fixPath, 'bold');
  };
  const unprintable = (record: ProblemRecord, field: string, value: string | null, fixPath: string, font: 'regular' | 'bold' = 'regular') => {
    const missing = value ? unprintableCharacters(value, font) : [];
    if (missing.length > 0) add(record, field, 'unprintable_characters', fixPath, { characters: missing.map((c) => `« ${c} »`).join(' ') });
  };

  const offersOf = new Map<string, CheckedOffer[]>();
  for (const offer of data.offers) offersOf.set(offer.producerId, [...(offersOf.get(offer.producerId) ?? []), offer]);
  for (const producer of data.producers) {
    const record: ProblemRecord = { kind: 'producer', id: producer.id, name: producer.name };
    const fix = to.producer(producer.id);
    placeProblems(record, producer, 'p', fix);
    if (!producer.openingHours && !producer.hoursNote?.trim()) add(record, 'openingHours', 'no_hours', fix);
    else if (producer.openingHours && !isStrictOpeningHours(producer.openingHours))
      add(record, 'openingHours', 'unreadable_hours', fix, { value: producer.openingHours });
    if (!producer.phone && !producer.email) add(record, 'phone', 'no_contact', fix);
    for (const { lang, lines } of data.descriptionLines.get(producer.id) ?? [])
      if (lines > data.maxDescriptionLines) add(record, `description.${lang}`, 'description_too_long', fix, { lang, lines, max: data.maxDescriptionLines });
    for (const lang of PRINTED_LANGUAGES) unprintable(record, `description.${lang}`, text(producer.description, lang), fix);
    unprintable(record, 'address', `${producer.address} ${producer.commune}`, fix);
    unprintable(record, 'hoursNote', producer.hoursNote, fix);
    if (!producer.hasOffer) add(record, 'offers', 'producer_no_offer', to.newOffer(producer.id));
    if (data.season && !producer.paidUp) add(record, 'membership', 'producer_not_paid_up', to.membership(), { season: data.season.name });

    for (const offer of offersOf.get(producer.id) ?? []) {
      const offerRecord: ProblemRecord = { kind: 'offer', id: offer.id, name: translate(offer.title, 'fr') };
      const offerFix = to.offer(producer.id, offer.id);
      if (data.season && !offer.decidedForSeason) add(offerRecord, 'season', 'offer_not_confirmed', to.answerFor(producer.id), { season: data.season.name });
      if (!text(offer.conditions, 'fr')) add(offerRecord, 'conditions', 'offer_no_conditions', offerFix);
      if (offer.validTo && offer.validTo < data.today) add(offerRecord, 'validTo', 'offer_expired', offerFix, { validTo: offer.validTo });
      else if (data.season && offer.validTo && offer.validTo > data.season.endsOn)
        add(offerRecord, 'validTo', 'offer_past_season', offerFix, { validTo: offer.validTo, season: data.season.name, endsOn: data.season.endsOn });
      for (const lang of PRINTED_LANGUAGES) unprintable(offerRecord, `title.${lang}`, text(offer.title, lang), offerFix, 'bold');
      for (const lang of PRINTED_LANGUAGES) unprintable(offerRecord, `conditions.${lang}`, text(offer.conditions, lang), offerFix);
    }
  }
  for (const accommodation of data.accommodations) {
    const record: ProblemRecord = { kind: 'accommodation', id: accommodation.id, name: accommodation.name };
    const fix = to.accommodation(accommodation.id);
    placeProblems(record, accommodation, 'a', fix);
    if (!accommodation.hasHost) add(record, 'hosts', 'accommodation_no_host', to.invite());
  }
  return problems;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
