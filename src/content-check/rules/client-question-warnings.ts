/**
 * A treatment page that does not answer what clients ask before booking still builds, but the
 * editor is told which questions are open; and a site no client can book from is said to be one.
 */
import { withExample } from '../../schemas/messages.ts';
import {
  CLIENT_QUESTION_FIELDS,
  CLIENT_QUESTION_PLACEHOLDERS,
} from '../../schemas/client-questions.ts';
import type { ContentProblem } from '../problem.ts';
import { formatAndList } from '../../lib/lists.ts';
import type { CheckedTreatment } from './safety-warnings.ts';

const WHAT_THEY_ASK = {
  price: 'what a session or a course costs, and what the price includes (price)',
  sessionMinutes: 'how long a session takes (sessionMinutes)',
  sessionsUsually: 'how many sessions clients usually need (sessionsUsually)',
  whenResultsShow: 'when results may show (whenResultsShow)',
  preparation: 'how to prepare (preparation)',
  avoidAfter: 'what to avoid afterwards, and for how many days (avoidAfter)',
  questions:
    "other questions clients ask, such as whether it hurts, with the clinic's answers (questions)",
  deposit: 'the deposit (deposit)',
  cancellation: 'the cancellation policy (cancellation)',
} satisfies Record<(typeof CLIENT_QUESTION_FIELDS)[number], string>;

// Photos have no example: a pair needs files and the client's recorded consent, which the guide explains.
const PHOTOS =
  "before-and-after photos, shown only with the client's recorded consent and not retouched (beforeAfter, explained in docs/editing.md)";

/** One warning for each treatment that leaves any client question open, naming the open ones. */
export function unansweredClientQuestions(
  treatments: readonly CheckedTreatment[],
): ContentProblem[] {
  return treatments.flatMap(({ file, fields }) => {
    const missing = CLIENT_QUESTION_FIELDS.filter((field) => fields[field] === undefined);
    const noPhotos = fields['beforeAfter'] === undefined;
    if (missing.length === 0 && !noPhotos) return [];
    const open = [...missing.map((field) => WHAT_THEY_ASK[field]), ...(noPhotos ? [PHOTOS] : [])];
    const message = `This treatment page does not yet answer ${formatAndList(open)}. Clients ask these before they book. Ask the clinic to answer them; do not make them up.`;
    return [
      {
        file,
        field: [...missing, ...(noPhotos ? ['beforeAfter'] : [])].join(', '),
        message:
          missing.length === 0
            ? message
            : withExample(
                `${message} The example only shows where they go: a [Write ...] left in the file stops the build, so only what the clinic gives is published.`,
                missing.map((field) => CLIENT_QUESTION_PLACEHOLDERS[field]).join('\n'),
              ),
      },
    ];
  });
}

const BOOKING_PLACEHOLDERS = [
  'contact:',
  "  phone: '[Write the phone number of the clinic, once the clinic gives it]'",
  "  bookingUrl: '[Write the address of the online booking page of the clinic, once the clinic gives it]'",
].join('\n');

/** What the site settings say about how to reach the clinic, as the check reads them. */
export interface CheckedContact {
  phone?: string | undefined;
  email?: string | undefined;
  bookingUrl?: string | undefined;
}

/** A warning when the site gives neither a phone number nor a booking page, so no page can offer to book. */
export function noWayToBook(file: string, contact: CheckedContact | undefined): ContentProblem[] {
  if (contact?.phone !== undefined || contact?.bookingUrl !== undefined) return [];
  return [
    {
      file,
      field: 'contact',
      message: withExample(
        "Clients cannot book from the site yet: it gives neither the clinic's phone number (phone) nor its online booking page (bookingUrl), so no page can offer a way to book. Ask the clinic for them; do not make them up. The example only shows where they go: a [Write ...] left in the file stops the build, so only what the clinic gives is published.",
        BOOKING_PLACEHOLDERS,
      ),
    },
  ];
}
