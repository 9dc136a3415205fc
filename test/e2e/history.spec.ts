import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { DEFAULT_DEMO_CREDENTIALS } from '../../src-main/demo/index.ts';
import { expect, openPhoneNumbers, saveScreenshot, test, choosePreference } from './support/app.ts';

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

test('the History view finds a job of a profile that is not open by its row and outcome, with its audit', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  const number = (await page.getByRole('grid').locator('[row-index="4"] [col-id="number"]').textContent())!.trim();
  expect(number).toMatch(/^0\d{9}$/);
  await editCostCenter(page, 'Elsewhere-7');

  // Another profile comes on screen: the demo sandbox's journal is now one nobody has open.
  const url = await page.evaluate(
    async () => (await window.noc.invoke('profiles:list', {})).profiles.find((p) => p.isDemo)?.baseUrl,
  );
  await page.getByRole('button', { name: 'Profiles', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles' });
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const form = dialog.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill('Second reseller');
  await form.getByLabel('Base URL').fill(url!);
  await form.getByLabel('Static API key').check();
  await form.getByLabel('Client ID').fill(DEFAULT_DEMO_CREDENTIALS.clientId);
  await form.getByLabel('Auth token').fill(DEFAULT_DEMO_CREDENTIALS.password);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await dialog.getByRole('listitem', { name: 'Second reseller' }).getByRole('button', { name: 'Connect' }).click();
  await expect(
    dialog.getByRole('listitem', { name: 'Second reseller' }).getByText('Connected', { exact: true }),
  ).toBeVisible();
  // the profiles dialog is modal: the status bar is hidden from assistive tech (and from getByRole) until it closes
  await dialog.getByRole('button', { name: 'Close profiles' }).click();
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status.getByLabel('Profile')).toHaveText('Second reseller');

  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History of bulk jobs' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Search the history' });
  await filters.getByLabel('Row').fill(`+31 ${number.slice(1, 3)} ${number.slice(3)}`);
  await filters.getByLabel('Outcome').selectOption({ label: 'applied' });
  const jobs = page.getByRole('region', { name: 'Jobs', exact: true });
  await expect(jobs.getByRole('status')).toHaveText('1 job');
  const job = jobs.getByRole('row').nth(1);
  await expect(job).toContainText('Demo sandbox');
  await expect(job).toContainText('Set Cost center to "Elsewhere-7"');
  await expect(job).toContainText('Phone numbers');
  await expect(job).toContainText('1 of 1');

  await job.getByRole('button', { name: /^Audit/ }).click();
  const audit = page.getByRole('region', { name: 'Audit of the job' });
  await expect(audit.getByRole('status')).toHaveText('1 of 1 rows');
  const line = audit.getByRole('row').nth(1);
  await expect(line).toContainText(number);
  await expect(line).toContainText('Cost center');
  await expect(line.locator('td.new')).toHaveText('Elsewhere-7');
  await expect(line).toContainText('applied');
  await saveScreenshot(page, 'history-other-profile');
  const download = page.waitForEvent('download');
  await audit.getByRole('button', { name: 'Export audit (CSV)' }).click();
  const csv = await (await download).path().then((file) => readFile(file, 'utf8'));
  expect(csv).toContain('Elsewhere-7');
  expect(csv).toContain(number);

  // The same row never failed.
  await filters.getByLabel('Outcome').selectOption({ label: 'failed' });
  await expect(jobs.getByRole('status')).toHaveText('0 jobs');

  // In Dutch, in the dark: the same history in the operator's words.
  await filters.getByLabel('Outcome').selectOption({ label: 'applied' });
  await choosePreference(page, 'Theme', { label: 'Dark' });
  await choosePreference(page, 'Language', { label: 'Nederlands' });
  await expect(page.getByRole('heading', { level: 1, name: 'Geschiedenis van bulktaken' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Taken', exact: true }).getByRole('status')).toHaveText('1 taak');
  await expect(page.getByRole('region', { name: 'Logboek van de taak' })).toContainText('toegepast');
  await saveScreenshot(page, 'history-other-profile-dutch-dark');
});
