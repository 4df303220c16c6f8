import { describe, expect, it } from 'vitest';
import { phoneForReaders, readPhones } from './phone-numbers.js';

describe('phones as people and spreadsheets type them', () => {
  it('reads every way a French number is written into E.164', () => {
    for (const typed of ['05 49 64 20 18', '05.49.64.20.18', '0549642018', '+33 5 49 64 20 18', '+33 (0)5 49 64 20 18']) {
      expect(readPhones(typed)).toEqual({ numbers: ['+33549642018'], fixes: [], unreadable: [] });
    }
  });

  it('restores what a spreadsheet took away, and says so', () => {
    expect(readPhones('670657778')).toEqual({
      numbers: ['+33670657778'],
      fixes: [{ kind: 'leadingZeroRestored', typed: '670657778', read: '+33670657778' }],
      unreadable: [],
    });
    expect(readPhones('33549632715').fixes).toEqual([{ kind: 'plusRestored', typed: '33549632715', read: '+33549632715' }]);
  });

  it('two numbers in one cell are a main and a second phone; what is no number is named', () => {
    expect(readPhones('05 49 64 20 18 / 06 70 65 77 78').numbers).toEqual(['+33549642018', '+33670657778']);
    expect(readPhones('05 49 64 20 18 ou 06 70 65 77 78').numbers).toEqual(['+33549642018', '+33670657778']);
    expect(readPhones('05 49 64 20 18 ; demander Paul')).toEqual({ numbers: ['+33549642018'], fixes: [], unreadable: ['demander Paul'] });
    expect(readPhones('12 34')).toEqual({ numbers: [], fixes: [], unreadable: ['12 34'] });
  });

  it('shows a French number in the national format, one from abroad with its country code', () => {
    expect(phoneForReaders('+33549642018')).toBe('05 49 64 20 18');
    expect(phoneForReaders('+3225551212')).toBe('+32 2 555 12 12');
  });
});
