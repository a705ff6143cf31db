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
 * Whether the site has a contact page: only when the clinic has given a way to reach it or its
 * opening hours, so no client is sent to a page with no way to get in touch. Closures alone are not
 * enough: a page saying only when the clinic is shut is a "Contact us" page with no contact.
 */
export function hasContactPage(settings: ClinicSettings, now = new Date()): boolean {
  const { phone, email, address, bookingUrl, openingHours } = contactPageFacts(settings, now);
  return (
    [phone, email, bookingUrl, openingHours].some((value) => value !== undefined) ||
    (address ?? []).length > 0
  );
}
