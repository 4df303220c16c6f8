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

/**
 * The brochure's map drawn as SVG on the server (the same layout: points, commune names, scale,
 * north): no tile server, no script, and each point a link to its producer. `here` is drawn apart.
 */
export function producersMap(places: MapPlace[], texts: { label: string; north: string }, here?: MapPlace): SafeHtml {
  const layout = layOutMap(
    BOX,
    places.map((place) => ({ label: place.name, latitude: place.latitude, longitude: place.longitude, commune: place.commune })),
    { pad: 22, top: 20 },
  );
  if (!layout) return html``;
  const round = (n: number) => Math.round(n * 10) / 10;
  const communes = [...layout.communes].map(([name, at]) => {
    const x = round(Math.min(Math.max(at.x, 40), BOX.width - 40));
    return html`<text x="${x}" y="${round(Math.min(at.y + 15, BOX.height - 22))}" text-anchor="middle">${name}</text>`;
  });
  const points = places.map((place) => {
    const at = layout.project(place);
    return html`<a href="${place.href}" class="${place === here ? 'here' : ''}"><title>${place.name}</title><circle cx="${round(at.x)}" cy="${round(at.y)}" r="${place === here ? 8 : 6.5}"/></a>`;
  });
  const { km, length } = layout.scale;
  const barY = BOX.height - 10;
  return html`<figure class="map"><svg viewBox="0 0 ${BOX.width} ${BOX.height}" role="img" aria-label="${texts.label}" xmlns="http://www.w3.org/2000/svg">
<g font-size="10" fill="#5b5b57" font-family="system-ui,sans-serif">${communes}</g>
${points}
<path d="M10 ${barY}h${round(length)}" stroke="#1d1d1b" stroke-width="2"/><text x="10" y="${barY - 5}" font-size="10" font-family="system-ui,sans-serif">${km} km</text>
<path d="M${BOX.width - 16} 6l-5 13h10z" fill="#1d1d1b"/><text x="${BOX.width - 16}" y="31" font-size="10" font-weight="bold" text-anchor="middle" font-family="system-ui,sans-serif">${texts.north}</text>
</svg></figure>`;
}
