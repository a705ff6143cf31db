import { internationalNumber } from '~/lib/phone';

/** The `tel:` address of a number the site settings have accepted, in E.164 form. */
export function phoneHref(written: string): string {
  const number = internationalNumber(written);
  if (!number) {
    throw new Error(`"${written}" is not a phone number; the site settings should have refused it`);
  }
  return `tel:${number}`;
}

/** The `mailto:` address of an email address. */
export const emailHref = (address: string) => `mailto:${address}`;
