/**
 * Characters no editor types on purpose: control characters, and the marks that change the order text
 * is shown in. Pasted from elsewhere they make a page read differently from its file (a right-to-left
 * override shows "Facial peel" as "leep laicaF"), or hide words from the person checking it.
 * The schemas and the browser forms refuse them with the same list.
 */

const NAMES: Readonly<Record<number, string>> = {
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x00ad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting mark',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
  0x2060: 'a word joiner',
  0xfeff: 'a zero-width no-break space',
};

// Control characters (C0, DEL, C1), soft hyphens, zero-width spaces and joiners between words,
// direction marks, line and paragraph separators, interlinear marks, and half a character (a
// surrogate on its own). The zero-width joiner and variation selectors stay: emoji are made of
// them. Tabs and line breaks are matched apart, as text of several lines may have them.
const ALWAYS_HIDDEN =
  '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFF9-\\uFFFB';
const LINE_BREAKS_AND_TABS = '\\t\\n';

const hiddenIn = (multiline: boolean) =>
  new RegExp(`[${ALWAYS_HIDDEN}${multiline ? '' : LINE_BREAKS_AND_TABS}]|\\p{Cs}`, 'u');

/** A pattern's source for any run of text with none of the hidden characters, for the forms. */
export const noneHidden = (multiline: boolean) => `(?:(?!${hiddenIn(multiline).source}).)*`;

export interface HiddenCharacter {
  /** As Unicode writes it: U+202E. */
  code: string;
  /** In words: "a right-to-left override". */
  name: string;
  /** Up to 20 characters of the text just before it, so the editor can find it. */
  after: string;
}

/** The first hidden character in `text`, or undefined when there is none. */
export function firstHiddenCharacter(
  text: string,
  multiline: boolean,
): HiddenCharacter | undefined {
  const match = hiddenIn(multiline).exec(text);
  if (!match) return undefined;
  const point = match[0].codePointAt(0) ?? 0;
  const isSurrogate = point >= 0xd800 && point <= 0xdfff;
  return {
    code: `U+${point.toString(16).toUpperCase().padStart(4, '0')}`,
    name:
      NAMES[point] ??
      (isSurrogate ? 'half of a character, such as a broken emoji' : 'a control character'),
    after: [...text.slice(0, match.index)].slice(-20).join(''),
  };
}
