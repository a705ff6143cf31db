import { WEEKDAYS, type Weekday } from './calendar-date';

/** A day's hours as 24-hour `HH:MM` times. */
export interface OpeningTimes {
  readonly opens: string;
  readonly closes: string;
}

export type OpeningHours = { readonly [Day in Weekday]?: OpeningTimes | undefined };

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-3]):([0-5]\d)$/;

/** "10:00-18:00" → { opens: "10:00", closes: "18:00" }; undefined for anything else. */
export function parseOpeningTimes(text: string): OpeningTimes | undefined {
  const match = HOURS.exec(text.trim());
  if (!match) return undefined;
  const [, openHour, openMinute, closeHour, closeMinute] = match;
  return { opens: `${openHour}:${openMinute}`, closes: `${closeHour}:${closeMinute}` };
}

/** The days the clinic opens, Monday first: a day with no hours is a closed day. */
export function openDays(hours: OpeningHours): Weekday[] {
  return WEEKDAYS.filter((day) => hours[day] !== undefined);
}

/** Every day of the week, Monday first, with its hours or `undefined` when closed. */
export function weekOf(hours: OpeningHours): { day: Weekday; times: OpeningTimes | undefined }[] {
  return WEEKDAYS.map((day) => ({ day, times: hours[day] }));
}

/** "09:00" → "9am", "17:30" → "5:30pm", "12:00" → "12pm": the way UK clinics write hours. */
export function formatTime(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${suffix}`;
}

/** { opens: "09:00", closes: "17:30" } → "9am to 5:30pm". */
export function formatOpeningTimes({ opens, closes }: OpeningTimes): string {
  return `${formatTime(opens)} to ${formatTime(closes)}`;
}
