import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/** One image a scanner put on a page, as a file an image decoder reads (JPEG or PNG). */
export interface PageImage {
  page: number;
  bytes: Buffer;
}

const name = (value: string) => PDFName.of(value);
const numberIn = (dict: PDFDict, key: string) => dict.lookupMaybe(name(key), PDFNumber)?.asNumber();

/**
 * The images of each page of a scanner's PDF, without rendering the page: an office scanner writes
 * one image per page (sometimes a few strips). A DCTDecode stream is a JPEG file as it is; a
 * FlateDecode one is pixel rows, made a PNG here (its rows are PNG's already when the PDF uses a
 * PNG predictor; otherwise each row gets PNG's "no filter" byte). Grey and RGB, 1 or 8 bits per
 * component; other encodings (CCITT fax, JBIG2, JPEG 2000, CMYK) are left out and counted as
 * pages without a readable image.
 */
export async function pdfPageImages(bytes: Uint8Array, maxPages: number): Promise<{ pages: number; images: PageImage[] }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const images: PageImage[] = [];
  for (const [index, page] of pages.slice(0, maxPages).entries()) {
    const xobjects = page.node.Resources()?.lookupMaybe(name('XObject'), PDFDict);
    for (const [, value] of xobjects?.entries() ?? []) {
      const stream = value instanceof PDFRef ? pdf.context.lookup(value) : value;
      if (!(stream instanceof PDFRawStream) || stream.dict.get(name('Subtype')) !== name('Image')) continue;
      const file = imageFile(stream, pdf);
      if (file) images.push({ page: index + 1, bytes: file });
    }
  }
  return { pages: pages.length, images };
}

function imageFile(stream: PDFRawStream, pdf: PDFDocument): Buffer | undefined {
  const dict = stream.dict;
  const filters = filterNames(dict.lookup(name('Filter')));
  if (filters.length === 1 && filters[0] === 'DCTDecode') return Buffer.from(stream.contents);
  if (filters.length !== 1 || filters[0] !== 'FlateDecode') return undefined;
  const width = numberIn(dict, 'Width');
  const height = numberIn(dict, 'Height');
  const bits = numberIn(dict, 'BitsPerComponent') ?? 8;
  const colours = componentsOf(dict.lookup(name('ColorSpace')), pdf);
  if (!width || !height || colours === undefined || (bits !== 1 && bits !== 8) || (bits === 1 && colours !== 1)) return undefined;
  const parameters = dict.lookup(name('DecodeParms'));
  const predictor = parameters instanceof PDFDict ? (numberIn(parameters, 'Predictor') ?? 1) : 1;
  let rows: Buffer;
  if (predictor >= 10) rows = Buffer.from(stream.contents);
  else if (predictor === 1) rows = deflateSync(withNoFilterBytes(inflateSync(stream.contents), Math.ceil((width * colours * bits) / 8), height));
  else return undefined;
  return png(width, height, bits, colours === 1 ? 0 : 2, rows);
}

function filterNames(filter: PDFObject | undefined): string[] {
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) return filter.asArray().flatMap((item) => (item instanceof PDFName ? [item.decodeText()] : ['?']));
  return [];
}

/** Components per pixel of a colour space: grey 1, RGB 3 (an ICC profile says its own N); undefined for any other. */
function componentsOf(space: PDFObject | undefined, pdf: PDFDocument): number | undefined {
  if (space === name('DeviceGray') || space === name('CalGray')) return 1;
  if (space === name('DeviceRGB') || space === name('CalRGB')) return 3;
  if (space instanceof PDFArray && space.get(0) === name('ICCBased')) {
    const profile = pdf.context.lookup(space.get(1));
    const n = profile instanceof PDFRawStream ? numberIn(profile.dict, 'N') : undefined;
    return n === 1 || n === 3 ? n : undefined;
  }
  return undefined;
}

function withNoFilterBytes(pixels: Buffer, rowBytes: number, height: number): Buffer {
  const out = Buffer.alloc((rowBytes + 1) * height);
  for (let row = 0; row < height; row++) pixels.copy(out, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes);
  return out;
}

/** A PNG file around zlib-compressed, PNG-filtered rows. */
function png(width: number, height: number, bits: number, colourType: number, rows: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(bits, 8);
  header.writeUInt8(colourType, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
