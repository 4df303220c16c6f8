import { figuresFormat, type FiguresTable } from '#insights';
import { html, type SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';
import { FIGURES_MESSAGES } from './figures.messages.js';

/** Rows shown before "see the others": a phone scrolls through ten cards, not hundreds. */
const TOP_ROWS = 10;

export interface CardsTableOptions {
  id: string;
  lang: PortalLanguage;
  /** One line under the title saying how to read a column. */
  note?: string;
  /** Where every row can be downloaded. */
  csv?: string;
  /** Rows shown (ten unless said). */
  top?: number;
}

/** Up to four columns fit across a phone as a table; wider ones become cards there. */
const PHONE_COLUMNS = 4;

function rowsOf(table: Pick<FiguresTable, 'headers' | 'numeric'>, rows: (string | number)[][]): SafeHtml {
  return html`<table${table.headers.length > PHONE_COLUMNS ? html` class="cards"` : ''}><thead><tr>${table.headers.map(
    (header, column) => html`<th scope="col"${table.numeric[column] ? html` class="n"` : ''}>${header}</th>`,
  )}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell, column) => html`<td data-label="${table.headers[column]}"${table.numeric[column] ? html` class="n"` : ''}>${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
}

/**
 * A table of figures that stays readable on a phone: a narrow one as it is, a wide one with each
 * row a card whose cells carry their column's name (CSS, `table.cards`); the first rows shown; the others are a CSV download
 * where one exists (a territory's host → producer pairs run into thousands), else behind "see the others".
 */
export function cardsTable(table: Pick<FiguresTable, 'title' | 'headers' | 'numeric' | 'rows'>, options: CardsTableOptions): SafeHtml {
  const m = FIGURES_MESSAGES[options.lang];
  const count = figuresFormat(options.lang).count;
  const top = options.top ?? TOP_ROWS;
  const rest = table.rows.slice(top);
  return html`<section class="figures-table"><h2 id="${options.id}">${table.title}</h2>
${options.note ? html`<p class="muted">${options.note}</p>` : ''}
${
  table.rows.length === 0
    ? html`<p class="muted">${m.none}</p>`
    : html`${rowsOf(table, table.rows.slice(0, top))}
${rest.length === 0 ? '' : options.csv ? html`<p><a href="${options.csv}" download>${m.allAsCsv(count(table.rows.length))}</a></p>` : html`<details class="more"><summary>${m.otherRows(count(rest.length))}</summary>${rowsOf(table, rest)}</details>`}`
}</section>`;
}
