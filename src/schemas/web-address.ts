import { z } from 'astro/zod';
import { withExample } from './messages.ts';
import { requiredText, type TextSize } from './text.ts';

/** Long enough for a booking system's address with its query; one line. */
const WEB_ADDRESS: TextSize = { most: 500, multiline: false };

const parsed = (text: string) => (URL.canParse(text) ? new URL(text) : undefined);

/** Whether an `https:` address passes `rule`; any other address is refused once, by the first rule. */
const ifHttps = (rule: (url: URL, text: string) => boolean) => (text: string) => {
  const url = parsed(text);
  return url?.protocol !== 'https:' || rule(url, text);
};

/**
 * A web address an editor gives, which the site links to or is published at. Only `https:` is
 * accepted: `http:` sends a client's booking unencrypted, and `javascript:` or `data:` would run
 * or show whatever the address holds. The host must be a real domain name, with no user name or
 * password in front of it, which is a way to disguise where a link goes.
 */
export const webAddress = (
  label: string,
  example: string,
  { pathAllowed }: { pathAllowed: boolean },
) =>
  requiredText(label, example, WEB_ADDRESS)
    .refine((text) => parsed(text)?.protocol === 'https:', {
      error: (issue) =>
        withExample(
          /^http:/i.test(String(issue.input))
            ? `${label} must start with https://, not http://, so that it is sent encrypted.`
            : `${label} must be a full web address starting with https://.`,
          example,
        ),
    })
    .refine(
      ifHttps((url) => z.regexes.domain.test(url.hostname)),
      {
        error: withExample(
          `${label} must have a domain name after https://, such as www.example.co.uk.`,
          example,
        ),
      },
    )
    .refine(
      ifHttps((url) => url.username === '' && url.password === ''),
      {
        error: withExample(
          `${label} must not have a name or password before an @ in it. Write the address the page is at.`,
          example,
        ),
      },
    )
    .refine(
      ifHttps((url, text) => pathAllowed || (url.pathname === '/' && !/[?#]/.test(text))),
      {
        error: withExample(
          `${label} must be the site's address alone, with nothing after the domain name.`,
          example,
        ),
      },
    );
