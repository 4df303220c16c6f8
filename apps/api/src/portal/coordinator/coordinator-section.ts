import type { Territory } from '../../../../../libs/directory/src/index.js';
import { html, type SafeHtml } from '../../pages/html.js';
import { portalPage } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';

/** `/app/coordinator/{territoryId}/{rest}`: every page of the section hangs off its territory. */
export const coordinatorPath = (territoryId: string, rest = '') => `/app/coordinator/${territoryId}${rest ? `/${rest}` : ''}`;

const LOCALES = { fr: 'fr-FR', en: 'en-GB' };

/** A calendar day (YYYY-MM-DD) as a reader writes it. */
export const longDate = (date: string, lang: PortalLanguage) =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** An instant in the territory's time zone: the coordinator reads local times. */
export const dateTime = (instant: Date, territory: Territory, lang: PortalLanguage) =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: territory.timeZone }).format(instant);

/** A page of the section: a way back to the overview above its content. */
export function coordinatorPage(visit: Visit, territory: Territory, options: { title: string; body: SafeHtml; notice?: string }): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const body = html`<p><a href="${coordinatorPath(territory.id)}">${m.backToOverview}</a></p>
${options.body}`;
  return portalPage(visit, { ...options, body });
}
