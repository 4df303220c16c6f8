import { defineMessages } from '#common';
import type { PrintProblem, PrintProblemCode } from './print-problem.js';

type P = Record<string, string | number>;
type Why = Record<PrintProblemCode, (p: P) => string>;

/** Why each problem matters, said to the coordinator who prints: what the brochure or a visitor would get. */
export const PRINT_CHECK_TEXTS = defineMessages(
  'fr',
  {
    why: {
      outside_area: (p) => `la carte placerait « ${p.name} » à ${p.km} km du centre du territoire, hors de sa zone : vérifiez latitude et longitude`,
      far_from_commune: (p) => `la carte placerait « ${p.name} » à ${p.km} km de ${p.commune}, sa commune : vérifiez latitude et longitude ou la commune`,
      no_hours: () => 'la brochure n’indiquera aucun horaire : les visiteurs ne sauront pas quand venir',
      unreadable_hours: (p) => `les horaires « ${p.value} » ne se lisent pas : la brochure ne pourra pas les écrire en clair`,
      no_contact: () => 'ni téléphone ni e-mail : un visiteur ne pourra pas prévenir ni se renseigner',
      offer_no_conditions: () => 'l’offre n’a pas de conditions : le visiteur et le producteur risquent de ne pas l’entendre pareil',
      offer_expired: (p) => `l’offre a pris fin le ${p.validTo} : imprimée, elle serait refusée au visiteur`,
      offer_past_season: (p) => `l’offre vaut jusqu’au ${p.validTo}, après la fin de la saison « ${p.season} » (${p.endsOn})`,
      duplicate_name: (p) => `${p.count} fiches portent ce nom : la brochure et la carte montreraient des doublons`,
      description_too_long: (p) => `la description (${p.lang}) prend ${p.lines} lignes dans la brochure, qui la coupe après ${p.max}`,
      unprintable_characters: (p) => `la police de la brochure n’a pas ${p.characters} : une case vide serait imprimée à leur place`,
      accommodation_no_host: () => 'aucun hôte ne gère cet hébergement : personne ne distribuera ses brochures ni ses pass',
      producer_no_offer: () => 'ce producteur n’a aucune offre en cours ou à venir : il ne figurera pas dans la brochure',
      producer_not_paid_up: (p) => `l’adhésion de l’année n’est pas réglée : ses offres ne seront pas dans la brochure de la saison « ${p.season} »`,
      offer_not_confirmed: (p) => `le producteur n’a pas confirmé cette offre pour la saison « ${p.season} » : elle ne sera pas imprimée`,
    } satisfies Why,
    record: { producer: 'Producteur', offer: 'Offre', accommodation: 'Hébergement' },
  },
  {
    en: {
      why: {
        outside_area: (p) => `the map would place "${p.name}" ${p.km} km from the middle of the territory, outside its area: check latitude and longitude`,
        far_from_commune: (p) => `the map would place "${p.name}" ${p.km} km from ${p.commune}, its commune: check latitude and longitude, or the commune`,
        no_hours: () => 'the brochure will give no opening hours: visitors will not know when to come',
        unreadable_hours: (p) => `the hours "${p.value}" cannot be read: the brochure cannot write them out`,
        no_contact: () => 'no phone and no e-mail: a visitor cannot call ahead or ask',
        offer_no_conditions: () => 'the offer has no conditions: visitor and producer may not read it the same way',
        offer_expired: (p) => `the offer ended on ${p.validTo}: printed, it would be refused to visitors`,
        offer_past_season: (p) => `the offer is valid until ${p.validTo}, after the end of the season "${p.season}" (${p.endsOn})`,
        duplicate_name: (p) => `${p.count} records have this name: the brochure and the map would show duplicates`,
        description_too_long: (p) => `the description (${p.lang}) takes ${p.lines} lines in the brochure, which cuts it after ${p.max}`,
        unprintable_characters: (p) => `the brochure's font has no ${p.characters}: an empty box would be printed instead`,
        accommodation_no_host: () => 'no host runs this accommodation: nobody will hand out its brochures and passes',
        producer_no_offer: () => 'this producer has no current or coming offer: it will not be in the brochure',
        producer_not_paid_up: (p) => `this year's membership is not paid: its offers will not be in the brochure of the season "${p.season}"`,
        offer_not_confirmed: (p) => `the producer has not confirmed this offer for the season "${p.season}": it will not be printed`,
      },
      record: { producer: 'Producer', offer: 'Offer', accommodation: 'Accommodation' },
    },
  },
);

export type PrintCheckLanguage = keyof typeof PRINT_CHECK_TEXTS;

/** Why a problem matters, in the reader's language. */
export const whyItMatters = (problem: PrintProblem, lang: PrintCheckLanguage): string => PRINT_CHECK_TEXTS[lang].why[problem.code](problem.params);
