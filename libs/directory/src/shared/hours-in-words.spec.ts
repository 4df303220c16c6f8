import { describe, expect, it } from 'vitest';
import { readHoursInWords, readTime } from './hours-in-words.js';

describe('opening hours as people type them, read into the OpenStreetMap syntax', () => {
  it.each([
    ['Vendredi 15h-19h', 'Fr 15:00-19:00'],
    ['Samedi 10h30-12h', 'Sa 10:30-12:00'],
    ['du lundi au samedi 9h-12h et 14h-18h', 'Mo-Sa 09:00-12:00,14:00-18:00'],
    ['Du lundi au vendredi de 9h à 12h et de 14h à 18h ; fermé le dimanche', 'Mo-Fr 09:00-12:00,14:00-18:00; Su off'],
    ['mardi et jeudi 17h-19h, samedi 9h-12h', 'Tu,Th 17:00-19:00; Sa 09:00-12:00'],
    ['Lundi, mercredi et vendredi : 17h30 - 19h', 'Mo,We,Fr 17:30-19:00'],
    ['Tous les jours 10h-19h', 'Mo-Su 10:00-19:00'],
    ['Les samedis de 9h à midi', 'Sa 09:00-12:00'],
    ['Mon-Fri 9am-5pm', 'Mo-Fr 09:00-17:00'],
    ['Monday to Friday 9:00-17:00; closed on Sunday', 'Mo-Fr 09:00-17:00; Su off'],
    ['Weekends 10am-6pm', 'Sa,Su 10:00-18:00'],
    ['vendredi 17h-19h, fermé les jours fériés', 'Fr 17:00-19:00; PH off'],
    ['Du lundi au samedi 9h-12h et 14h-18h, fermé le dimanche', 'Mo-Sa 09:00-12:00,14:00-18:00; Su off'],
    ['Friday 3pm-7pm', 'Fr 15:00-19:00'],
    ['Saturday 10:30am-12pm', 'Sa 10:30-12:00'],
    ['Saturday 10.30-12', 'Sa 10:30-12:00'],
    ['Monday to Saturday 9am-12pm and 2pm-6pm', 'Mo-Sa 09:00-12:00,14:00-18:00'],
    ['Monday to Saturday 9am-12pm and 2pm-6pm, closed on Sunday', 'Mo-Sa 09:00-12:00,14:00-18:00; Su off'],
  ])('"%s" → %s', (typed, expected) => {
    expect(readHoursInWords(typed)).toEqual({ openingHours: expected });
  });

  it('keeps valid OpenStreetMap hours as they were typed', () => {
    expect(readHoursInWords('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00')).toEqual({ openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00' });
    expect(readHoursInWords('24/7')).toEqual({ openingHours: '24/7' });
  });

  it('an appointment is a note for people, beside the hours when there are some', () => {
    expect(readHoursInWords('Sur rendez-vous')).toEqual({ note: 'Sur rendez-vous' });
    expect(readHoursInWords('sur rendez-vous')).toEqual({ note: 'sur rendez-vous' });
    expect(readHoursInWords('By appointment only')).toEqual({ note: 'By appointment only' });
    expect(readHoursInWords('samedi 9h-12h, sinon sur rendez-vous')).toEqual({ note: 'samedi 9h-12h, sinon sur rendez-vous' });
    expect(readHoursInWords('Vendredi 15h-19h et sur RDV')).toEqual({ openingHours: 'Fr 15:00-19:00', note: 'Vendredi 15h-19h et sur RDV' });
  });

  it('closed days alone say nothing of when it is open: a note, not hours that read closed all week', () => {
    expect(readHoursInWords('fermé le dimanche')).toEqual({ note: 'fermé le dimanche' });
    expect(readHoursInWords('Closed on Sunday')).toEqual({ note: 'Closed on Sunday' });
  });

  it('what it cannot read whole is kept as a note, never half-converted', () => {
    for (const typed of ['Selon la saison', "D'avril à octobre, le samedi matin", 'lundi 25h-26h', 'Vendredi soir']) {
      expect(readHoursInWords(typed)).toEqual({ note: typed });
    }
    expect(readHoursInWords('  ')).toEqual({});
  });

  it('reads times written every way', () => {
    expect(['9h', '9h30', '09:00', '9.30', '9am', '5 pm', '12pm', 'midi'].map(readTime)).toEqual([
      '09:00',
      '09:30',
      '09:00',
      '09:30',
      '09:00',
      '17:00',
      '12:00',
      '12:00',
    ]);
    expect(readTime('25h')).toBeUndefined();
  });
});
