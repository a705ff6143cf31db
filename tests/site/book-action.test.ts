import { describe, expect, it } from 'vitest';
import { bookAction } from '~/contact/booking';
import { siteSchema } from '~/schemas/site';
import { builtFiles, builtPage } from '../helpers/built-site';
import { CONTENT, readSiteFile } from '../helpers/content-fixtures';

const settings = siteSchema.parse(readSiteFile(CONTENT));
const pages = builtFiles()
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

// The real content gives no way to book yet: no page may show a Book button that leads nowhere.
describe.skipIf(bookAction(settings.contact) !== undefined)(
  'the real content, which gives no booking page or phone',
  () => {
    it.each(pages)('%s has no Book button and no phone link', (path) => {
      const html = builtPage(path);
      expect(html).not.toMatch(/>\s*(Book a session|Call to book)\s*</);
      expect(html).not.toContain('href="tel:');
    });

    it('ends the printed aftercare sheet with only the clinic name and the site', () => {
      const html = builtPage('/treatments/microneedling/aftercare/');
      const sheetEnd = /<address[^>]*>([\s\S]*?)<\/address>/.exec(html)?.[1] ?? '';
      expect(sheetEnd.replace(/<[^>]+>/g, '|')).toBe('|The Skin Clinic||Online: www.example.com');
    });
  },
);
