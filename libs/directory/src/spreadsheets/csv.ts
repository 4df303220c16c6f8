/**
 * CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a byte-order mark, comma,
 * semicolon (French Excel) or tab (Excel's "Unicode text") between fields, quoted fields holding delimiters, newlines and doubled
 * quotes, CRLF or LF line ends. Rows are numbered as the spreadsheet shows them: the header is
 * row 1, the first record row 2, and a record whose quoted field holds a newline is still one row.
 */
import { refusal, type CsvDelimiter, type SaidRefusal } from '#common';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';

export interface CsvRecord {
  /** The row number a spreadsheet shows (header = 1). */
  row: number;
  cells: string[];
  /** A quoting problem was found on this row: its cells may not be where they belong. */
  broken: boolean;
}

export interface CsvProblem extends SaidRefusal {
  row: number;
  /** Index of the cell the problem is in, when it is about one cell. */
  cell?: number;
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Row 1. */
  header: string[];
  /** Rows 2…, blank rows left out (their numbers are kept by the others). */
  records: CsvRecord[];
  problems: CsvProblem[];
}

const BOM = '\uFEFF';

/**
 * The text of a file as uploaded: UTF-8 (with or without BOM) — or, when its bytes are not UTF-8,
 * Windows-1252, which is what French Excel's plain "CSV (séparateur : point-virgule)" saves.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // decoded here: some Node versions decode 'windows-1252' as Latin-1, losing œ, Œ, €, ’, …
    let text = '';
    for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte);
    return text;
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (where it differs from Latin-1). */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The separator the header line holds most of outside quotes: tab, then semicolon, then comma (the default) on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"')
      quoted = !quoted; // a doubled quote toggles twice: no change
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === '\t' || c === ';' || c === ',')) counts[c]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const n = text.length;
  const rows: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let row = 1;
  let cells: string[] = [];
  let broken = false;
  const endRecord = () => {
    rows.push({ row, cells, broken });
    row++;
    cells = [];
    broken = false;
  };
  const problem = (said: SaidRefusal) => {
    problems.push({ row, cell: cells.length, ...said });
    broken = true;
  };
  const isEnd = (c: string | undefined) => c === undefined || c === delimiter || c === '\n' || c === '\r';

  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      // A quoted field: up to the quote that is not doubled.
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const quote = text.indexOf('"', j);
        if (quote === -1) {
          value += text.slice(j);
          j = n;
          break;
        }
        value += text.slice(j, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        problem(refusal(SPREADSHEET_PROBLEMS, 'unclosed_quote'));
        cells.push(value);
        endRecord();
        break;
      }
      let k = j;
      while (!isEnd(text[k])) k++;
      if (k > j) {
        problem(refusal(SPREADSHEET_PROBLEMS, 'text_after_quote', { text: text.slice(j, Math.min(k, j + 20)) }));
        value += text.slice(j, k);
      }
      cells.push(value);
      i = k;
    } else {
      let k = i;
      while (!isEnd(text[k])) k++;
      const value = text.slice(i, k);
      if (value.includes('"')) problem(refusal(SPREADSHEET_PROBLEMS, 'stray_quote'));
      cells.push(value);
      i = k;
    }
    if (i >= n) {
      endRecord();
      break;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRecord();
    if (i >= n) break;
  }

  const [first, ...rest] = rows;
  return {
    delimiter,
    header: first?.cells ?? [],
    records: rest.filter((record) => record.broken || record.cells.some((cell) => cell.trim() !== '')),
    problems,
  };
}
