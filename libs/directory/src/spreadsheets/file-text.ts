import { refusal, type SaidRefusal } from '#common';
import { decodeCsv } from './csv.js';
import { SPREADSHEET_PROBLEMS, type FileLooksLike } from './import-problems.js';

/** The text of an uploaded spreadsheet, or why it has none. */
export type FileText = { text: string } | { problem: SaidRefusal };

/** Files a coordinator may pick by mistake, told by their first bytes. */
const MAGIC_NUMBERS: { bytes: number[]; looksLike: FileLooksLike }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'workbook' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'old_workbook' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'png' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'gif' },
  { bytes: [0x1f, 0x8b], looksLike: 'gzip' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);

/**
 * Control characters no spreadsheet writes in a text (tab, line ends, form feed, vertical tab —
 * FileMaker's line break inside a cell — and DOS's end-of-file mark are left out): a few of them
 * in a text are a binary file read as text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f\u007f]/g;

/**
 * The text of a file as uploaded: UTF-8 with or without a byte-order mark, UTF-16 (little or big
 * endian) with its byte-order mark — what Excel's "Unicode text" saves — or, when the bytes are
 * not UTF-8, Windows-1252 (French Excel's plain "CSV"). A file that is not text (an image, a
 * workbook, UTF-16 without its mark) is refused with what it seems to be.
 */
export function fileText(bytes: Uint8Array): FileText {
  if (bytes.length === 0) return { problem: refusal(SPREADSHEET_PROBLEMS, 'file_empty') };
  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes));
  if (magic) return { problem: refusal(SPREADSHEET_PROBLEMS, 'not_csv', { looksLike: magic.looksLike }) };
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (bytes.includes(0)) return { problem: refusal(SPREADSHEET_PROBLEMS, 'binary_nul') };
  else text = decodeCsv(bytes);
  const controls = text.slice(0, 64 * 1024).match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > 2) return { problem: refusal(SPREADSHEET_PROBLEMS, 'binary_controls') };
  return { text };
}
