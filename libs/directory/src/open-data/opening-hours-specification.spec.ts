import { describe, expect, it } from 'vitest';
import { openingHoursSpecification } from './opening-hours-specification.js';

const day = (name: string) => `https://schema.org/${name}`;
const NOW = new Date('2026-11-25T10:00:00Z'); // a Wednesday

describe('schema.org opening hours from the OpenStreetMap syntax', () => {
  it('groups the days that share the same hours, Monday first', () => {
    expect(openingHoursSpecification('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00', 'Europe/Paris', NOW)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map(day),
        opens: '09:00',
        closes: '12:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day), opens: '14:00', closes: '18:00' },
    ]);
  });

  it('splits hours over midnight on the two days, and says a whole day as 00:00–23:59', () => {
    expect(openingHoursSpecification('Fr 18:00-02:00', 'Europe/Paris', NOW)).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [day('Friday')], opens: '18:00', closes: '23:59' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [day('Saturday')], opens: '00:00', closes: '02:00' },
    ]);
    expect(openingHoursSpecification('24/7', 'Europe/Paris', NOW)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(day),
        opens: '00:00',
        closes: '23:59',
      },
    ]);
  });

  it('says nothing rather than something wrong for no or unreadable hours', () => {
    expect(openingHoursSpecification(null, 'Europe/Paris', NOW)).toEqual([]);
    expect(openingHoursSpecification('whenever the farmer is around', 'Europe/Paris', NOW)).toEqual([]);
  });
});
