import { z } from 'astro/zod';
import { fieldGroup, withExample, wrongValue } from './messages.ts';
import { atMost, LINE, requiredText } from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const PAIR_EXAMPLE = [
  'beforeAfter:',
  '  - before: ./client-a-before.jpg',
  '    beforeAlt: The cheek before the first session',
  '    after: ./client-a-after.jpg',
  '    afterAlt: The same cheek after the course',
  '    consentRecorded: true',
  '    retouched: false',
].join('\n');

/**
 * The UK advertising code lets a clinic show before-and-after photos only of a real client who
 * agreed to it, and only as taken. The schema cannot see either, so the clinic states both, and a
 * pair without the statements is refused rather than published.
 */
const CONSENT =
  'A before-and-after pair can only be shown once the client has agreed to it and the clinic has kept a record of that. When the clinic has the record, write consentRecorded: true; until then, take the pair out.';
const NOT_RETOUCHED =
  'A before-and-after pair can only be shown when neither photo has been retouched, filtered or edited, as the UK advertising code expects. When the clinic says the photos are as taken, write retouched: false; otherwise take the pair out.';

/** A before-and-after pair; `photo` is Astro's `image()` in the build. */
const pair = <Photo extends z.ZodType>(photo: Photo) =>
  fieldGroup(
    {
      before: photo,
      beforeAlt: requiredText(
        'The words that say what the before photo shows',
        'beforeAlt: The cheek before the first session',
        LINE,
      ),
      after: photo,
      afterAlt: requiredText(
        'The words that say what the after photo shows',
        'afterAlt: The same cheek after the course',
        LINE,
      ),
      caption: requiredText(
        'The caption under the pair',
        'caption: After a course of sessions.',
        LINE,
      ).optional(),
      consentRecorded: z.literal(true, {
        error: (issue) =>
          issue.input === undefined
            ? wrongValue(
                "Whether the client's consent to show the photos is recorded",
                'true',
                'consentRecorded: true',
              )(issue)
            : withExample(CONSENT, 'consentRecorded: true'),
      }),
      retouched: z.literal(false, {
        error: (issue) =>
          issue.input === undefined
            ? wrongValue('Whether the photos were retouched', 'false', 'retouched: false')(issue)
            : withExample(NOT_RETOUCHED, 'retouched: false'),
      }),
    },
    {
      label: 'Each before-and-after pair',
      shouldBe: 'a group with two photos, their descriptions, consentRecorded and retouched',
      where: 'each before-and-after pair',
      example: PAIR_EXAMPLE,
    },
  );

/** Before-and-after photos of the treatment, each pair with its consent and retouching stated. */
export const beforeAfterField = <Photo extends z.ZodType>(photo: Photo) =>
  leftOutWhenEmpty(
    atMost(
      z.array(pair(photo), {
        error: wrongValue('The before-and-after photos', 'a list of pairs', PAIR_EXAMPLE),
      }),
      'The before-and-after photos',
      6,
      PAIR_EXAMPLE,
    ).min(1, {
      error: withExample('The before-and-after photos need at least one pair.', PAIR_EXAMPLE),
    }),
  );
