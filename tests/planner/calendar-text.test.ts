import { describe, expect, it } from 'vitest';
import { calendarText } from '~/planner/calendar-text';

const clinic = {
  treatmentName: 'Chemical Peel',
  clinicName: 'The Skin Clinic',
  pageUrl: 'https://www.example.com/treatments/chemical-peel/',
};

describe('calendarText', () => {
  it('says the event is the earliest date, not an appointment, with every way to book', () => {
    expect(
      calendarText({
        ...clinic,
        phone: '020 7946 0321',
        bookingUrl: 'https://booking.example.com/the-skin-clinic',
        address: ['12 Harley Mews', 'London', 'W1G 9QD'],
      }),
    ).toEqual({
      summary: 'Earliest date to book your next chemical peel session',
      description: [
        'This is the earliest date for your next chemical peel session at The Skin Clinic. It is not an appointment.',
        'Book online: https://booking.example.com/the-skin-clinic',
        'Phone: 020 7946 0321',
        'About the treatment: https://www.example.com/treatments/chemical-peel/',
      ].join('\n'),
      url: 'https://www.example.com/treatments/chemical-peel/',
      location: '12 Harley Mews, London, W1G 9QD',
    });
  });

  it('keeps an abbreviation in capitals', () => {
    expect(calendarText({ ...clinic, treatmentName: 'IPL' }).summary).toBe(
      'Earliest date to book your next IPL session',
    );
  });

  it('names no way to book and no place that the clinic has not given', () => {
    const text = calendarText({ ...clinic, address: [] });
    expect(text.description).toBe(
      'This is the earliest date for your next chemical peel session at The Skin Clinic. It is not an appointment.\nAbout the treatment: https://www.example.com/treatments/chemical-peel/',
    );
    expect(text.location).toBeUndefined();
  });
});
