import type { Page, Response } from 'playwright-core';

/** Where the forms send each save. */
export const SAVE_API = '/api/keystatic/update';

const isSave = (response: Response) =>
  new URL(response.url()).pathname === SAVE_API && response.request().method() === 'POST';

/**
 * Presses `button` and waits for the save it sends to be answered. Keystatic writes each file in
 * place, so a read before the answer can find the file empty or half written.
 */
export async function pressSave(page: Page, button: string, timeout: number): Promise<number> {
  const answered = page.waitForResponse(isSave, { timeout });
  await page.getByRole('button', { name: button, exact: true }).click();
  return (await answered).status();
}
