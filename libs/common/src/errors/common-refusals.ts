import { defineMessages } from '../i18n/dictionary.js';

/** The things a refusal can be about, as the French says "this one" of each. */
const THIS_ONE: Record<string, string> = {
  territory: 'ce territoire',
  producer: 'ce producteur',
  accommodation: 'cet hébergement',
  offer: 'cette offre',
  pass: 'ce pass',
  membership: 'cette adhésion',
  redemption: 'cet usage',
};
const thisOne = (what: string) => THIS_ONE[what] ?? 'cet élément';

/** Refusals every part shares: who may see or do what, and the database's own rules. */
export const COMMON_REFUSALS = defineMessages(
  'en',
  {
    not_found: (p: { what: string }) => `No ${p.what} with this id`,
    sign_in_required: 'Sign in to do this',
    forbidden: (p: { what: string; action: string }) => `You may not ${p.action} this ${p.what}`,
    field_forbidden: (p: { fields: string }) => `You may not set ${p.fields}`,
    already_taken: (p: { field: string }) => `${p.field} is already taken`,
    value_required: (p: { field: string }) => `${p.field} must not be null`,
    rule_broken: (p: { rule: string }) => `a value breaks the rule ${p.rule}`,
    date_out_of_range: 'a date is out of range',
    unstorable_text: 'a text holds a character that cannot be stored (such as a NUL byte)',
  },
  {
    fr: {
      not_found: (p) => `Introuvable : ${thisOne(p.what)} n’existe pas, ou plus.`,
      sign_in_required: 'Connectez-vous pour faire cela.',
      forbidden: (p) => `Votre compte ne permet pas cette action sur ${thisOne(p.what)}.`,
      field_forbidden: (p) => `Votre rôle ne permet pas de modifier ce champ (${p.fields}).`,
      already_taken: () => 'Cette valeur est déjà prise par une autre fiche du territoire.',
      value_required: () => 'Ce champ est obligatoire.',
      rule_broken: () => 'Cette valeur ne convient pas.',
      date_out_of_range: 'Une date est hors des limites possibles.',
      unstorable_text: 'Un texte contient un caractère qui ne peut pas être enregistré.',
    },
  },
);
