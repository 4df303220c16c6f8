import { NOTICE_KINDS, NOTICE_TEXTS, type NoticeChoices, type NoticeKind, type ReceivedNotice } from '#accounts';
import { dateTime, html } from '#web';
import { errorSummary, checkboxes, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import type { Visit } from '../visit.js';
import { NOTICES_MESSAGES } from './notices.messages.js';

// Members of any territory read their messages; the date is written in the reader's usual zone.
const TIME_ZONE = 'Europe/Paris';

export function messagesPage(visit: Visit, notices: ReceivedNotice[]): string {
  const m = NOTICES_MESSAGES[visit.lang];
  const body = html`<p>${m.lead}</p>
<p><a href="/app/messages/preferences">${m.choices}</a></p>
${
  notices.length === 0
    ? html`<p class="muted">${m.none}</p>`
    : html`<ul class="messages">${notices.map(
        (n) =>
          html`<li><a href="/app/messages/${n.id}">${n.readAt ? n.subject : html`<strong>${n.subject}</strong>`}</a>
${n.readAt ? '' : html`<em>${m.unread}</em>`} <span class="muted">${dateTime(n.createdAt, TIME_ZONE, visit.lang)} · ${NOTICE_TEXTS[visit.lang].kinds[n.kind]}</span></li>`,
      )}</ul>`
}`;
  return portalPage(visit, { title: m.title, body });
}

export function messagePage(visit: Visit, notice: ReceivedNotice): string {
  const m = NOTICES_MESSAGES[visit.lang];
  const body = html`<p class="muted">${dateTime(notice.createdAt, TIME_ZONE, visit.lang)} · ${NOTICE_TEXTS[visit.lang].kinds[notice.kind]}</p>
<div class="card" style="white-space:pre-wrap">${notice.text}</div>
<p><a href="/app/messages">${m.back}</a></p>`;
  return portalPage(visit, { title: notice.subject, body });
}

/** The form's values from saved choices: the kinds still mailed are the ones ticked. */
export const choicesForm = (choices: NoticeChoices): FormState => ({
  values: { language: choices.language, mailed: NOTICE_KINDS.filter((kind) => !choices.switchedOff.includes(kind)) },
  errors: {},
});

export function preferencesPage(visit: Visit, form: FormState, saved = false): string {
  const m = NOTICES_MESSAGES[visit.lang];
  const kinds = NOTICE_TEXTS[visit.lang].kinds;
  const body = html`<p>${m.preferencesLead}</p>
${errorSummary(form, visit.lang, { language: m.language })}
${postForm(
  visit,
  html`${selectField(form, { name: 'language', label: m.language, lang: visit.lang, choices: (['fr', 'en'] as const).map((value) => ({ value, label: m.languages[value] })) })}
${checkboxes(form, { name: 'mailed', label: m.mailed, lang: visit.lang, choices: NOTICE_KINDS.map((value) => ({ value, label: kinds[value] })) })}
<button type="submit">${PORTAL_MESSAGES[visit.lang].save}</button>`,
)}
<p><a href="/app/messages">${m.back}</a></p>`;
  return portalPage(visit, { title: m.preferencesTitle, body, notice: saved ? PORTAL_MESSAGES[visit.lang].saved : undefined });
}

/** The page of a mail's unsubscribe link, with or without a session: asks, then says it is done. */
export function unsubscribePage(visit: Visit, kind: NoticeKind | undefined, done = false): string {
  const m = NOTICES_MESSAGES[visit.lang];
  if (!kind) return portalPage(visit, { title: m.badLinkTitle, body: html`<p>${m.badLink}</p>` });
  const name = NOTICE_TEXTS[visit.lang].kinds[kind];
  const body = done
    ? html`<p role="status">${m.unsubscribed(name)}</p>`
    : html`<p>${m.unsubscribeLead(name)}</p>${postForm(visit, html`<button type="submit">${m.unsubscribe}</button>`)}`;
  return portalPage(visit, { title: m.unsubscribeTitle, body });
}
