import { isEmail } from 'class-validator';
import { refusal } from '#common';
import { phoneForReaders, readPhones } from '../shared/phone-numbers.js';
import { completeWebsite, isWebsite } from '../shared/website-field.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';
import type { SheetColumn } from './columns.js';

const found = (cell: string) => cell.trim().slice(0, 60);

/**
 * The phone as people and spreadsheets type it, stored in E.164 and written back in the national
 * format ("05 49 64 20 18"), which a spreadsheet keeps as text and the import reads back the same.
 * A place has one phone: two numbers in a cell are a problem to settle (which one?), not a guess.
 */
export const phoneColumn: SheetColumn = {
  header: 'telephone',
  aliases: ['phone', 'tel'],
  field: 'phone',
  read: (cell, _delimiter, column = 'telephone') => {
    if (cell.trim() === '') return { value: null };
    const read = readPhones(cell.slice(0, 200));
    if (read.numbers.length > 1) return { problem: refusal(SPREADSHEET_PROBLEMS, 'phone_several', { column, found: found(cell), count: read.numbers.length }) };
    if (read.numbers.length === 0 || read.unreadable.length > 0)
      return { problem: refusal(SPREADSHEET_PROBLEMS, 'phone_invalid', { column, found: found(cell) }) };
    const [number] = read.numbers;
    const [fix] = read.fixes;
    if (!fix) return { value: number };
    return { value: number, changed: refusal(SPREADSHEET_PROBLEMS, 'phone_fixed', { column, typed: fix.typed, read: phoneForReaders(number) }) };
  },
  write: (record) => (record.phone === null ? '' : phoneForReaders(record.phone)),
};

/** A site typed without its scheme gets https:// (checked as an address, never fetched). */
export const websiteColumn: SheetColumn = {
  header: 'site_web',
  aliases: ['website', 'site', 'site_internet', 'url'],
  field: 'website',
  read: (cell, _delimiter, column = 'site_web') => {
    if (cell.trim() === '') return { value: null };
    const { value, completed } = completeWebsite(cell);
    if (!isWebsite(value)) return { problem: refusal(SPREADSHEET_PROBLEMS, 'website_invalid', { column, found: found(cell) }) };
    return completed ? { value, changed: refusal(SPREADSHEET_PROBLEMS, 'website_completed', { column, typed: cell.trim(), read: value }) } : { value };
  },
  write: (record) => record.website ?? '',
};

export const emailColumn: SheetColumn = {
  header: 'email',
  aliases: ['e_mail', 'courriel', 'mail', 'adresse_mail', 'adresse_e_mail'],
  field: 'email',
  read: (cell, _delimiter, column = 'email') => {
    const value = cell.trim();
    if (value === '') return { value: null };
    return isEmail(value) ? { value } : { problem: refusal(SPREADSHEET_PROBLEMS, 'email_invalid', { column, found: found(cell) }) };
  },
  write: (record) => record.email ?? '',
};
