import { html, raw, type SafeHtml, CSRF_FIELD } from '#web';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import type { Visit } from '../visit.js';
import { PORTAL_STYLE } from './portal-style.js';

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'content-type': 'text/html; charset=utf-8',
};

export const PORTAL_HEADERS: Readonly<Record<string, string>> = SECURITY_HEADERS;

/** The hidden field every form carries (see session/csrf.ts). */
export const csrfField = (visit: Visit): SafeHtml => html`<input type="hidden" name="${CSRF_FIELD}" value="${visit.csrf}">`;

/** A form posting to `action` (this page by default) with its CSRF token. */
export function postForm(visit: Visit, body: SafeHtml, options: { action?: string; className?: string; label?: string } = {}): SafeHtml {
  return html`<form method="post" action="${options.action ?? visit.path}" ${options.className ? raw(`class="${options.className}"`) : ''} ${options.label ? html`aria-label="${options.label}"` : ''} novalidate>${csrfField(visit)}${body}</form>`;
}

interface Section {
  href: string;
  label: string | SafeHtml;
}

/** The sections a person may open, from their memberships: one link per job they hold. */
function sectionsOf(visit: Visit): Section[] {
  const m = PORTAL_MESSAGES[visit.lang];
  const actor = visit.actor;
  if (!actor.isSignedIn) return [];
  const sections: Section[] = [{ href: '/app', label: m.home }];
  const producerId = actor.ownProducerIds[0];
  if (producerId) {
    sections.push({ href: `/app/producer/${producerId}/offers`, label: m.offers });
    sections.push({ href: `/app/producer/${producerId}/redeem`, label: m.redeem });
    sections.push({ href: `/app/producer/${producerId}/figures`, label: m.figures });
  }
  if (actor.hostedAccommodationIds.length > 0) sections.push({ href: '/app/host', label: m.host });
  const territoryId = actor.coordinatedTerritoryIds[0];
  if (territoryId) sections.push({ href: `/app/coordinator/${territoryId}`, label: m.coordination });
  const unread = visit.unread ?? 0;
  sections.push({
    href: '/app/messages',
    label:
      unread > 0
        ? html`${m.messages} <span class="count">${unread > 99 ? '99+' : String(unread)}</span><span class="visually-hidden">${m.unread(unread)}</span>`
        : m.messages,
  });
  sections.push({ href: '/app/account', label: m.account });
  return sections;
}

/** Every member page: skip link, the person's sections, the language switch, sign-out. */
export function portalPage(visit: Visit, options: { title: string; body: SafeHtml; notice?: string }): string {
  const m = PORTAL_MESSAGES[visit.lang];
  const other = visit.lang === 'fr' ? 'en' : 'fr';
  const sections = sectionsOf(visit);
  const current = (href: string) => visit.path === href || (href !== '/app' && visit.path.startsWith(`${href}/`));
  return html`<!doctype html>
<html lang="${visit.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${options.title} · ${m.appName}</title>
${PORTAL_STYLE}
</head>
<body>
<a class="skip" href="#main">${m.skip}</a>
<header class="bar">
<a class="name" href="/app">${m.appName}</a>
${
  sections.length > 0
    ? html`<nav class="sections" aria-label="${m.sections}"><ul>${sections.map((s) => html`<li><a href="${s.href}" ${current(s.href) ? raw('aria-current="page"') : ''}>${s.label}</a></li>`)}</ul></nav>`
    : ''
}
<div class="tools">
<a href="${visit.path}?lang=${other}" hreflang="${other}" lang="${other}" aria-label="${m.otherLanguageLabel}">${m.otherLanguage}</a>
${visit.actor.isSignedIn ? postForm(visit, html`<button class="link" type="submit">${m.signOut}</button>`, { action: '/app/sign-out' }) : ''}
</div>
</header>
<main id="main" tabindex="-1">
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
<h1>${options.title}</h1>
${options.body}
</main>
</body>
</html>`.value;
}
