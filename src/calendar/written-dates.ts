import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const twoDigits = (n: number) => String(n).padStart(2, '0');

function dayOf(year: string, month: number, day: string): CalendarDate | undefined {
  return parseCalendarDate(`${year}-${twoDigits(month)}-${twoDigits(Number(day))}`);
}

/** A month by its full name or first three letters, 1 for January; 0 when it is not a month. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((month) => lower === month || lower === month.slice(0, 3)) + 1;
}

/**
 * The day an editor meant by a date written another way: `31/12/2026`, `31-12-2026`, `31.12.2026`
 * (day first, as in Britain), `2026/12/31`, or `31 December 2026`. Undefined when it is not one of
 * these, or is no day on the calendar, so the editor is never shown a guess.
 */
export function asYearMonthDay(written: string): CalendarDate | undefined {
  const text = written.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) {
    const [, day = '', month = '', year = ''] = dayFirst;
    return dayOf(year, Number(month), day);
  }
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (yearFirst) {
    const [, year = '', month = '', day = ''] = yearFirst;
    return dayOf(year, Number(month), day);
  }
  const [, day = '', monthName = '', year = ''] =
    /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text) ?? [];
  const month = monthNumber(monthName);
  return month > 0 ? dayOf(year, month, day) : undefined;
}
