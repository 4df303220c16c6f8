import { html, type SafeHtml } from '../html.js';

/** The links' words, in the page's language. */
export interface DirectionsLabels {
  directions: string;
  appleMaps: string;
  androidMaps: string;
}

/**
 * Directions to a place, as links that work without JavaScript on every phone and computer: which
 * platform reads the page is not guessed from its User-Agent (often wrong, and the page is cached
 * for all). OpenStreetMap's directions open in any browser; `maps.apple.com` opens Apple Plans on an
 * iPhone (where `geo:` does nothing); `geo:` lets Android pick the reader's maps app.
 */
export function directionsLinks(place: { latitude: number; longitude: number; name: string }, labels: DirectionsLabels): SafeHtml {
  const { latitude: lat, longitude: lng } = place;
  return html`<a class="directions" href="https://www.openstreetmap.org/directions?to=${lat}%2C${lng}" rel="noopener">${labels.directions}</a><a href="https://maps.apple.com/?daddr=${lat}%2C${lng}" rel="noopener">${labels.appleMaps}</a><a href="geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(place.name)})">${labels.androidMaps}</a>`;
}
