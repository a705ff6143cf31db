import { phoneHref } from './links';

interface Contact {
  phone?: string | undefined;
  bookingUrl?: string | undefined;
}

/** The one way to book that the site puts a button on: the booking page first, else the phone. */
export interface BookAction {
  readonly href: string;
  readonly label: string;
  /** The phone number as the clinic writes it, when the button is for the booking page. */
  readonly alsoCall?: { readonly href: string; readonly number: string } | undefined;
}

/**
 * How a client books in one tap, or `undefined` when the clinic has given neither a booking page
 * nor a phone number, so no page shows a button that leads nowhere.
 */
export function bookAction(contact: Contact | undefined): BookAction | undefined {
  const { bookingUrl, phone } = contact ?? {};
  const call = phone ? { href: phoneHref(phone), number: phone } : undefined;
  if (bookingUrl) return { href: bookingUrl, label: 'Book a session', alsoCall: call };
  if (call) return { href: call.href, label: 'Call to book' };
  return undefined;
}
