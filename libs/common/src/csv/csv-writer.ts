/**
 * CSV as spreadsheets read it (RFC 4180), for every file the application writes: quoted where
 * needed, CRLF line ends, a byte-order mark so that Excel reads accents right, and texts that a
 * spreadsheet would run as formulas neutralised.
 */

/** Comma, semicolon (what French Excel splits into columns), or tab (Excel's "Unicode text"). */
export type CsvDelimiter = ',' | ';' | '\t';

const BOM = '\uFEFF';

export interface CsvWriteOptions {
  /** Semicolon by default: what French Excel splits into columns. */
  delimiter?: CsvDelimiter;
  /** A UTF-8 byte-order mark, so that Excel reads accents right: on by default. */
  bom?: boolean;
  /**
   * The columns of texts (not of numbers): their cells a spreadsheet would read as a number or a
   * date (`0042`, `+33549632715`, `24/7`, `1/2`) are quoted, so that LibreOffice, told to "format
   * quoted fields as text", keeps them as they are (see the README).
   */
  quoteNumberLike?: (column: number) => boolean;
}

/** A text a spreadsheet opening a CSV file would turn into a number or a date: digits with signs, separators or an exponent only (one character class, so it runs in linear time on any cell). */
const numberOrDateLike = (cell: string) => /\d/.test(cell) && /^[\d\s.,/:%()+-]+(e[+-]?\d+)?$/i.test(cell);

/** A decimal as a CSV file writes it: with a comma where the delimiter is a semicolon (a French file), so that a French spreadsheet reads a number. */
export function csvDecimal(value: number | string, delimiter: CsvDelimiter): string {
  return delimiter === ';' ? String(value).replace('.', ',') : String(value);
}

/** A cell a spreadsheet would read as a formula (=, +, -, @ first) unless it is a number or a phone number. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?[\d .,()]+$/;
/** What the import reads as a protected cell: apostrophes, then what would start a formula. */
const PROTECTED = /^'+[=+\-@\t\r]/;

/**
 * A cell as written to a file: a text a spreadsheet would run as a formula gets a leading
 * apostrophe, so that a name typed by a member can never run in the coordinator's spreadsheet.
 * A text that already looks protected (`'=…`) gets one too, so that `fromCsvCell`, which takes
 * exactly one off, gives every text back as it was.
 */
export function toCsvCell(value: string): string {
  return (FORMULA_LIKE.test(value) && !NUMBER_LIKE.test(value)) || PROTECTED.test(value) ? `'${value}` : value;
}

/** The reverse of `toCsvCell`: the one apostrophe it adds is taken off, and nothing else. */
export function fromCsvCell(value: string): string {
  return PROTECTED.test(value) ? value.slice(1) : value;
}

/** Rows as CSV text: quoted where needed, CRLF line ends, with a BOM unless told otherwise. */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const numberLike = options.quoteNumberLike ?? (() => false);
  const quote = (cell: string, column: number) =>
    cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim() || (numberLike(column) && numberOrDateLike(cell))
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  const body = rows.map((cells) => cells.map(quote).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}
