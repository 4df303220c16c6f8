import { defineMessages, LANGUAGES } from '#common';
import { figuresFormat, type SitePageKind, type TerritoryFigures } from '#insights';
import type { SafeHtml } from '#web';
import { cardsTable } from './figures-cards.js';
import type { PortalLanguage } from '../visit.js';

const MESSAGES = defineMessages(
  'fr',
  {
    title: (total: number) => `Visites du site public (${total})`,
    page: 'Page',
    visits: 'Visites',
    languages: 'Langues',
    pages: {
      home: 'Accueil',
      producers: 'Liste des producteurs',
      producer: 'Pages des producteurs',
      offers: 'Bons plans',
      accommodations: 'Hébergements',
      join: 'Nous rejoindre',
    } satisfies Record<SitePageKind, string>,
  },
  {
    en: {
      title: (total: number) => `Visits of the public site (${total})`,
      page: 'Page',
      visits: 'Visits',
      languages: 'Languages',
      pages: {
        home: 'Home',
        producers: 'Producers list',
        producer: 'Producers’ pages',
        offers: 'Offers',
        accommodations: 'Accommodations',
        join: 'Join us',
      },
    },
  },
);

/** The site's visits per kind of page, with the languages they were read in (numbers only, as the tourist pages' openings). */
export function siteVisitsTable(figures: Pick<TerritoryFigures, 'siteVisits' | 'siteVisitsByPage'>, lang: PortalLanguage): SafeHtml {
  const m = MESSAGES[lang];
  const count = figuresFormat(lang).count;
  return cardsTable(
    {
      title: m.title(figures.siteVisits),
      // three columns, so that a phone shows it as a table: the languages read in as one cell ("FR 2 · EN 1")
      headers: [m.page, m.visits, m.languages],
      numeric: [false, true, false],
      rows: figures.siteVisitsByPage.map((kind) => [
        m.pages[kind.page],
        count(kind.visits),
        LANGUAGES.filter((language) => (kind.byLanguage[language] ?? 0) > 0)
          .map((language) => `${language.toUpperCase()} ${count(kind.byLanguage[language] ?? 0)}`)
          .join(' · '),
      ]),
    },
    { id: 'site-visits-title', lang, top: SITE_PAGE_KINDS },
  );
}

/** Every kind of page is one row: all of them shown, never a few and "the others". */
const SITE_PAGE_KINDS = 6;
