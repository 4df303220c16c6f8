import { Transform } from 'class-transformer';
import { readHoursInWords } from './hours-in-words.js';

/**
 * Hours typed in words ("Samedi 10h30-12h") are stored in the syntax they read as; what does not
 * read as hours is left as typed, for `IsOpeningHours` to refuse with its value quoted.
 */
export function ReadsHoursInWords(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const read = readHoursInWords(value);
    // an appointment beside hours is a note of its own: the hours alone would hide it
    return read.openingHours !== undefined && read.note === undefined ? read.openingHours : value;
  });
}
