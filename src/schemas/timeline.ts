import type { z } from 'astro/zod';
import { timeAfterSession } from './duration.ts';
import { fieldGroup } from './field-group.ts';
import { withExample } from './messages.ts';
import { listOf, LINE, NAME, PARAGRAPH, requiredText, textList } from './text.ts';
import { offsetInHours as inHours } from '../calendar/time-after.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const STAGE_EXAMPLE = [
  '- title: The first three days',
  '  start: { value: 0, unit: hours }',
  '  end: { value: 72, unit: hours }',
  '  notice: Your skin will be red and tender.',
].join('\n');

const stage = fieldGroup(
  {
    title: requiredText("Each stage's title", 'title: The first three days', NAME),
    start: timeAfterSession('the start of a stage', 'start: { value: 0, unit: hours }'),
    end: timeAfterSession('the latest end of a stage', 'end: { value: 72, unit: hours }'),
    endsFrom: leftOutWhenEmpty(
      timeAfterSession('the earliest end of a stage', 'endsFrom: { value: 24, unit: hours }'),
      ['unit'],
    ),
    notice: requiredText(
      'The note of what the client will notice in each stage',
      'notice: Your skin will be red and tender.',
      PARAGRAPH,
    ),
    do: textList('The things to do in each stage', 'Each thing to do', 'do: [Use SPF every day]', {
      item: LINE,
      most: 20,
    }).default([]),
    avoid: leftOutWhenEmpty(
      textList('The things to avoid in each stage', 'Each thing to avoid', 'avoid: [Make-up]', {
        item: LINE,
        most: 20,
      }),
    ),
  },
  {
    label: 'Each stage of the timeline',
    shouldBe: 'a group with a title, start, end and notice',
    where: 'each stage of the timeline',
    example: STAGE_EXAMPLE,
  },
).superRefine((entry, context) => {
  if (inHours(entry.end) <= inHours(entry.start)) {
    context.addIssue({
      code: 'custom',
      path: ['end'],
      message: withExample(
        `The stage "${entry.title}" ends at or before it starts: end must be later than start.`,
        'start: { value: 0, unit: hours } and end: { value: 72, unit: hours }',
      ),
    });
  }
  if (entry.endsFrom) {
    const from = inHours(entry.endsFrom);
    if (from <= inHours(entry.start) || from > inHours(entry.end)) {
      context.addIssue({
        code: 'custom',
        path: ['endsFrom'],
        message: withExample(
          `endsFrom is the earliest the stage "${entry.title}" can be over, so it must be after start and no later than end.`,
          'endsFrom: { value: 24, unit: hours } with end: { value: 72, unit: hours }',
        ),
      });
    }
  }
});

/**
 * Aftercare stages run side by side from the session, so they may overlap; what they may not do is
 * come out of order, which would make the printed timeline read backwards.
 */
export const timeline = listOf(stage, 20, {
  label: 'The stages after a session',
  example: `timeline:\n${STAGE_EXAMPLE}`,
  shouldBe: 'a list of stages',
  ownWords: { tooFew: 'The timeline needs at least one stage.' },
})
  .min(1)
  .superRefine((stages, context) => {
    stages.forEach((current, index) => {
      const previous = stages[index - 1];
      if (!previous) return;
      const startsEarlier = inHours(current.start) < inHours(previous.start);
      const sameStartEndsEarlier =
        inHours(current.start) === inHours(previous.start) &&
        inHours(current.end) < inHours(previous.end);
      if (startsEarlier || sameStartEndsEarlier) {
        context.addIssue({
          code: 'custom',
          path: [index, 'start'],
          message: withExample(
            `Stages must be in order of when they start, then of when they end: "${current.title}" comes before "${previous.title}". Move it up the list.`,
            'a stage from 0 to 72 hours before a stage from 0 to 14 days',
          ),
        });
      }
    });
  });

export type TimelineStage = z.output<typeof stage>;
