/** `&e=N` when printed for edition N: every opening, pass and use it brings is traced to that print run. */
const editionOf = (edition?: number) => (edition ? `&e=${edition}` : '');

/**
 * The addresses printed in QR codes: short, made of permanent codes, on PUBLIC_BASE_URL.
 * `?qr=1` tells a scan from a typed or shared link, so that scans can be counted apart.
 */
export const publicLinks = {
  accommodation: (base: string, code: string, edition?: number) => `${base}/v/${code}?qr=1${editionOf(edition)}`,
  producer: (base: string, code: string, edition?: number) => `${base}/f/${code}?qr=1${editionOf(edition)}`,
  territory: (base: string, code: string, edition?: number) => `${base}/t/${code}?qr=1${editionOf(edition)}`,
};

/**
 * A QR code's address as printed under it, for a guest who cannot scan to type: its host and
 * path ("gatine.example/v/abcd1234"), without the scheme browsers add and the scan and edition markers.
 */
export function addressForReaders(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\?qr=1(&e=\d+)?$/, '');
}

/**
 * A pass's address as its card prints it: the code in capitals, as the card writes it in big
 * letters just below ("AZQAT 474MD", without the space an address cannot hold); the pass page
 * reads its code in any case, so what is typed as printed opens it.
 */
export function passAddressForReaders(url: string): string {
  return addressForReaders(url).replace(/\/p\/([^/]+)$/, (_, code: string) => `/p/${code.toUpperCase()}`);
}
