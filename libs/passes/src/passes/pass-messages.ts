import { defineMessages, refusal, sayRefusal, type Language, type SaidRefusal } from '#common';

/**
 * Why passes and their uses are refused, by code. The uses' refusals are said to the producer in
 * their language, on the member pages and in the API (Accept-Language) alike.
 */
export const PASS_REFUSALS = defineMessages(
  'en',
  {
    pass_cancelled: 'This pass was cancelled by the host.',
    pass_not_yet_valid: 'This pass is not valid yet: the stay has not started.',
    pass_expired: 'This pass has expired: the stay is over.',
    offer_not_valid_today: 'This offer is not valid today.',
    offer_used_up: 'This offer has already been used as many times as allowed with this pass.',
    offer_quota_reached: 'This offer is sold out.',
    not_your_offer: 'This is not your offer: only its producer can record it.',
    void_too_late: 'It is too late to void this use.',
    already_voided: 'This use is already voided.',
    departure_before_arrival: 'departure must be on or after arrival',
    stay_too_long: (p: { days: number }) => `a stay lasts at most ${p.days} days`,
    accommodation_not_yours: 'no accommodation of yours has this id',
    accommodation_not_active: 'this accommodation is not active',
    pass_already_cancelled: 'this pass is already cancelled',
    offer_not_in_territory: 'no offer of this territory has this id',
  },
  {
    fr: {
      pass_cancelled: 'Ce pass a été annulé par l’hébergeur.',
      pass_not_yet_valid: 'Ce pass n’est pas encore valable : le séjour n’a pas commencé.',
      pass_expired: 'Ce pass a expiré : le séjour est terminé.',
      offer_not_valid_today: 'Ce bon plan n’est pas valable aujourd’hui.',
      offer_used_up: 'Ce bon plan a déjà été utilisé autant de fois que permis avec ce pass.',
      offer_quota_reached: 'Ce bon plan est épuisé.',
      not_your_offer: 'Ce bon plan n’est pas le vôtre : seul son producteur peut l’enregistrer.',
      void_too_late: 'Le délai pour annuler cette utilisation est dépassé.',
      already_voided: 'Cette utilisation est déjà annulée.',
      departure_before_arrival: 'Le départ doit être le jour de l’arrivée ou après.',
      stay_too_long: (p) => `Un séjour dure ${p.days} jours au plus.`,
      accommodation_not_yours: 'Aucun de vos hébergements n’a cet identifiant.',
      accommodation_not_active: 'Cet hébergement n’est pas actif.',
      pass_already_cancelled: 'Ce pass est déjà annulé.',
      offer_not_in_territory: 'Aucun bon plan du territoire n’a cet identifiant.',
    },
    nl: {
      pass_cancelled: 'Deze pas is door de gastheer geannuleerd.',
      pass_not_yet_valid: 'Deze pas is nog niet geldig: het verblijf is nog niet begonnen.',
      pass_expired: 'Deze pas is verlopen: het verblijf is voorbij.',
      offer_not_valid_today: 'Deze aanbieding is vandaag niet geldig.',
      offer_used_up: 'Deze aanbieding is met deze pas al zo vaak gebruikt als toegestaan.',
      offer_quota_reached: 'Deze aanbieding is uitverkocht.',
      not_your_offer: 'Dit is niet uw aanbieding: alleen de producent kan haar registreren.',
      void_too_late: 'Het is te laat om dit gebruik te annuleren.',
      already_voided: 'Dit gebruik is al geannuleerd.',
      departure_before_arrival: 'Het vertrek moet op of na de aankomst zijn.',
      stay_too_long: (p) => `Een verblijf duurt hoogstens ${p.days} dagen.`,
      accommodation_not_yours: 'Geen van uw accommodaties heeft deze id.',
      accommodation_not_active: 'Deze accommodatie is niet actief.',
      pass_already_cancelled: 'Deze pas is al geannuleerd.',
      offer_not_in_territory: 'Geen aanbieding van dit gebied heeft deze id.',
    },
    de: {
      pass_cancelled: 'Dieser Pass wurde vom Gastgeber storniert.',
      pass_not_yet_valid: 'Dieser Pass gilt noch nicht: der Aufenthalt hat noch nicht begonnen.',
      pass_expired: 'Dieser Pass ist abgelaufen: der Aufenthalt ist vorbei.',
      offer_not_valid_today: 'Dieses Angebot gilt heute nicht.',
      offer_used_up: 'Dieses Angebot wurde mit diesem Pass bereits so oft wie erlaubt genutzt.',
      offer_quota_reached: 'Dieses Angebot ist vergriffen.',
      not_your_offer: 'Das ist nicht Ihr Angebot: nur sein Erzeuger kann es erfassen.',
      void_too_late: 'Diese Nutzung kann nicht mehr storniert werden.',
      already_voided: 'Diese Nutzung ist bereits storniert.',
      departure_before_arrival: 'Die Abreise muss am oder nach dem Anreisetag liegen.',
      stay_too_long: (p) => `Ein Aufenthalt dauert höchstens ${p.days} Tage.`,
      accommodation_not_yours: 'Keine Ihrer Unterkünfte hat diese ID.',
      accommodation_not_active: 'Diese Unterkunft ist nicht aktiv.',
      pass_already_cancelled: 'Dieser Pass ist bereits storniert.',
      offer_not_in_territory: 'Kein Angebot dieses Gebiets hat diese ID.',
    },
  },
);

/** The refusals of a use, which the trigger raises or the service finds. */
export type UseRefusal =
  | 'pass_cancelled'
  | 'pass_not_yet_valid'
  | 'pass_expired'
  | 'offer_not_valid_today'
  | 'offer_used_up'
  | 'offer_quota_reached'
  | 'not_your_offer'
  | 'void_too_late'
  | 'already_voided';

/** A use's refusal said in the producer's language (the API answers in the Accept-Language asked). */
export function useRefusal(code: UseRefusal, lang: Language): SaidRefusal {
  const said = refusal(PASS_REFUSALS, code);
  return { ...said, message: sayRefusal(PASS_REFUSALS[lang], said) ?? said.message };
}

/** The SQLSTATE codes the redemption trigger raises, and what they mean. */
export const TRIGGER_REFUSALS: Record<string, UseRefusal> = {
  TPR01: 'offer_not_valid_today',
  TPR02: 'pass_cancelled',
  TPR03: 'pass_not_yet_valid',
  TPR04: 'pass_expired',
  TPR05: 'offer_not_valid_today',
  TPR06: 'offer_used_up',
  TPR07: 'offer_quota_reached',
};
