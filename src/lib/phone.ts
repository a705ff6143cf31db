import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A phone number as the clinic writes it, in international (E.164) form for a `tel:` link:
 * "020 7946 0321" → "+442079460321". A number without a country code is read as a UK one.
 * Undefined when it is not a real number.
 */
export function internationalNumber(written: string): string | undefined {
  if (/[a-z]/i.test(written)) return undefined;
  const number = parsePhoneNumberFromString(written, 'GB');
  return number?.isValid() ? number.number : undefined;
}

/** The `tel:` address of a number the schema has already accepted. */
export function phoneHref(written: string): string {
  const number = internationalNumber(written);
  if (!number)
    throw new Error(
      `"${written}" is not a phone number; the site settings check should have refused it`,
    );
  return `tel:${number}`;
}
