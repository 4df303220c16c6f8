import { defineMessages } from '#common';

const STATUS_FR: Record<string, string> = {
  draft: 'brouillon',
  pending_review: 'en attente de validation',
  published: 'publiée',
  paused: 'en pause',
  archived: 'archivée',
};
const MOVE_FR: Record<string, string> = { submit: 'soumettre', publish: 'publier', reject: 'renvoyer', pause: 'mettre en pause', archive: 'archiver' };

/** Why the directory refuses a change, by code. */
export const DIRECTORY_REFUSALS = defineMessages(
  'en',
  {
    territory_missing: 'no territory has this id',
    producer_missing: 'no producer has this id',
    producer_archived: 'this producer is archived',
    archived_producer: 'an archived producer cannot be changed',
    archived_accommodation: 'an archived accommodation cannot be changed',
    archived_offer: 'an archived offer cannot be changed',
    slug_taken: (p: { slug: string }) => `slug "${p.slug}" is already taken in this territory`,
    territory_slug_taken: (p: { slug: string }) => `slug "${p.slug}" is already taken by another territory`,
    domain_taken: (p: { domain: string }) => `domain "${p.domain}" is already another territory's`,
    radius_needs_near: 'radiusKm needs near=latitude,longitude',
    offer_move_not_allowed: (p: { move: string; status: string }) => `cannot ${p.move} an offer that is ${p.status.replace('_', ' ')}`,
    offer_needs_review: 'offers of this territory are reviewed: submit the offer for review first',
    position_swapped: (p: { typed: string; latitude: number; longitude: number }) =>
      `latitude and longitude look swapped: ${p.typed} is far from the territory; type latitude ${p.latitude} and longitude ${p.longitude}`,
    position_far: (p: { km: number }) => `this point is ${p.km} km from the territory's other places: check latitude and longitude`,
  },
  {
    fr: {
      territory_missing: 'Aucun territoire n’a cet identifiant.',
      producer_missing: 'Aucun producteur n’a cet identifiant.',
      producer_archived: 'Ce producteur est archivé.',
      archived_producer: 'Un producteur archivé ne peut plus être modifié.',
      archived_accommodation: 'Un hébergement archivé ne peut plus être modifié.',
      archived_offer: 'Une offre archivée ne peut plus être modifiée.',
      slug_taken: (p) => `L’adresse « ${p.slug} » est déjà prise dans ce territoire.`,
      territory_slug_taken: (p) => `L’adresse « ${p.slug} » est déjà prise par un autre territoire.`,
      domain_taken: (p) => `Le nom de domaine « ${p.domain} » est déjà celui d’un autre territoire.`,
      radius_needs_near: 'Un rayon demande un point de départ (near=latitude,longitude).',
      offer_move_not_allowed: (p) => `Impossible de ${MOVE_FR[p.move] ?? p.move} une offre ${STATUS_FR[p.status] ?? p.status}.`,
      offer_needs_review: 'Les offres de ce territoire sont validées par le coordinateur : soumettez d’abord l’offre.',
      position_swapped: (p) =>
        `Latitude et longitude semblent inversées : ${p.typed} est loin du territoire. Saisissez la latitude ${p.latitude} et la longitude ${p.longitude}.`,
      position_far: (p) => `Ce point est à ${p.km} km des autres lieux du territoire : vérifiez la latitude et la longitude.`,
    },
  },
);
