import type { Language } from '#common';
import { phoneInLanguage, telHref } from '#directory';
import { html, websiteForReaders } from '#web';
import type { Site } from '../routes/site.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { sitePage } from './site-layout.js';

/** Who publishes the site. */
export function legalPage(site: Site, lang: Language): string {
  const m = SITE_MESSAGES[lang];
  return sitePage({
    site,
    lang,
    ref: { page: 'legal' },
    title: m.legalTitle,
    description: m.publisherText(site.territory.name),
    body: html`<section><h2>${m.publisher}</h2><p>${m.publisherText(site.territory.name)}</p>${contactFacts(site, lang)}</section>
<section><h2>${m.hosting}</h2><p>${m.hostingText}</p></section>`,
  });
}

/** What is and is not recorded about visitors. */
export function privacyPage(site: Site, lang: Language): string {
  const m = SITE_MESSAGES[lang];
  return sitePage({
    site,
    lang,
    ref: { page: 'privacy' },
    title: m.privacyTitle,
    description: m.privacyText,
    body: html`<p>${m.privacyText}</p><p>${m.privacyCounts}</p><p>${m.privacyPass}</p><p>${m.privacyRights}</p>`,
  });
}

export function contactPage(site: Site, lang: Language): string {
  const m = SITE_MESSAGES[lang];
  return sitePage({
    site,
    lang,
    ref: { page: 'contact' },
    title: m.contactTitle,
    description: m.contactLead,
    body: html`<p>${m.contactLead}</p>${contactFacts(site, lang)}`,
  });
}

function contactFacts(site: Site, lang: Language) {
  const m = SITE_MESSAGES[lang];
  const { contactEmail: email, contactPhone: phone, website } = site.territory;
  if (!email && !phone && !website) return html`<p>${m.noContact}</p>`;
  return html`<dl class="facts">
${email ? html`<dt>${m.email}</dt><dd><a href="mailto:${email}">${email}</a></dd>` : ''}
${phone ? html`<dt>${m.phone}</dt><dd><a href="${telHref(phone)}">${phoneInLanguage(phone, lang)}</a></dd>` : ''}
${website ? html`<dt>${m.website}</dt><dd><a href="${website}" rel="noopener">${websiteForReaders(website)}</a></dd>` : ''}
</dl>`;
}
