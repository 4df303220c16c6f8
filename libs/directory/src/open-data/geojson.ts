import { offerTerms } from '../offers/offer.view.js';
import { isStrictOpeningHours } from '../shared/opening-hours.js';
import type { ShowcaseProducer } from '../showcase/showcase.js';

/** GeoJSON (RFC 7946): coordinates are [longitude, latitude], in that order. */
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: Record<string, unknown>;
  }[];
}

/** A territory's producers for a map or a tourism information system: one point each, with what a visitor needs. */
export function producersGeoJson(producers: ShowcaseProducer[], pageUrl: (code: string) => string): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: producers.map((producer) => ({
      type: 'Feature',
      id: producer.id,
      geometry: { type: 'Point', coordinates: [producer.longitude, producer.latitude] },
      properties: {
        name: producer.name,
        description: producer.description,
        categories: producer.categories,
        address: producer.address,
        postcode: producer.postcode,
        commune: producer.commune,
        country: 'FR',
        phone: producer.phone,
        website: producer.website,
        // the OpenStreetMap syntax, only when its parser reads it strictly: never words taken for hours
        openingHours: isStrictOpeningHours(producer.openingHours) ? producer.openingHours : null,
        hoursNote: producer.hoursNote,
        labels: producer.labels,
        url: pageUrl(producer.code),
        offers: producer.offers.map((offer) => ({ id: offer.id, ...offerTerms(offer) })),
      },
    })),
  };
}
