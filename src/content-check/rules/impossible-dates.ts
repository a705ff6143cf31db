/**
 * js-yaml, which Astro reads frontmatter with, turns an unquoted 2027-02-30 into 2 March 2027 without
 * a word, and the page would show that day. Dates that are not on the calendar are found in the text
 * as typed, before that happens.
 */
import { withExample } from '../../schemas/messages.ts';
import { parseCalendarDate } from '../../calendar/calendar-date.ts';
import type { ContentProblem } from '../problem.ts';
import type { YamlSource } from '../files/read-content.ts';

const DATE_AS_TYPED = /\b\d{4}-\d{2}-\d{2}\b/g;

export function findImpossibleDates(file: string, yaml: YamlSource): ContentProblem[] {
  return yaml.text.split('\n').flatMap((text, lineIndex) =>
    [...text.matchAll(DATE_AS_TYPED)]
      .filter(([date]) => parseCalendarDate(date) === undefined)
      .map(({ 0: date, index }) => {
        // The field is the last `name:` before the date on its line, as in `nextReview: 2027-02-30`.
        const key = /([A-Za-z][\w-]*)\s*:\s*$/.exec(text.slice(0, index))?.[1];
        return {
          file,
          field: key ?? 'date',
          line: yaml.linesBefore + lineIndex + 1,
          message: withExample(
            `${date} is not a date on the calendar, so the page would show a different day. Write a real date as year-month-day.`,
            `${key ?? 'nextReview'}: 2027-11-27`,
          ),
        };
      }),
  );
}
