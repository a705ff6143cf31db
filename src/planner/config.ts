import { aftercareOf, getSiteSettings, practitionersOf, type Treatment } from '~/lib/content';
import { absoluteUrl, treatmentUrl } from '~/lib/urls';
import { openDays } from '~/schemas/opening-hours';
import { bookingRulesFrom, type PlannerConfig } from './booking-rules';
import { calendarText } from './calendar-text';
import { calendarFile } from './icalendar';
import { PLANNER_ERRORS } from './messages';

/** The next-session planner's rules for a treatment, from its own files and the clinic settings. */
export async function plannerConfigFor(treatment: Treatment): Promise<PlannerConfig> {
  const [settings, practitioners, aftercare] = await Promise.all([
    getSiteSettings(),
    practitionersOf(treatment),
    aftercareOf(treatment),
  ]);
  return {
    rules: bookingRulesFrom({
      sessionInterval: treatment.data.sessionInterval,
      practitioners: practitioners.map(({ data }) => data),
      openingDays: settings.openingHours ? openDays(settings.openingHours) : settings.openingDays,
      closures: settings.closures,
    }),
    timeZone: settings.timeZone,
    errors: PLANNER_ERRORS,
    adviceAfterAYear: settings.adviceAfterAYear,
    calendar: calendarFile(
      calendarText({
        treatmentName: treatment.data.name,
        clinicName: settings.clinicName,
        pageUrl: absoluteUrl(treatmentUrl(treatment.id), settings.url),
        phone: settings.contact?.phone,
        bookingUrl: settings.contact?.bookingUrl,
        address: settings.contact?.address,
      }),
    ),
    timeline: aftercare.data.timeline.map(({ title, start, end, endsFrom, notice, do: todo }) => ({
      title,
      start,
      end,
      endsFrom,
      notice,
      do: todo,
    })),
  };
}
