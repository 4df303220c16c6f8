import type { LatLng } from '#common';

/** An address to place: as the record holds it, and its commune's INSEE code when known (a sharper filter than the postcode). */
export interface AddressToPlace {
  address: string;
  postcode: string;
  commune: string;
  inseeCode?: string;
}

/** Where an address is, as a geocoder found it: how sure it is (0 to 1) and what it found (which may differ from what was asked). */
export interface FoundPosition extends LatLng {
  score: number;
  label: string;
}

/** Finds the position of an address; nothing when it finds none. Throws when the service cannot answer. */
export interface Geocoder {
  locate(address: AddressToPlace): Promise<FoundPosition | undefined>;
}

/** The geocoder of a deployment, or null when none is configured (`GEOCODER_URL`). */
export const GEOCODER = Symbol('GEOCODER');

const TIMEOUT_MS = 5_000;

interface GeocodeJson {
  features?: { geometry?: { coordinates?: unknown }; properties?: { score?: unknown; label?: unknown } }[];
}

/**
 * France's national address base (BAN) at its search endpoint (or any service answering the same
 * GeoJSON): the best feature for the address and commune as text, filtered by the commune's INSEE
 * code, else its postcode.
 */
export class BanGeocoder implements Geocoder {
  constructor(private readonly searchUrl: string) {}

  async locate(place: AddressToPlace): Promise<FoundPosition | undefined> {
    const url = new URL(this.searchUrl);
    url.searchParams.set('q', `${place.address} ${place.commune}`.slice(0, 200));
    if (place.inseeCode) url.searchParams.set('citycode', place.inseeCode);
    else url.searchParams.set('postcode', place.postcode);
    url.searchParams.set('limit', '1');
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`the geocoder answered ${response.status}`);
    const [best] = ((await response.json()) as GeocodeJson).features ?? [];
    const [longitude, latitude] = Array.isArray(best?.geometry?.coordinates) ? (best.geometry.coordinates as unknown[]) : [];
    const { score, label } = best?.properties ?? {};
    if (typeof latitude !== 'number' || typeof longitude !== 'number' || typeof score !== 'number') return undefined;
    return { latitude, longitude, score, label: typeof label === 'string' ? label : '' };
  }
}
