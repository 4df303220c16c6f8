import type { Actor } from '#common';
import type { Accommodation } from '../accommodations/accommodation.entity.js';
import type { Offer } from '../offers/offer.entity.js';
import type { Producer } from '../producers/producer.entity.js';

/**
 * Who may see and change what in the directory. Public: active producers and published offers
 * valid today; a coordinator: everything of its territory; a producer: its business and its
 * offers; a host: the accommodations it runs.
 */
export const directoryAccess = {
  seeProducer: (actor: Actor, producer: Producer) => producer.status === 'active' || actor.coordinates(producer.territoryId) || actor.ownsProducer(producer.id),
  editProducer: (actor: Actor, producer: Producer) => actor.coordinates(producer.territoryId) || actor.ownsProducer(producer.id),
  /** What only the business's own members do, not even its coordinators: recording uses at the counter. */
  actAsProducer: (actor: Actor, producer: Producer) => actor.ownsProducer(producer.id),

  seeAccommodation: (actor: Actor, accommodation: Accommodation) => actor.coordinates(accommodation.territoryId) || actor.hostsAccommodation(accommodation.id),
  editAccommodation: (actor: Actor, accommodation: Accommodation) => actor.coordinates(accommodation.territoryId) || actor.hostsAccommodation(accommodation.id),

  /** `publiclyShown`: published, valid today in the territory's time zone, producer active. */
  seeOffer: (actor: Actor, offer: Offer, publiclyShown: boolean) =>
    publiclyShown || actor.coordinates(offer.territoryId) || actor.ownsProducer(offer.producerId),
  editOffer: (actor: Actor, offer: Offer) => actor.coordinates(offer.territoryId) || actor.ownsProducer(offer.producerId),
};

/** SQL for "rows of these territories or these ids", never an empty IN list. */
export function idsOrNone(ids: string[]): string[] {
  return ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000'];
}
