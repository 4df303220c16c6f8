import type { Language } from '#common';
import { brandColour } from '../pages/site-layout.js';
import type { Site } from '../routes/site.js';

/** The web manifest: the territory's name and colours, its icon, its home page. */
export function webManifest(site: Site, lang: Language): string {
  const { territory } = site;
  return JSON.stringify({
    name: territory.name,
    short_name: territory.name.length > 12 ? territory.name.split(/\s+/).slice(-1)[0] : territory.name,
    lang,
    start_url: `${site.base}/`,
    scope: `${site.base}/`,
    display: 'browser',
    theme_color: brandColour(territory.primaryColor),
    background_color: '#faf8f2',
    icons: [{ src: `${site.base}/icon.svg`, sizes: 'any', type: 'image/svg+xml' }],
  });
}
