import type { BaseLayersView, Territory } from '#directory';
import { html, raw } from '#web';
import { errorSummary, fieldId } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { csrfField, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { BASE_LAYER_MESSAGES } from './base-layers.messages.js';
import { coordinatorPage, coordinatorPath, dateTime } from './coordinator-section.js';

/** The territory's base layers: what is kept, a file to upload (or replace them with), and removing them. */
export function baseLayersPage(visit: Visit, territory: Territory, current: BaseLayersView | undefined, form: FormState, notice?: string): string {
  const m = BASE_LAYER_MESSAGES[visit.lang];
  const action = coordinatorPath(territory.id, 'base-layers');
  const error = form.errors.file;
  const id = fieldId('file');
  const body = html`<p>${m.lead}</p>
<section class="card" aria-labelledby="current-title">
<h2 id="current-title">${m.current}</h2>
${
  current
    ? html`<ul>
<li>${m.kept(current.communes, current.roads, current.rivers)}</li>
<li>${m.skipped(current.skipped)}</li>
<li>${m.points(current.pointsReceived, current.pointsKept)}</li>
<li>${m.uploadedAt(dateTime(current.uploadedAt, territory, visit.lang))}</li>
</ul>
${postForm(visit, html`<button type="submit" class="secondary">${m.remove}</button>`, { action: `${action}/delete` })}`
    : html`<p>${m.none}</p>`
}
</section>
<section class="card" aria-labelledby="upload-title">
<h2 id="upload-title">${current ? m.replace : m.upload}</h2>
${errorSummary(form, visit.lang, { file: m.file })}
<form method="post" action="${action}" enctype="multipart/form-data" novalidate>
${csrfField(visit)}
<div class="field">
<label for="${id}">${m.file}</label>
<p class="hint" id="${id}-hint">${m.how}</p>
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
<input type="file" id="${id}" name="file" accept=".geojson,.json,application/geo+json,application/json" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}" ${error ? raw('aria-invalid="true"') : ''}>
</div>
<button type="submit">${current ? m.replace : m.upload}</button>
</form>
</section>`;
  return coordinatorPage(visit, territory, { title: m.title, body, notice });
}
