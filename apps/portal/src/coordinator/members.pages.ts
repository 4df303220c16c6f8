import type { LinkView, MemberView } from '#accounts';
import type { Accommodation, Producer, Territory } from '#directory';
import { html, type SafeHtml } from '#web';
import { checkboxes, errorSummary, inputField, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPage, coordinatorPath, dateTime } from './coordinator-section.js';

export type MemberMove = 'resend' | 'suspend' | 'reactivate' | 'password-reset';

/** The names a member's links are shown by. */
export interface Directory {
  producers: Pick<Producer, 'id' | 'name'>[];
  accommodations: Pick<Accommodation, 'id' | 'name'>[];
}

/** What can be done with a membership in its status: an invitation resent, an active member suspended… */
function movesOf(member: MemberView, visit: Visit): MemberMove[] {
  // One does not suspend oneself (the service refuses it): the button is not offered.
  const suspend: MemberMove[] = member.userId === visit.actor.userId ? [] : ['suspend'];
  if (member.status === 'invited') return ['resend', ...suspend];
  if (member.status === 'suspended') return ['reactivate'];
  return ['password-reset', ...suspend];
}

function linksOf(member: MemberView, directory: Directory): string {
  const names = [
    ...directory.producers.filter((p) => p.id === member.producerId).map((p) => p.name),
    ...directory.accommodations.filter((a) => member.accommodationIds.includes(a.id)).map((a) => a.name),
  ];
  return names.join(', ');
}

function actions(visit: Visit, territoryId: string, member: MemberView): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const label: Record<MemberMove, string> = { resend: m.resend, suspend: m.suspend, reactivate: m.reactivate, 'password-reset': m.passwordReset };
  const style: Record<MemberMove, string> = { resend: 'secondary', suspend: 'danger', reactivate: 'secondary', 'password-reset': 'secondary' };
  return html`<div class="row">${movesOf(member, visit).map((move) =>
    postForm(visit, html`<button type="submit" class="${style[move]}">${label[move]}<span class="visually-hidden"> — ${member.email}</span></button>`, {
      action: coordinatorPath(territoryId, `members/${member.id}/${move}`),
    }),
  )}</div>`;
}

/** The territory's members, each with the moves its status allows. */
export function membersPage(
  visit: Visit,
  territory: Territory,
  members: MemberView[],
  directory: Directory,
  options: { notice?: string; error?: string } = {},
): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const table =
    members.length === 0
      ? html`<p>${m.noMembers}</p>`
      : html`<table class="stack">
<caption class="visually-hidden">${m.membersTitle}</caption>
<thead><tr><th scope="col">${m.name}</th><th scope="col">${m.email}</th><th scope="col">${m.role}</th><th scope="col">${m.status}</th><th scope="col">${m.links}</th><th scope="col">${m.actions}</th></tr></thead>
<tbody>${members.map(
          (member) =>
            html`<tr>
<th scope="row">${member.name ?? '—'}</th>
<td>${member.email}</td>
<td>${m.roles[member.role] ?? member.role}</td>
<td><span class="status">${m.memberStatuses[member.status] ?? member.status}</span></td>
<td>${linksOf(member, directory)}</td>
<td>${actions(visit, territory.id, member)}</td>
</tr>`,
        )}</tbody>
</table>`;
  const body = html`${options.error ? html`<div class="summary" role="alert"><p class="error">${options.error}</p></div>` : ''}
<p><a class="button" href="${coordinatorPath(territory.id, 'members/invite')}">${m.invite}</a></p>
${table}`;
  return coordinatorPage(visit, territory, { title: m.membersTitle, body, notice: options.notice });
}

/** The invitation form: who, which role, and what a producer or host is linked to. */
export function invitePage(visit: Visit, territory: Territory, directory: Directory, form: FormState): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  const roles = (['producer', 'host', 'coordinator'] as const).map((value) => ({ value, label: m.roles[value] }));
  const producers = [{ value: '', label: m.noProducer }, ...directory.producers.map((p) => ({ value: p.id, label: p.name }))];
  const accommodations = directory.accommodations.map((a) => ({ value: a.id, label: a.name }));
  const labels = { email: m.email, name: m.inviteName, role: m.role, producerId: m.inviteProducer, accommodationIds: m.inviteAccommodations };
  const body = html`<p>${m.inviteLead}</p>
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`${inputField(form, { name: 'email', label: m.email, type: 'email', autocomplete: 'off', required: true, lang })}
${inputField(form, { name: 'name', label: m.inviteName, autocomplete: 'off', maxLength: 120, lang })}
${selectField(form, { name: 'role', label: m.role, hint: m.inviteRoleHint, choices: roles, required: true, lang })}
${selectField(form, { name: 'producerId', label: m.inviteProducer, choices: producers, lang })}
${accommodations.length > 0 ? checkboxes(form, { name: 'accommodationIds', label: m.inviteAccommodations, choices: accommodations, lang }) : ''}
<button type="submit">${m.sendInvitation}</button>`,
  { className: 'card' },
)}`;
  return coordinatorPage(visit, territory, { title: m.inviteTitle, body });
}

/**
 * A link to pass on (an invitation, a new password), shown once in answer to the post: a secret
 * never travels in an address, where logs and history would keep it.
 */
export function linkPage(visit: Visit, territory: Territory, member: Pick<MemberView, 'email'>, link: LinkView, kind: 'invitation' | 'password-reset'): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const expires = dateTime(new Date(link.expiresAt), territory, visit.lang);
  const body = html`<p class="notice" role="status">${kind === 'invitation' ? m.invited(member.email) : `${m.passwordReset} — ${member.email}`}</p>
${
  link.url
    ? html`<div class="card"><p>${kind === 'invitation' ? m.linkLead : m.resetLead} ${expires}).</p>
<div class="field"><label for="link">${m.linkLabel}</label><input id="link" type="text" readonly value="${link.url}"></div>
<p><a href="${link.url}">${link.url}</a></p></div>`
    : html`<p>${m.mailed}</p>`
}
<p><a class="button secondary" href="${coordinatorPath(territory.id, 'members')}">${m.membersTitle}</a></p>`;
  return coordinatorPage(visit, territory, { title: kind === 'invitation' ? m.inviteTitle : m.passwordReset, body });
}
