import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A phone number as the clinic writes it, in international (E.164) form:
 * "020 7946 0321" → "+442079460321". A number without a country code is read as a UK one.
 * Undefined when it is not a real number, or has letters in it.
 */
export function internationalNumber(written: string): string | undefined {
  if (/[a-z]/i.test(written)) return undefined;
  const number = parsePhoneNumberFromString(written, 'GB');
  return number?.isValid() ? number.number : undefined;
}
