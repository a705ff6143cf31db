import { addDays } from '~/schemas/calendar-date';
import type { CalendarDate } from '~/schemas/calendar-date';

export interface NextSessionEvent {
  /** The earliest bookable day; becomes an all-day event. */
  readonly date: CalendarDate;
  readonly summary: string;
  /** Absolute booking URL; its host also namespaces the default UID. */
  readonly url: string;
  /** Defaults to the URL, because several calendar apps never show the URL property. */
  readonly description?: string | undefined;
  /** The clinic's address, on one line. */
  readonly location?: string | undefined;
  /** Defaults to `YYYYMMDD-<summary slug>@<url host>`. */
  readonly uid?: string | undefined;
  /** When the file is made; written as DTSTAMP. */
  readonly now: Date;
}

/**
 * Every line of the event that does not depend on the day, written at build time so that the
 * planner's script only adds the dates. Lines are escaped but not yet folded.
 */
export interface CalendarFile {
  readonly head: readonly string[];
  /** The UID, after the day (`YYYYMMDD`) when `dated`. */
  readonly uid: string;
  readonly dated: boolean;
  readonly tail: readonly string[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

const basicDate = (date: CalendarDate): string => date.replaceAll('-', '');

// RFC 5545 §3.3.11: TEXT values escape backslash, semicolon, comma and line breaks.
const escapeText = (text: string): string =>
  text.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

// RFC 5545 §3.1: fold lines over 75 octets with CRLF + space. Breaking between code points keeps
// every UTF-8 sequence whole, and the leading space counts towards the next line's 75.
function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${CRLF} `;
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

// Same date and treatment give the same UID, so re-downloading updates the event, not duplicates it.
function uidAfterDate(summary: string, host: string): string {
  const slug = summary
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `-${slug || 'session'}@${host}`;
}

/** The day-free lines of the event; throws TypeError for a relative URL. */
export function calendarFile(event: Omit<NextSessionEvent, 'date' | 'now'>): CalendarFile {
  const { summary, url, description = url, location, uid } = event;
  const link = new URL(url);
  return {
    head: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//clinic-treatments//next-session//EN',
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
    ],
    uid: escapeText(uid ?? uidAfterDate(summary, link.host)),
    dated: uid === undefined,
    tail: [
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${link.href}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      // A reminder of when booking opens, not an appointment, so it must not block busy time.
      'TRANSP:TRANSPARENT',
      // 15 hours before the all-day event's midnight: 9am the day before, in time to book.
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15H',
      `DESCRIPTION:${escapeText(summary)}`,
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ],
  };
}

/** The RFC 5545 calendar of `file` as one all-day event on `date`, stamped at `now`. */
export function icsOn(file: CalendarFile, date: CalendarDate, now: Date): string {
  const day = basicDate(date);
  const lines = [
    ...file.head,
    `UID:${file.dated ? day : ''}${file.uid}`,
    `DTSTAMP:${now.toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
    `DTSTART;VALUE=DATE:${day}`,
    // All-day DTEND is exclusive: the following day.
    `DTEND;VALUE=DATE:${basicDate(addDays(date, 1))}`,
    ...file.tail,
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An RFC 5545 calendar holding one all-day event on `date`; throws TypeError for a relative URL. */
export const icsForNextSession = (event: NextSessionEvent): string =>
  icsOn(calendarFile(event), event.date, event.now);
