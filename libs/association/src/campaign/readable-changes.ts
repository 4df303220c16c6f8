import type { FieldChangeView } from './campaign.view.js';

export type StoredChanges = Record<string, { from: unknown; to: unknown }>;

const said = (value: unknown): string | null => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The fields of `after` that differ from `before`, as stored (before/after). Texts in several languages
 * are compared language by language, so a changed French title reads `title.fr`.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): StoredChanges {
  const changes: StoredChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field] ?? null;
    if (isTexts(from) || isTexts(to)) {
      const a = (from ?? {}) as Record<string, unknown>;
      const b = (to ?? {}) as Record<string, unknown>;
      for (const lang of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if ((a[lang] ?? null) !== (b[lang] ?? null)) changes[`${field}.${lang}`] = { from: a[lang] ?? null, to: b[lang] ?? null };
      }
    } else if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}

const isTexts = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readableChanges(changes: StoredChanges): FieldChangeView[] {
  return Object.entries(changes).map(([field, change]) => ({ field, from: said(change.from), to: said(change.to) }));
}
