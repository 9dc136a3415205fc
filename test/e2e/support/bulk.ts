import { expect, type Page } from '@playwright/test';

/**
 * Confirms a bulk job in the console's own confirmation dialog (no native window.confirm any more): types the count
 * when the dialog asks for it (jobs over 500 rows), then presses its confirm button.
 */
export async function confirmJob(page: Page, confirmName: string | RegExp = /^Apply /): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  const typed = dialog.getByRole('textbox', { name: /^Type [\d,]+ to confirm$/ });
  if (await typed.isVisible()) {
    const label = (await typed.getAttribute('id')) ?? '';
    const text = (await page.locator(`label[for="${label}"]`).textContent()) ?? '';
    await typed.fill(text.replace(/^Type ([\d,]+) to confirm$/, '$1'));
  }
  await dialog.getByRole('button', { name: confirmName }).click();
  await expect(dialog).toBeHidden();
}
