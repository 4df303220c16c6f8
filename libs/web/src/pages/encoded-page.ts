import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { remembered } from '#common';

export type ContentEncoding = 'br' | 'gzip';

/** Brotli's default (11) spends tens of milliseconds for a few bytes more; 5 is as small as gzip -9 in a fraction of it. */
const BROTLI_QUALITY = 5;

const ENCODINGS: readonly ContentEncoding[] = ['br', 'gzip'];

const encode = (text: Buffer, encoding: ContentEncoding): Buffer =>
  encoding === 'br' ? brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : gzipSync(text);

/**
 * A rendered page and its compressed forms, each made once on first demand: cached pages are
 * compressed once per minute, not per request, and a rural 3G link carries a quarter of the bytes.
 * The text is held as its UTF-8 bytes: what is sent as is, without encoding the string anew for
 * each request, and what a cache bounded in bytes can weigh exactly.
 */
export class EncodedPage {
  private readonly text: Buffer;
  private readonly encoded = new Map<ContentEncoding, Buffer>();
  private tag?: string;

  constructor(html: string) {
    this.text = Buffer.from(html);
  }

  get html(): string {
    return this.text.toString();
  }

  /** A strong entity tag of the page's text, the same for each of its encodings (the response varies on Accept-Encoding). */
  get etag(): string {
    this.tag ??= `"${createHash('sha256').update(this.text).digest('base64url').slice(0, 22)}"`;
    return this.tag;
  }

  /** The bytes held now: the text and the compressed forms made so far. */
  get bytes(): number {
    let total = this.text.length;
    for (const body of this.encoded.values()) total += body.length;
    return total;
  }

  /** Makes every compressed form now (a cache weighs what it will hold, not what it holds on arrival), and returns `bytes`. */
  encodeAll(): number {
    for (const encoding of ENCODINGS) this.bodyIn(encoding);
    return this.bytes;
  }

  /** The body for a request's Accept-Encoding: Brotli, else gzip, else the text as it is. */
  bodyFor(acceptEncoding: string | undefined): { body: Buffer; encoding?: ContentEncoding } {
    const encoding = preferredEncoding(acceptEncoding);
    if (!encoding) return { body: this.text };
    return { body: this.bodyIn(encoding), encoding };
  }

  private bodyIn(encoding: ContentEncoding): Buffer {
    let body = this.encoded.get(encoding);
    if (!body) {
      body = encode(this.text, encoding);
      this.encoded.set(encoding, body);
    }
    return body;
  }
}

/** What a cache entry holds besides its bodies: the object, its strings (two bytes a character at worst), the map's slot. */
export const CACHE_ENTRY_BYTES = 400;

/** What a cached page weighs: its text and every compressed form of it (made now, so that none is added uncounted later), and its key. */
export const weighEncodedPage = (page: EncodedPage, key: string): number => page.encodeAll() + 2 * key.length + CACHE_ENTRY_BYTES;

/** `br` or `gzip` when the client accepts it (a q=0 refuses it), `br` first. */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  return acceptEncoding ? acceptedEncoding(acceptEncoding) : undefined;
}

/** Browsers send one of a handful of Accept-Encoding headers: each is parsed once. */
const acceptedEncoding = remembered((acceptEncoding: string): ContentEncoding | undefined => {
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
});
