import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '~/schemas/calendar-date';
import type { CalendarDate } from '~/schemas/calendar-date';
import { icsForNextSession } from '~/planner/icalendar';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`test fixture ${text} is not a valid date`);
  return parsed;
}

const now = new Date('2026-07-01T23:30:05.123Z');
const base = {
  date: date('2026-08-12'),
  summary: 'Microneedling: book your next session',
  url: 'https://clinic.example/treatments/microneedling/',
  now,
};

const octets = (line: string): number => new TextEncoder().encode(line).length;
const physicalLines = (ics: string): string[] => ics.split('\r\n').slice(0, -1);
// RFC 5545 §3.1 unfolding: remove every CRLF followed by a single space.
const contentLines = (ics: string): string[] => physicalLines(ics.replaceAll('\r\n ', ''));
const property = (ics: string, name: string): string | undefined =>
  contentLines(ics)
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    ?.slice(name.length);

describe('icsForNextSession', () => {
  it('writes one all-day VEVENT with a reminder in a VCALENDAR, in order, with CRLF everywhere', () => {
    const ics = icsForNextSession(base);
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//clinic-treatments//next-session//EN',
        'CALSCALE:GREGORIAN',
        'BEGIN:VEVENT',
        'UID:20260812-microneedling-book-your-next-session@clinic.example',
        'DTSTAMP:20260701T233005Z',
        'DTSTART;VALUE=DATE:20260812',
        'DTEND;VALUE=DATE:20260813',
        'SUMMARY:Microneedling: book your next session',
        'DESCRIPTION:https://clinic.example/treatments/microneedling/',
        'URL:https://clinic.example/treatments/microneedling/',
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:-PT15H',
        'DESCRIPTION:Microneedling: book your next session',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('ends an all-day event on the following day, across month, year and leap day', () => {
    const dtend = (text: string) =>
      property(icsForNextSession({ ...base, date: date(text) }), 'DTEND');
    expect(dtend('2026-12-31')).toBe(';VALUE=DATE:20270101');
    expect(dtend('2028-02-28')).toBe(';VALUE=DATE:20280229');
    expect(dtend('2028-02-29')).toBe(';VALUE=DATE:20280301');
    expect(dtend('2026-10-25')).toBe(';VALUE=DATE:20261026');
    expect(property(icsForNextSession({ ...base, date: date('2026-12-31') }), 'DTSTART')).toBe(
      ';VALUE=DATE:20261231',
    );
  });

  it('stamps DTSTAMP in UTC from the given instant', () => {
    const ics = icsForNextSession({ ...base, now: new Date('2027-01-01T00:00:00+14:00') });
    expect(property(ics, 'DTSTAMP')).toBe(':20261231T100000Z');
  });

  it('makes a deterministic UID from date, summary and host, or uses the one given', () => {
    const again = icsForNextSession({ ...base, now: new Date('2030-01-01T00:00:00Z') });
    expect(property(again, 'UID')).toBe(property(icsForNextSession(base), 'UID'));
    const other = icsForNextSession({ ...base, date: date('2026-08-13'), summary: 'Peel — next!' });
    expect(property(other, 'UID')).toBe(':20260813-peel-next@clinic.example');
    const given = icsForNextSession({ ...base, uid: 'abc;1@x' });
    expect(property(given, 'UID')).toBe(':abc\\;1@x');
  });

  it('escapes backslash, semicolon, comma and line breaks in text values', () => {
    const ics = icsForNextSession({
      ...base,
      summary: 'Peel; then, rest \\ relax',
      description: 'Line one\nLine two\r\nLine three',
    });
    expect(property(ics, 'SUMMARY')).toBe(':Peel\\; then\\, rest \\\\ relax');
    expect(property(ics, 'DESCRIPTION')).toBe(':Line one\\nLine two\\nLine three');
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets with CRLF + space, and unfolds to the original', () => {
    const summary = `Microneedling ${'collagen induction '.repeat(8)}follow-up`;
    const url = `https://clinic.example/${'very-long-path-segment/'.repeat(6)}?ref=calendar`;
    const ics = icsForNextSession({ ...base, summary, url });
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physicalLines(ics).some((line) => octets(line) === 75)).toBe(true);
    expect(physicalLines(ics).filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(property(ics, 'SUMMARY')).toBe(`:${summary}`);
    expect(property(ics, 'URL')).toBe(`:${url}`);
  });

  it('counts UTF-8 octets, not characters, and never splits a multi-byte character', () => {
    // 'SUMMARY:' is 8 octets, 66 ASCII letters make 74, so 'é' (2 octets) would reach 76.
    const summary = `${'a'.repeat(66)}é${'ü'.repeat(40)}✨ end`;
    const ics = icsForNextSession({ ...base, summary });
    const lines = physicalLines(ics);
    const first = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    expect(lines[first]).toBe(`SUMMARY:${'a'.repeat(66)}`);
    expect(lines[first + 1]?.startsWith(' é')).toBe(true);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(property(ics, 'SUMMARY')).toBe(`:${summary}`);
  });

  it('keeps an emoji (surrogate pair, 4 octets) whole at a fold', () => {
    const summary = `${'b'.repeat(65)}😊 after`;
    const lines = physicalLines(icsForNextSession({ ...base, summary }));
    const first = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    expect(lines[first]).toBe(`SUMMARY:${'b'.repeat(65)}`);
    expect(lines[first + 1]).toBe(' 😊 after');
  });

  it('writes the address as LOCATION, escaped, and leaves LOCATION out without one', () => {
    const ics = icsForNextSession({ ...base, location: '12 Harley Mews, London, W1G 9QD' });
    expect(property(ics, 'LOCATION')).toBe(':12 Harley Mews\\, London\\, W1G 9QD');
    expect(property(icsForNextSession(base), 'LOCATION')).toBeUndefined();
  });

  it('reminds at 9am the day before with the summary as its words, escaped and folded', () => {
    const summary = `Earliest date to book your next ${'long treatment name, '.repeat(4)}session`;
    const ics = icsForNextSession({ ...base, summary });
    const lines = contentLines(ics);
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15H',
      `DESCRIPTION:${summary.replaceAll(',', '\\,')}`,
      'END:VALARM',
    ]);
    // RFC 5545 §3.6.1: the alarm sits inside the event.
    expect(lines.indexOf('BEGIN:VALARM')).toBeGreaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('rejects a relative URL', () => {
    expect(() => icsForNextSession({ ...base, url: '/book/' })).toThrow(TypeError);
  });
});
