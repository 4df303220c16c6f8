import type { Category } from '../categories/categories.js';
import type { ShowcaseOffer, ShowcaseProducer, ShowcaseTerritory } from '../showcase/showcase.js';

/** A territory as its public site shows it. */
export interface SiteTerritory extends ShowcaseTerritory {
  slug: string;
  code: string;
  /** Host names its site answers on; the first is its canonical address. */
  domains: string[];
  secondaryColor: string | null;
  website: string | null;
  /** Bumped by the database on every change the site shows: part of its rendered pages' keys. */
  contentVersion: string;
}

/** A territory named on the list of sites. */
export interface SiteListing {
  slug: string;
  name: string;
  domains: string[];
}

/** An offer not shown yet: published, valid from a later day. */
export interface ComingOffer extends ShowcaseOffer {
  producerId: string;
}

/** What the site reads of a territory's directory on a day: every active producer with its offers. */
export interface SiteCatalogue {
  today: string;
  /** Every active producer, by name, with its offers shown today. */
  producers: ShowcaseProducer[];
  /** Offers published for later days of the season, soonest first. */
  coming: ComingOffer[];
}

/** What a host agreed to publish about its accommodation, and nothing else. */
export interface ListedAccommodation {
  name: string;
  commune: string;
  website: string | null;
}

export interface ProducerFilters {
  category?: Category;
  commune?: string;
  /** Words, each found in the name, commune or description, accents and case ignored. */
  q?: string;
}

/** When the pages last changed, for the sitemap's `lastmod`. */
export interface SiteChanges {
  /** The territory's settings, producers, offers or listed accommodations. */
  site: Date;
  /** Each producer's own page: its record or its offers. */
  producers: Map<string, Date>;
}
