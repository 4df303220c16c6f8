import { typedHostName, type Territory } from '#directory';
import type { FieldErrors } from '../forms/form-errors.js';
import { list, text, textOrNull } from '../forms/form-values.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';

export const COLOR_FIELDS = ['primaryColor', 'secondaryColor'] as const;
type ColorField = (typeof COLOR_FIELDS)[number];

/** The colour a picker shows when none is stored (a picker cannot be empty). */
export const PICKER_DEFAULT = { primaryColor: '#2f6b3a', secondaryColor: '#e8b23a' };

/** The form as the stored territory fills it. Each colour has a picker, a code, and what both showed. */
export function settingsValues(territory: Territory): Record<string, unknown> {
  const colors = Object.fromEntries(
    COLOR_FIELDS.flatMap((field) => {
      const stored = territory[field] ?? '';
      const picker = territory[field] ?? PICKER_DEFAULT[field];
      return [
        [field, stored],
        [`${field}Picker`, picker],
        [`${field}Was`, stored],
        [`${field}PickerWas`, picker],
      ];
    }),
  );
  return {
    name: territory.name,
    contactEmail: territory.contactEmail ?? '',
    contactPhone: territory.contactPhone ?? '',
    website: territory.website ?? '',
    logoUrl: territory.logoUrl ?? '',
    languages: territory.languages,
    offersNeedReview: territory.offersNeedReview ? 'yes' : '',
    selfServicePasses: territory.selfServicePasses ? 'yes' : '',
    timeZone: territory.timeZone,
    funders: (territory.funders ?? []).join('\n'),
    domains: territory.domains.join('\n'),
    ...colors,
  };
}

/**
 * Without JavaScript the picker and the code cannot follow each other: whichever the person
 * changed wins (the code when both were), and neither changed keeps what was stored.
 */
function colorOf(body: Record<string, unknown>, field: ColorField): string | null | undefined {
  const code = text(body[field]);
  if (code !== text(body[`${field}Was`])) return code || null;
  const picker = text(body[`${field}Picker`]);
  if (picker !== text(body[`${field}PickerWas`])) return picker;
  return undefined;
}

const lines = (value: unknown) =>
  (typeof value === 'string' ? value : '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The UpdateTerritoryDto input, and what only the form can see wrong (a funder's line). */
export function settingsInput(body: Record<string, unknown>, visit: Visit): { input: Record<string, unknown>; errors: FieldErrors } {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const funders = lines(body.funders);
  const errors: FieldErrors = {};
  const tooLong = funders.findIndex((funder) => funder.length > 120);
  if (funders.length > 12) errors.funders = m.fundersTooMany;
  else if (tooLong >= 0) errors.funders = m.funderTooLong(tooLong + 1);
  const input: Record<string, unknown> = {
    name: text(body.name),
    contactEmail: textOrNull(body.contactEmail),
    contactPhone: textOrNull(body.contactPhone),
    website: textOrNull(body.website),
    logoUrl: textOrNull(body.logoUrl),
    // French is always offered: the checkbox is there to be seen, not to be unticked.
    languages: ['fr', ...list(body.languages).filter((language) => language !== 'fr')],
    offersNeedReview: text(body.offersNeedReview) === 'yes',
    selfServicePasses: text(body.selfServicePasses) === 'yes',
    timeZone: text(body.timeZone),
    funders,
    domains: lines(body.domains).map(typedHostName),
  };
  for (const field of COLOR_FIELDS) {
    const color = colorOf(body, field);
    if (color !== undefined) input[field] = color;
  }
  return { input, errors };
}

/** The DTO's words, said as the page says them (a service's refusal is already in the page's words). */
export function settingsErrors(errors: FieldErrors, visit: Visit): FieldErrors {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const said: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const name = field.replace(/\.\d+$/, '');
    if (said[name]) continue;
    if (name === 'timeZone') said[name] = m.timeZoneInvalid;
    else if (name === 'contactPhone') said[name] = m.phoneInvalid;
    else if (name === 'primaryColor' || name === 'secondaryColor') said[name] = m.colorInvalid;
    else if (name === 'domains') said[name] = m.domainInvalid;
    else said[name] = message;
  }
  return said;
}
