/**
 * What an editor is told about page text the site will not publish: what is wrong, why, and a right
 * way to write it. Page text holds words, Markdown and the site's boxes; anything that would run as
 * code or reach the page as raw HTML is refused.
 */
import type { HiddenCharacter } from '../../text/hidden-characters.ts';
import { MDX_COMPONENT_NAMES } from './mdx-names.ts';
import type { RefusedBecause } from './link-targets.ts';
import { withExample } from '../../schemas/messages.ts';
import { closestSpelling } from '../../text/spelling.ts';

const BOXES = MDX_COMPONENT_NAMES.join(', ');

export const CODE_LINE = withExample(
  'The page text has a line starting with "import" or "export", which the site would run as code, so it is not allowed. Boxes need no import line; write the sentence another way.',
  'Export your questions to us by email, or bring them along.',
);

export const CURLY = withExample(
  'The page text has a curly bracket { or }, which the site reads as code, so the page cannot be built. This is also how a note between {/* and */} is written; remove it. Write the words with round brackets, or without brackets.',
  'Avoid make-up (for 24 hours).',
);

export const HTML_COMMENT = withExample(
  'The page text has a hidden note between <!-- and -->. Notes like this are not allowed in page text: remove it, or keep the note somewhere else.',
  'Keep your skin hydrated every day.',
);

export const WEB_ADDRESS_IN_ANGLES = withExample(
  'The page text has a web address between < and >. Write a link with the words to show in square brackets and the address in round brackets.',
  '[our booking page](https://booking.example.com/the-skin-clinic)',
);

export function rawHtml(tag: string): string {
  return withExample(
    `The page text has an HTML tag <${tag}>. Page text can use Markdown and the site's boxes (${BOXES}), but not HTML, which could change the page or run code. Write it in Markdown instead.`,
    tag === 'a'
      ? '[our booking page](https://booking.example.com/the-skin-clinic)'
      : '**Important:** keep your skin clean.',
  );
}

export function unknownBox(name: string): string {
  const near = closestSpelling(name, MDX_COMPONENT_NAMES);
  return withExample(
    `<${name}> is not one of the boxes the page text can use (${BOXES}), so the page cannot be built.${near ? ' Check the spelling.' : ' Write the words as ordinary text, or use one of the boxes.'}`,
    `<${near ?? 'InsetText'}>Keep your skin hydrated every day.</${near ?? 'InsetText'}>`,
  );
}

export const EMPTY_TAG = withExample(
  'The page text has an empty tag <>. Remove it, or use one of the boxes.',
  '<InsetText>Keep your skin hydrated every day.</InsetText>',
);

export function unknownSetting(box: string, setting: string, settings: readonly string[]): string {
  const allowed = settings.length === 0 ? 'no settings' : `only ${settings.join(', ')}`;
  return withExample(
    `<${box}> has a setting "${setting}" it does not know; it takes ${allowed}. Check the spelling, or remove it.`,
    settings[0]
      ? `<${box} ${settings[0]}="Important">`
      : `<${box}>Keep your skin hydrated.</${box}>`,
  );
}

export function settingNotData(box: string, setting: string): string {
  return withExample(
    `<${box}>'s setting "${setting}" must be words in quote marks, or a list of them in {[ ]}, not code.`,
    `<${box} ${setting}={["Use SPF every day", "Drink plenty of water"]} />`,
  );
}

export function linkRefused(reason: RefusedBecause, url: string, picture: boolean): string {
  const what = picture ? 'A picture' : 'A link';
  const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  const why = {
    'insecure web': `${what} goes to "${shown}", which starts http:. Use the https: address, which keeps readers safe.`,
    'other scheme': `${what} goes to "${shown}". Links can go to https: web addresses, mailto: email addresses, tel: phone numbers, this site's own pages and files in the content folder.`,
    'other host': `${what} goes to "${shown}", which has no plain host name after https:// (or starts with //, or has a name and @ before the host). Write the whole address, starting https:// and the site's name.`,
    unreadable: `${what} goes to "${shown}", which has a space, a backslash, a hidden character or a % that is not part of an escape in it. Write the address without them.`,
  }[reason];
  return withExample(why, '[our booking page](https://booking.example.com/the-skin-clinic)');
}

export function bareWebAddress(address: string): string {
  return withExample(
    `The web address "${address}" becomes a link that starts http:, which is not safe. Write the address in full, starting https://.`,
    `[${address}](https://${address})`,
  );
}

export function pictureNotInContent(url: string): string {
  return withExample(
    `A picture comes from "${url}", outside the content folder. The site shows only pictures kept in the content folder, so nothing loads from another site: save the picture next to this file and use its name.`,
    '![A practitioner at work in the clinic](./treatment-room.jpg)',
  );
}

export function fileMissing(url: string): string {
  return withExample(
    `A picture points to "${url}", but there is no such file in the content folder. Check the name, or add the file.`,
    '![A practitioner at work in the clinic](./treatment-room.jpg)',
  );
}

export function notAPicture(url: string): string {
  return withExample(
    `"${url}" is not a picture the site can show. Use a JPEG, PNG, WebP or AVIF file (SVG is not allowed, as it can hold code).`,
    '![A practitioner at work in the clinic](./treatment-room.jpg)',
  );
}

export function unreadableText(column: number, reason: string): string {
  return withExample(
    `The page text cannot be read from character ${column} of this line: ${reason.replace(/\s*\(\d+:\d+\)/, '')}. Often a < or { that is not part of a box causes this: write "less than" instead, or put a backslash before it (\\<).`,
    'Sessions are less than 6 weeks apart.',
  );
}

export const EMAIL_IN_ANGLES = withExample(
  'The page text has an email address between < and >. Write it on its own, or as a link with the address in round brackets after mailto:.',
  '[hello@example.com](mailto:hello@example.com)',
);

export const TOO_DEEP = withExample(
  `The page text has lists, quotes or boxes inside each other too many times over, deeper than a page can be drawn. Bring the inner parts out to the level of the rest.`,
  '- Keep your skin clean\n  - Wash it gently twice a day',
);

export function fileLink(url: string): string {
  return withExample(
    `A link goes to "${url}", a file in the content folder. The site publishes only its pages and their pictures, so the link would lead nowhere. Link to a page of this site, or to the file on another https: website.`,
    '[our booking page](https://booking.example.com/the-skin-clinic)',
  );
}

export function pictureWithQuery(url: string): string {
  return withExample(
    `A picture comes from "${url}", which has a ? or # after the file name. Write only the picture's file name.`,
    '![A practitioner at work in the clinic](./treatment-room.jpg)',
  );
}

export function hiddenCharacter({ code, name, after }: HiddenCharacter): string {
  const where = after.trim() === '' ? 'at the start of a line' : `after "${after.trim()}"`;
  return withExample(
    `The page text has a hidden character, ${name} (${code}), ${where}. It can make the words read differently from how they look. Type the words again without it.`,
    'Keep your skin hydrated every day.',
  );
}
