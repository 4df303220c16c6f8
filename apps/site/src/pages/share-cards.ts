import type { Language } from '#common';
import { CATEGORY_LABELS, type SiteCatalogue } from '#directory';
import type { ShareCard } from '#printing';
import type { Site } from '../routes/site.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { brandColour } from './site-layout.js';

/** The site's address as a reader types it: its host, and its path on a shared host. */
const typedAddress = (site: Site) => site.canonicalBase.replace(/^https?:\/\//, '');

/** What a shared link to the site shows: the territory, this season's counts, its producers on a small map. */
export function territoryCard(site: Site, lang: Language, catalogue: SiteCatalogue): ShareCard {
  const m = SITE_MESSAGES[lang];
  const seasonCount = catalogue.producers.reduce((sum, producer) => sum + producer.offers.length, 0) + catalogue.coming.length;
  return {
    // the counts first: the lead sentence is long, and what is cut of it ends with "…"
    eyebrow: '',
    title: site.territory.name,
    lines: [`${m.offersThisSeason(seasonCount)} · ${m.producerCount(catalogue.producers.length)}`, m.homeLead],
    footer: typedAddress(site),
    colour: brandColour(site.territory.primaryColor),
    points: catalogue.producers,
  };
}

/** What a shared link to a producer's page shows: its name, what it makes, where, its offers today, and where it is among the others. */
export function producerCard(site: Site, lang: Language, catalogue: SiteCatalogue, slug: string): ShareCard | undefined {
  const m = SITE_MESSAGES[lang];
  const producer = catalogue.producers.find((candidate) => candidate.slug === slug);
  if (!producer) return undefined;
  const categories = producer.categories.map((category) => CATEGORY_LABELS[category][lang]).join(', ');
  return {
    eyebrow: site.territory.name,
    title: producer.name,
    lines: [[categories, producer.commune].filter(Boolean).join(' · '), m.offerCount(producer.offers.length)],
    footer: typedAddress(site),
    colour: brandColour(site.territory.primaryColor),
    points: catalogue.producers,
    highlight: producer,
  };
}
