import type { Territory } from '#directory';
import { PRINT_CHECK_TEXTS, whyItMatters, type PrintCheck, type PrintProblem } from '#printing';
import { html, type SafeHtml } from '#web';
import { coordinatorPage, coordinatorPath } from '../coordinator/coordinator-section.js';
import { textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { postForm } from '../layout/portal-layout.js';
import { colon } from '../layout/portal-format.js';
import type { Visit } from '../visit.js';
import { PRINT_CHECK_MESSAGES } from './print-check.messages.js';

/** The problems one after the other, grouped by the record they are about (the check lists a record's problems together). */
function byRecord(problems: readonly PrintProblem[]): PrintProblem[][] {
  const groups: PrintProblem[][] = [];
  for (const problem of problems) {
    const last = groups.at(-1);
    if (last && last[0].record.id === problem.record.id) last.push(problem);
    else groups.push([problem]);
  }
  return groups;
}

/** Each record with its problems: why each matters and a link to the page where it is fixed. */
export function problemList(visit: Visit, problems: readonly PrintProblem[]): SafeHtml {
  const m = PRINT_CHECK_MESSAGES[visit.lang];
  const kinds = PRINT_CHECK_TEXTS[visit.lang].record;
  return html`${byRecord(problems).map((group) => {
    const record = group[0].record;
    return html`<section class="card print-problems" aria-labelledby="record-${record.id}">
<h2 id="record-${record.id}">${kinds[record.kind]}${colon(visit.lang)}${record.name}</h2>
<ul>${group.map(
      (
        problem,
      ) => html`<li><strong>${m[problem.severity]}</strong> — ${whyItMatters(problem, visit.lang)} <span class="muted">(${m.field}${colon(visit.lang)}${problem.field})</span>
<a href="${problem.fixPath}">${m.fix}<span class="visually-hidden"> — ${record.name}, ${problem.field}</span></a></li>`,
    )}</ul>
</section>`;
  })}`;
}

/** The check before printing of the territory. */
export function printCheckPage(visit: Visit, territory: Territory, check: PrintCheck): string {
  const m = PRINT_CHECK_MESSAGES[visit.lang];
  const body = html`<p>${m.lead}</p>
<p>${check.season ? m.seasonOpen(check.season.name) : m.noSeason}</p>
<p><strong>${m.count(check.problems.length)}</strong></p>
${problemList(visit, check.problems)}`;
  return coordinatorPage(visit, territory, { title: m.title, body });
}

/**
 * The territory's brochure asked for while a season is open and problems are left: the problems,
 * then a form to print anyway with a reason (posted with the brochure's choices).
 */
export function printGatePage(visit: Visit, territory: Territory, check: PrintCheck & { season: { name: string } }, form: FormState): string {
  const m = PRINT_CHECK_MESSAGES[visit.lang];
  const choices = (['lang', 'format', 'imposition', 'date'] as const).map((name) => {
    const value = form.values[name];
    return typeof value === 'string' && value ? html`<input type="hidden" name="${name}" value="${value}">` : '';
  });
  const body = html`<p>${m.gateLead(check.problems.length, check.season.name)}</p>
${problemList(visit, check.problems)}
${postForm(
  visit,
  html`${choices}${textArea(form, { name: 'printAnyway', label: m.reason, hint: m.reasonHint, lang: visit.lang, rows: 2, maxLength: 500 })}
<button type="submit">${m.printAnyway}</button>`,
  { action: coordinatorPath(territory.id, 'brochure.pdf'), className: 'card', label: m.printAnyway },
)}`;
  return coordinatorPage(visit, territory, { title: m.gateTitle, body });
}
