import { describe, expect, it } from 'vitest';
import { absoluteUrl, aftercareUrl, practitionerUrl, procedureUrl, treatmentUrl } from '~/lib/urls';

describe('page addresses', () => {
  it('gives each page of a treatment its own address with a trailing slash', () => {
    expect(treatmentUrl('microneedling')).toBe('/treatments/microneedling/');
    expect(procedureUrl('microneedling')).toBe('/treatments/microneedling/procedure/');
    expect(aftercareUrl('microneedling')).toBe('/treatments/microneedling/aftercare/');
  });

  it('gives a practitioner a profile address', () => {
    expect(practitionerUrl('sam-sample')).toBe('/practitioners/sam-sample/');
  });

  it('joins a page to the site address without doubling or losing a slash', () => {
    expect(absoluteUrl('/treatments/x/', 'https://www.example.com')).toBe(
      'https://www.example.com/treatments/x/',
    );
    expect(absoluteUrl('/treatments/x/', 'https://www.example.com/')).toBe(
      'https://www.example.com/treatments/x/',
    );
  });
});
