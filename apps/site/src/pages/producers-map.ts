import { layOutMap } from '#printing';
import { html, type SafeHtml } from '#web';

export interface MapPlace {
  name: string;
  commune: string;
  latitude: number;
  longitude: number;
  href: string;
}

const BOX = { x: 0, y: 0, width: 360, height: 300 };
const SCALE_STRIP = 18;
/** About the width of a character of the labels' 10-unit sans-serif. */
const CHARACTER_WIDTH = 5.6;

const round = (n: number) => Math.round(n * 10) / 10;

interface Label {
  name: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Each commune's name under its first point, kept inside the map (anchored at its start near the
 * left edge, at its end near the right) and left out where it would cover another name or another
 * point: a crowded map keeps its points readable, each still named by its link's title.
 */
function communeLabels(communes: Map<string, { x: number; y: number }>, points: { x: number; y: number }[]): Label[] {
  const taken: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labels: Label[] = [];
  for (const [name, at] of communes) {
    const width = name.length * CHARACTER_WIDTH;
    // under the point, else over it
    for (const y of [at.y + 17, at.y - 10]) {
      let label: Label = { name, x: at.x, y, anchor: 'middle' };
      if (at.x - width / 2 < 4) label = { name, x: Math.max(at.x - 6, 4), y, anchor: 'start' };
      else if (at.x + width / 2 > BOX.width - 4) label = { name, x: Math.min(at.x + 6, BOX.width - 4), y, anchor: 'end' };
      const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
      const box = { x0, x1: x0 + width, y0: y - 9, y1: y + 2 };
      const overlaps = (other: typeof box) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1;
      const onPoint = points.some((point) => overlaps({ x0: point.x - 7, x1: point.x + 7, y0: point.y - 7, y1: point.y + 7 }));
      if (box.y0 < 0 || box.y1 > BOX.height - SCALE_STRIP || onPoint || taken.some(overlaps)) continue;
      taken.push(box);
      labels.push(label);
      break;
    }
  }
  return labels;
}

/**
 * The brochure's map drawn as SVG on the server (the same layout: points, commune names, scale,
 * north): no tile server, no script, and each point a link to its producer. `here` is drawn apart.
 */
export function producersMap(places: MapPlace[], texts: { label: string; north: string }, here?: MapPlace): SafeHtml {
  // the bottom strip is the scale bar's
  const layout = layOutMap(
    { ...BOX, height: BOX.height - SCALE_STRIP },
    places.map((place) => ({ label: place.name, latitude: place.latitude, longitude: place.longitude, commune: place.commune })),
    { pad: 14, top: 20 },
  );
  if (!layout) return html``;
  const points = places.map((place) => ({ place, at: layout.project(place) }));
  const communes = communeLabels(
    layout.communes,
    points.map(({ at }) => at),
  ).map((label) => html`<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}">${label.name}</text>`);
  const links = points.map(
    ({ place, at }) =>
      html`<a href="${place.href}" class="${place === here ? 'here' : ''}"><title>${place.name}</title><circle cx="${round(at.x)}" cy="${round(at.y)}" r="${place === here ? 10 : 8}"/></a>`,
  );
  const { km, length } = layout.scale;
  const barY = BOX.height - 6;
  return html`<figure class="map"><figcaption class="visually-hidden">${texts.label}</figcaption><svg viewBox="0 0 ${BOX.width} ${BOX.height}" xmlns="http://www.w3.org/2000/svg">
<g font-size="10" fill="#5b5b57" font-family="system-ui,sans-serif">${communes}</g>
${links}
<path d="M10 ${barY}h${round(length)}" stroke="#1d1d1b" stroke-width="2"/><text x="10" y="${barY - 4}" font-size="10" font-family="system-ui,sans-serif">${km} km</text>
<path d="M${BOX.width - 16} 6l-5 13h10z" fill="#1d1d1b"/><text x="${BOX.width - 16}" y="31" font-size="10" font-weight="bold" text-anchor="middle" font-family="system-ui,sans-serif">${texts.north}</text>
</svg></figure>`;
}
