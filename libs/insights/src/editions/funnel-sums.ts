import type { FunnelRow } from './funnel.queries.js';
import type { FunnelCounts, FunnelHost, HostComparison } from './funnel.view.js';

export type Steps = Pick<FunnelCounts, 'copies' | 'openings' | 'passes' | 'uses' | 'spendingCents'>;

export const NOTHING: Steps = { copies: 0, openings: 0, passes: 0, uses: 0, spendingCents: 0 };

/** A step's rate to the one before; null where the one before is 0 (never NaN nor Infinity). */
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** The steps with the rate of each to the one before. */
export const withRates = (steps: Steps): FunnelCounts => ({
  copies: steps.copies,
  openings: steps.openings,
  passes: steps.passes,
  uses: steps.uses,
  spendingCents: steps.spendingCents,
  openingsPerCopy: ratio(steps.openings, steps.copies),
  passesPerOpening: ratio(steps.passes, steps.openings),
  usesPerPass: ratio(steps.uses, steps.passes),
  spendingPerUseCents: steps.uses > 0 ? Math.round(steps.spendingCents / steps.uses) : null,
});

export const add = (a: Steps, b: Steps): Steps => ({
  copies: a.copies + b.copies,
  openings: a.openings + b.openings,
  passes: a.passes + b.passes,
  uses: a.uses + b.uses,
  spendingCents: a.spendingCents + b.spendingCents,
});

/** Rows of several editions summed per accommodation, by name: a season's hosts. */
export function hostsOf(rows: FunnelRow[]): FunnelHost[] {
  const hosts = new Map<string, { name: string; steps: Steps }>();
  for (const row of rows) {
    const host = hosts.get(row.accommodationId);
    hosts.set(row.accommodationId, { name: row.accommodationName, steps: add(host?.steps ?? NOTHING, row) });
  }
  return [...hosts.entries()]
    .sort((a, b) => a[1].name.localeCompare(b[1].name, 'fr'))
    .map(([accommodationId, host]) => ({ accommodationId, accommodationName: host.name, ...withRates(host.steps) }));
}

/** Every accommodation counted in any of the funnels, with its counts in each (zero where it had none). */
export function compareHosts(funnels: { hosts: FunnelHost[] }[]): HostComparison[] {
  const names = new Map<string, string>();
  for (const funnel of funnels) for (const host of funnel.hosts) names.set(host.accommodationId, host.accommodationName);
  return [...names.entries()]
    .sort((a, b) => a[1].localeCompare(b[1], 'fr'))
    .map(([accommodationId, accommodationName]) => ({
      accommodationId,
      accommodationName,
      editions: funnels.map((funnel) => withRates(funnel.hosts.find((host) => host.accommodationId === accommodationId) ?? NOTHING)),
    }));
}
