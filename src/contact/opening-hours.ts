import { WEEKDAYS, type Weekday } from '~/calendar/calendar-date';
import type { OpeningHours, OpeningTimes } from '~/schemas/opening-hours';

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
