import { z } from 'astro/zod';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { withExample } from './messages.ts';
import { LINE, NAME, requiredText, requiredTextList } from './text.ts';
import { webAddress } from './web-address.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

// A number without a country code is read as a UK one, as src/lib/phone.ts writes it for links.
const UK = 'GB';

const PHONE_EXAMPLE = 'phone: 020 7946 0321';
const EMAIL_EXAMPLE = 'email: hello@example.com';
const ADDRESS_EXAMPLE = 'address: [12 Harley Mews, London, W1G 9QD]';
const BOOKING_EXAMPLE = 'bookingUrl: https://booking.example.com/the-skin-clinic';

const phone = requiredText("The clinic's phone number", PHONE_EXAMPLE, NAME)
  .refine((text) => !/[a-z]/i.test(text), {
    error: withExample(
      "The clinic's phone number must be digits and spaces only, with no letters.",
      PHONE_EXAMPLE,
    ),
  })
  .refine((text) => /[a-z]/i.test(text) || isValidPhoneNumber(text, UK), {
    error: withExample(
      "The clinic's phone number is not a full UK phone number. Write it with its area code, or start it with + and the country code.",
      PHONE_EXAMPLE,
    ),
  });

const email = requiredText("The clinic's email address", EMAIL_EXAMPLE, LINE).pipe(
  described(z.email(), {
    label: "The clinic's email address",
    example: EMAIL_EXAMPLE,
    shouldBe: 'one address with an @ in it, such as name@clinic.co.uk',
  }),
);

/** How clients reach the clinic; every part is optional and is only shown when given. */
export const contact = fieldGroup(
  {
    phone: phone.optional(),
    email: email.optional(),
    address: leftOutWhenEmpty(
      requiredTextList("The clinic's address", 'Each line of the address', ADDRESS_EXAMPLE, {
        item: NAME,
        most: 8,
      }),
    ),
    bookingUrl: webAddress("The clinic's online booking page", BOOKING_EXAMPLE, {
      pathAllowed: true,
    }).optional(),
  },
  {
    label: "The clinic's contact details",
    shouldBe: 'a group of fields, each on its own line under contact:, indented',
    where: 'contact',
    example: `contact:\n  ${PHONE_EXAMPLE}`,
  },
);
