import type { Page } from '@playwright/test';
import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';

async function editCostCenter(page: Page, value: string): Promise<void> {
  const cell = page.getByRole('grid').locator('[row-index="4"] [col-id="costCenter"]');
  await cell.dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText(value);
}

test("a row's detail panel shows the changes two jobs made to it, with old and new values", async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  const original = (await page
    .getByRole('grid')
    .locator('[row-index="4"] [col-id="costCenter"]')
    .textContent())!.trim();
  await editCostCenter(page, 'History-1');
  await editCostCenter(page, 'History-2');
  await page.getByRole('grid').locator('[row-index="4"] [col-id="number"]').click();
  const history = page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('region', { name: 'Changes made here' });
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  // Newest first: each with the job it came from, its outcome, and old → new.
  await expect(entries.nth(0)).toContainText('Cost center: History-1 → History-2');
  await expect(entries.nth(1)).toContainText(`Cost center: ${original || '—'} → History-1`);
  await expect(entries.nth(0)).toContainText('Set Cost center to "History-2"');
  await expect(entries.nth(0)).toContainText('applied');
  await saveScreenshot(page, 'row-history');
});
