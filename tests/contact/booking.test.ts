import { describe, expect, it } from 'vitest';
import { bookAction } from '~/contact/booking';

const BOOKING = 'https://booking.example.com/the-skin-clinic';

describe('bookAction', () => {
  it('books on the booking page and offers the phone beside it', () => {
    expect(bookAction({ bookingUrl: BOOKING, phone: '020 7946 0321' })).toEqual({
      href: BOOKING,
      label: 'Book a session',
      alsoCall: { href: 'tel:+442079460321', number: '020 7946 0321' },
    });
  });

  it('books on the booking page alone when there is no phone', () => {
    expect(bookAction({ bookingUrl: BOOKING })).toEqual({
      href: BOOKING,
      label: 'Book a session',
      alsoCall: undefined,
    });
  });

  it('calls the clinic when there is a phone and no booking page', () => {
    expect(bookAction({ phone: '020 7946 0321' })).toEqual({
      href: 'tel:+442079460321',
      label: 'Call to book',
    });
  });

  it('offers nothing when the clinic has given neither', () => {
    expect(bookAction(undefined)).toBeUndefined();
    expect(bookAction({})).toBeUndefined();
  });
});
