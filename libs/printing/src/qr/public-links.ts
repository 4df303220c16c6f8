/** `&e=N` when printed for edition N: every opening, pass and use it brings is traced to that print run. */
const editionOf = (edition?: number) => (edition ? `&e=${edition}` : '');

/**
 * The addresses printed in QR codes: short, made of permanent codes, on PUBLIC_BASE_URL.
 * `?qr=1` tells a scan from a typed or shared link, so that scans can be counted apart.
 */
export const publicLinks = {
  accommodation: (base: string, code: string, edition?: number) => `${base}/v/${code}?qr=1${editionOf(edition)}`,
  producer: (base: string, code: string, edition?: number) => `${base}/f/${code}?qr=1${editionOf(edition)}`,
  territory: (base: string, code: string) => `${base}/t/${code}?qr=1`,
};

/**
 * A QR code's address as printed under it, for a guest who cannot scan to type: its host and
 * path ("gatine.example/v/abcd1234"), without the scheme browsers add and the scan and edition markers.
 */
export function addressForReaders(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\?qr=1(&e=\d+)?$/, '');
}
