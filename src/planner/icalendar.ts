import { addDays } from '~/calendar/calendar-date';
import type { CalendarDate } from '~/calendar/calendar-date';

export interface NextSessionEvent {
  /** The earliest bookable day; becomes an all-day event. */
  readonly date: CalendarDate;
  readonly summary: string;
  /** Absolute booking URL; its host also namespaces the default UID. */
  readonly url: string;
  /** Defaults to the URL, because several calendar apps never show the URL property. */
  readonly description?: string | undefined;
  /** Defaults to `YYYYMMDD-<summary slug>@<url host>`. */
  readonly uid?: string | undefined;
  /** When the file is made; written as DTSTAMP. */
  readonly now: Date;
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
function defaultUid(date: CalendarDate, summary: string, host: string): string {
  const slug = summary
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${basicDate(date)}-${slug || 'session'}@${host}`;
}

/** An RFC 5545 calendar holding one all-day event on `date`; throws TypeError for a relative URL. */
export function icsForNextSession(event: NextSessionEvent): string {
  const { date, summary, url, description = url, uid, now } = event;
  const link = new URL(url);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//clinic-treatments//next-session//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${escapeText(uid ?? defaultUid(date, summary, link.host))}`,
    `DTSTAMP:${now.toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
    `DTSTART;VALUE=DATE:${basicDate(date)}`,
    // All-day DTEND is exclusive: the following day.
    `DTEND;VALUE=DATE:${basicDate(addDays(date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${link.href}`,
    // A reminder of when booking opens, not an appointment, so it must not block busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
