import { defineMessages, LANGUAGES } from '#common';
import type { SitePageKind, TerritoryFigures } from '#insights';
import { html, type SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';

const MESSAGES = defineMessages(
  'fr',
  {
    title: (total: number) => `Visites du site public (${total})`,
    page: 'Page',
    visits: 'Visites',
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
  return html`<h2 id="site-visits-title">${m.title(figures.siteVisits)}</h2>
<table class="stack" aria-labelledby="site-visits-title"><thead><tr><th scope="col">${m.page}</th><th scope="col">${m.visits}</th>${LANGUAGES.map((language) => html`<th scope="col">${language.toUpperCase()}</th>`)}</tr></thead>
<tbody>${figures.siteVisitsByPage.map(
    (kind) =>
      html`<tr data-page="${kind.page}"><th scope="row">${m.pages[kind.page]}</th><td>${kind.visits}</td>${LANGUAGES.map((language) => html`<td>${kind.byLanguage[language] ?? 0}</td>`)}</tr>`,
  )}</tbody></table>`;
}
