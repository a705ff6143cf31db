import { nameInSentence } from '~/lib/format';
import type { NextSessionEvent } from './icalendar';

/** The words of the calendar event, written at build time so the planner's script carries none. */
export type CalendarText = Required<Pick<NextSessionEvent, 'summary' | 'description' | 'url'>> &
  Pick<NextSessionEvent, 'location'>;

interface Clinic {
  treatmentName: string;
  clinicName: string;
  pageUrl: string;
  phone?: string | undefined;
  bookingUrl?: string | undefined;
  address?: readonly string[] | undefined;
}

/**
 * What the event says it is: the first day the next session may be, not a booked appointment, with
 * the ways to book that the clinic has given.
 */
export function calendarText(clinic: Clinic): CalendarText {
  const treatment = nameInSentence(clinic.treatmentName);
  const description = [
    `This is the earliest date for your next ${treatment} session at ${clinic.clinicName}. It is not an appointment.`,
    clinic.bookingUrl && `Book online: ${clinic.bookingUrl}`,
    clinic.phone && `Phone: ${clinic.phone}`,
    `About the treatment: ${clinic.pageUrl}`,
  ].filter(Boolean);
  return {
    summary: `Earliest date to book your next ${treatment} session`,
    description: description.join('\n'),
    url: clinic.pageUrl,
    location: clinic.address?.length ? clinic.address.join(', ') : undefined,
  };
}
