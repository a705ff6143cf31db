import type { CalendarDate } from '~/calendar/calendar-date';
import { todayInZone } from '~/calendar/calendar-date';
import { comingClosures } from '~/lib/closures';
import type { OpeningHours } from '~/schemas/opening-hours';

interface ClinicSettings {
  timeZone: string;
  contact?:
    | {
        phone?: string | undefined;
        email?: string | undefined;
        address?: readonly string[] | undefined;
        bookingUrl?: string | undefined;
      }
    | undefined;
  openingHours?: OpeningHours | undefined;
  closures: readonly { from: CalendarDate; to: CalendarDate }[];
}

/** The contact page's name: its heading and every link to it, so the same page has one name. */
export const CONTACT_PAGE_NAME = 'Contact us';

/** What the contact page shows; each part is there only when the clinic has given it. */
export function contactPageFacts(settings: ClinicSettings, now = new Date()) {
  return {
    phone: settings.contact?.phone,
    email: settings.contact?.email,
    address: settings.contact?.address,
    bookingUrl: settings.contact?.bookingUrl,
    openingHours: settings.openingHours,
    closures: comingClosures(settings.closures, todayInZone(settings.timeZone, now)),
  };
}

/**
 * Whether the site has a contact page: only when the clinic has given something to put on it, so
 * no client is sent to an empty page.
 */
export function hasContactPage(settings: ClinicSettings, now = new Date()): boolean {
  const facts = contactPageFacts(settings, now);
  return Object.values(facts).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined,
  );
}
