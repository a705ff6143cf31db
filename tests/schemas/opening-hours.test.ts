import { describe, expect, it } from 'vitest';
import { openDays, openingHours, parseOpeningTimes } from '~/schemas/opening-hours';

describe('parseOpeningTimes', () => {
  it('reads two 24-hour times joined by a dash, with or without spaces', () => {
    expect(parseOpeningTimes('10:00-18:00')).toEqual({ opens: '10:00', closes: '18:00' });
    expect(parseOpeningTimes(' 09:30 - 17:45 ')).toEqual({ opens: '09:30', closes: '17:45' });
  });

  it.each(['9-5', '9:00-17:00', '10:00 to 18:00', '24:00-25:00', '10:60-18:00', '10:00'])(
    'refuses %j',
    (text) => {
      expect(parseOpeningTimes(text)).toBeUndefined();
    },
  );
});

describe('opening hours in site.yaml', () => {
  it('keeps the days given, as times, and reads the rest as closed', () => {
    const hours = openingHours.parse({ saturday: '09:00-14:00', tuesday: '10:00-18:00' });
    expect(hours).toEqual({
      tuesday: { opens: '10:00', closes: '18:00' },
      saturday: { opens: '09:00', closes: '14:00' },
    });
    expect(openDays(hours)).toEqual(['tuesday', 'saturday']);
  });

  it('refuses a day that closes when or before it opens', () => {
    expect(openingHours.safeParse({ monday: '10:00-10:00' }).success).toBe(false);
    expect(openingHours.safeParse({ monday: '10:00-09:00' }).success).toBe(false);
  });
});
