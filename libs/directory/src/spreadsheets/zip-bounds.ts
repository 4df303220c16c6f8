import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Whether a ZIP archive unzips to at most `max` bytes, found by unzipping each entry with a cap
 * (the sizes an archive declares may lie): a few megabytes uploaded must not become gigabytes in
 * memory when the workbook library opens them. A file that is no readable ZIP archive answers false.
 */
export function unzippedSizeWithin(bytes: Uint8Array, max: number): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-directory record is the last thing in the file, before a comment of up to 64 KB
  let end = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return false;
  const entries = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  let left = max;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== DIRECTORY_ENTRY) return false;
    const method = view.readUInt16LE(at + 10);
    const compressed = view.readUInt32LE(at + 20);
    const local = view.readUInt32LE(at + 42);
    at += 46 + view.readUInt16LE(at + 28) + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
    if (local + 30 > view.length || view.readUInt32LE(local) !== LOCAL_HEADER) return false;
    const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
    if (start + compressed > view.length) return false;
    const data = view.subarray(start, start + compressed);
    if (method === 0) left -= compressed;
    else if (method === 8) {
      try {
        left -= inflateRawSync(data, { maxOutputLength: Math.max(1, left + 1) }).length;
      } catch {
        return false; // past the cap, or not deflate data
      }
    } else return false;
    if (left < 0) return false;
  }
  return true;
}
