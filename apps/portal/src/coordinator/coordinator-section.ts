import type { Territory } from '#directory';
import { html, type SafeHtml } from '#web';
import { dateTime as localDateTime } from '../layout/portal-format.js';
import { portalPage } from '../layout/portal-layout.js';
import type { PortalLanguage, Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';

/** `/app/coordinator/{territoryId}/{rest}`: every page of the section hangs off its territory. */
export const coordinatorPath = (territoryId: string, rest = '') => `/app/coordinator/${territoryId}${rest ? `/${rest}` : ''}`;

/** An instant in the territory's time zone: the coordinator reads local times. */
export const dateTime = (instant: Date, territory: Territory, lang: PortalLanguage) => localDateTime(instant, territory.timeZone, lang);

/** A page of the section: a way back to the overview above its content. */
export function coordinatorPage(visit: Visit, territory: Territory, options: { title: string; body: SafeHtml; notice?: string }): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const body = html`<p><a href="${coordinatorPath(territory.id)}">${m.backToOverview}</a></p>
${options.body}`;
  return portalPage(visit, { ...options, body });
}
