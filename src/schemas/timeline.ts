import { z } from 'astro/zod';
import { offsetInHours as inHours } from '../lib/aftercare-stage';
import { timeAfterSession } from './duration';
import { requiredText } from './text';

const stage = z
  .strictObject({
    title: requiredText('Each stage title (timeline.title)', 'The first three days'),
    start: timeAfterSession('timeline.start'),
    end: timeAfterSession('timeline.end'),
    endsFrom: timeAfterSession('timeline.endsFrom').optional(),
    notice: requiredText('What the client will notice (timeline.notice)', 'Your skin will be red.'),
    do: z.array(requiredText('Each thing to do (timeline.do)', 'Use SPF every day')).default([]),
    avoid: z.array(requiredText('Each thing to avoid (timeline.avoid)', 'Make-up')).optional(),
  })
  .superRefine((entry, context) => {
    if (inHours(entry.end) <= inHours(entry.start)) {
      context.addIssue({
        code: 'custom',
        path: ['end'],
        message: `A stage must end after it starts: "${entry.title}" ends at or before its start. For example start: { value: 0, unit: hours } and end: { value: 72, unit: hours }`,
      });
    }
    if (entry.endsFrom) {
      const from = inHours(entry.endsFrom);
      if (from <= inHours(entry.start) || from > inHours(entry.end)) {
        context.addIssue({
          code: 'custom',
          path: ['endsFrom'],
          message: `endsFrom is the earliest a stage can be over, so it must fall after start and no later than end: "${entry.title}". For example endsFrom: { value: 24, unit: hours } with end: { value: 72, unit: hours }`,
        });
      }
    }
  });

/**
 * Aftercare stages run side by side from the session, so they may overlap; what they may not do is
 * come out of order, which would make the printed timeline read backwards.
 */
export const timeline = z
  .array(stage, { error: 'timeline must be a list of stages' })
  .min(1, { error: 'timeline needs at least one stage' })
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
          message: `Stages must be in order of when they start, and then of when they end: "${current.title}" comes before "${previous.title}". Move it up the list.`,
        });
      }
    });
  });

export type TimelineStage = z.output<typeof stage>;
