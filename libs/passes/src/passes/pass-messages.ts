import type { Language } from '#common';

/** Why a use is refused, said to the person in their language. */
export const REFUSALS = {
  pass_cancelled: {
    fr: 'Ce pass a été annulé par l’hébergeur.',
    en: 'This pass was cancelled by the host.',
    nl: 'Deze pas is door de gastheer geannuleerd.',
    de: 'Dieser Pass wurde vom Gastgeber storniert.',
  },
  pass_not_yet_valid: {
    fr: 'Ce pass n’est pas encore valable : le séjour n’a pas commencé.',
    en: 'This pass is not valid yet: the stay has not started.',
    nl: 'Deze pas is nog niet geldig: het verblijf is nog niet begonnen.',
    de: 'Dieser Pass gilt noch nicht: der Aufenthalt hat noch nicht begonnen.',
  },
  pass_expired: {
    fr: 'Ce pass a expiré : le séjour est terminé.',
    en: 'This pass has expired: the stay is over.',
    nl: 'Deze pas is verlopen: het verblijf is voorbij.',
    de: 'Dieser Pass ist abgelaufen: der Aufenthalt ist vorbei.',
  },
  offer_not_valid_today: {
    fr: 'Ce bon plan n’est pas valable aujourd’hui.',
    en: 'This offer is not valid today.',
    nl: 'Deze aanbieding is vandaag niet geldig.',
    de: 'Dieses Angebot gilt heute nicht.',
  },
  offer_used_up: {
    fr: 'Ce bon plan a déjà été utilisé autant de fois que permis avec ce pass.',
    en: 'This offer has already been used as many times as allowed with this pass.',
    nl: 'Deze aanbieding is met deze pas al zo vaak gebruikt als toegestaan.',
    de: 'Dieses Angebot wurde mit diesem Pass bereits so oft wie erlaubt genutzt.',
  },
  offer_quota_reached: {
    fr: 'Ce bon plan est épuisé.',
    en: 'This offer is sold out.',
    nl: 'Deze aanbieding is uitverkocht.',
    de: 'Dieses Angebot ist vergriffen.',
  },
  not_your_offer: {
    fr: 'Ce bon plan n’est pas le vôtre : seul son producteur peut l’enregistrer.',
    en: 'This is not your offer: only its producer can record it.',
    nl: 'Dit is niet uw aanbieding: alleen de producent kan haar registreren.',
    de: 'Das ist nicht Ihr Angebot: nur sein Erzeuger kann es erfassen.',
  },
  void_too_late: {
    fr: 'Le délai pour annuler cette utilisation est dépassé.',
    en: 'It is too late to void this use.',
    nl: 'Het is te laat om dit gebruik te annuleren.',
    de: 'Diese Nutzung kann nicht mehr storniert werden.',
  },
  already_voided: {
    fr: 'Cette utilisation est déjà annulée.',
    en: 'This use is already voided.',
    nl: 'Dit gebruik is al geannuleerd.',
    de: 'Diese Nutzung ist bereits storniert.',
  },
} satisfies Record<string, Record<Language, string>>;

export type Refusal = keyof typeof REFUSALS;

/** The SQLSTATE codes the redemption trigger raises, and what they mean. */
export const TRIGGER_REFUSALS: Record<string, Refusal> = {
  TPR01: 'offer_not_valid_today',
  TPR02: 'pass_cancelled',
  TPR03: 'pass_not_yet_valid',
  TPR04: 'pass_expired',
  TPR05: 'offer_not_valid_today',
  TPR06: 'offer_used_up',
  TPR07: 'offer_quota_reached',
};
