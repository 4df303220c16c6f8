/**
 * The brochures of many hosts in one batch, as a season's printing would run them: each host's
 * personalised A4 brochure, in turn, in this process. Generated content: hosts in territories of
 * 50, each territory with its own producers (20 by default) and address, each host its own name
 * and page — so that QR codes and texts are drawn anew per territory and per host, as in life.
 */
import { performance } from 'node:perf_hooks';
import type { ShowcaseTerritory } from '#directory';
import { publicLinks, renderBrochure } from '#printing';
import { median, percentile } from './support.js';
import { syntheticContent } from './synthetic-brochure.js';

export interface BrochureBatchOptions {
  hosts?: number;
  producersPerTerritory?: number;
  hostsPerTerritory?: number;
  /** A line every `every` brochures: how many, the time so far, the RSS. */
  progress?: (line: string) => void;
  every?: number;
}

export interface BrochureBatchResult {
  hosts: number;
  totalMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  bytes: number;
  rssStartMb: number;
  rssPeakMb: number;
}

const TERRITORY: ShowcaseTerritory = {
  id: 'territory',
  name: 'Bons plans de Gâtine',
  languages: ['fr'],
  timeZone: 'Europe/Paris',
  primaryColor: '#2f6b3a',
  logoUrl: null,
  contactEmail: 'contact@gatine.example',
  contactPhone: '05 49 00 00 00',
};

const rssMb = () => Math.round(process.memoryUsage().rss / (1024 * 1024));

export async function brochureBatch(options: BrochureBatchOptions = {}): Promise<BrochureBatchResult> {
  const { hosts = 1000, producersPerTerritory = 20, hostsPerTerritory = 50, every = 100, progress = () => undefined } = options;
  const date = new Date().toISOString().slice(0, 10);
  const times: number[] = [];
  let bytes = 0;
  const rssStartMb = rssMb();
  let rssPeakMb = rssStartMb;
  const started = performance.now();
  for (let host = 0; host < hosts; host++) {
    const territoryNumber = Math.floor(host / hostsPerTerritory);
    const base = `https://t${territoryNumber}.terroir-pass.example`;
    const { content } = syntheticContent(
      producersPerTerritory,
      { ...TERRITORY, id: `territory-${territoryNumber}`, name: `${TERRITORY.name} ${territoryNumber + 1}` },
      base,
      date,
    );
    const code = `h${String(host).padStart(7, '0')}`;
    const accommodation = content.accommodation && { ...content.accommodation, name: `Gîte n° ${host + 1}`, pageUrl: publicLinks.accommodation(base, code) };
    const t0 = performance.now();
    const pdf = await renderBrochure({ ...content, accommodation, printedAt: new Date() }, { format: 'A4', lang: 'fr' });
    times.push(performance.now() - t0);
    bytes += pdf.length;
    rssPeakMb = Math.max(rssPeakMb, rssMb());
    if ((host + 1) % every === 0 || host + 1 === hosts) {
      progress(
        `  ${String(host + 1).padStart(6)} / ${hosts} brochures, ${((performance.now() - started) / 1000).toFixed(1)} s, median ${median(times).toFixed(1)} ms, RSS ${rssMb()} MB`,
      );
    }
  }
  return {
    hosts,
    totalMs: performance.now() - started,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    bytes,
    rssStartMb,
    rssPeakMb,
  };
}
