import type { Page } from '@playwright/test';
import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';
import { confirmJob } from './support/bulk.ts';

const FORWARD_TO = '0612345678';

async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

/** The first number of the outport due first (tomorrow), read from the outports grid as a person would. */
async function numberDueTomorrow(page: Page): Promise<string> {
  await openView(page, 'Outports');
  const first = page.getByRole('grid').locator('[row-index="0"]');
  await expect(first.locator('[col-id="daysLeft"]')).toHaveText('Tomorrow');
  return (await first.locator('[col-id="numbers"]').textContent())!.split(',')[0]!.trim();
}

/** Ctrl+K, the text, then the palette's "Search everything for …" entry, with the keyboard as a person would. */
async function searchFor(page: Page, typed: string): Promise<ReturnType<Page['getByRole']>> {
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.type(typed);
  const entry = page.getByRole('option', { name: `Search everything for “${typed}”` });
  await expect(entry).toBeVisible();
  await entry.click();
  const box = page.getByLabel('Search everything');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(typed);
  return page.getByRole('region', { name: 'Search results' });
}

test('a forward from three selected numbers; the one search finds one typed as +31… with its relations, each opening its row; End now', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  const number = await numberDueTomorrow(page);
  expect(number).toMatch(/^0\d{9}$/);
  await openView(page, 'Scheduled forwards');
  const rowCount = page.getByLabel('Row count');
  await expect(rowCount).toHaveText(/^\d+ rows$/);
  const forwardsBefore = Number((await rowCount.textContent())!.replace(/\D/g, ''));

  // Three numbers of the outport's decade, the outport's own number among them.
  await openPhoneNumbers(page);
  await page.getByLabel('Quick search').fill(number.slice(0, 9));
  await expect(rowCount).toHaveText(/^\d+ of 3,000 rows$/);
  // with nothing selected the button says why beside it, not only in a tooltip
  const forward = page.getByRole('button', { name: 'Forward selected numbers…' });
  await expect(forward).toBeDisabled();
  await expect(forward).toHaveAccessibleDescription('Select the numbers to forward first.');
  await expect(page.getByRole('toolbar').getByText('Select the numbers to forward first.')).toBeVisible();
  const rows = page
    .getByRole('grid')
    .locator('[role="row"][row-index]')
    .filter({ has: page.locator('[col-id="number"]') });
  const own = rows.filter({ has: page.locator('[col-id="number"]', { hasText: number }) }).first();
  const ownIndex = Number(await own.getAttribute('row-index'));
  const picks = [ownIndex, ...[0, 1, 2, 3].filter((index) => index !== ownIndex).slice(0, 2)];
  for (const index of picks)
    await page.getByRole('grid').locator(`[row-index="${index}"] input[type="checkbox"]`).first().check();
  await expect(rowCount).toContainText('3 selected');
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Forward selected numbers…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduled forwards' })).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Bulk action' });
  const typedNumbers = panel.getByRole('textbox').first();
  await expect(typedNumbers).toContainText(number);
  expect((await typedNumbers.inputValue()).split('\n')).toHaveLength(3);
  await panel.getByLabel('Forward to').fill(FORWARD_TO);
  await saveScreenshot(page, 'forward-from-selection');
  await panel.getByRole('button', { name: 'Preview' }).click();
  const preview = panel.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText('3 changes, 0 skipped');
  await preview.getByRole('button', { name: 'Apply 3 changes' }).click();
  await confirmJob(page);
  await expect(panel.getByRole('region', { name: 'Job' }).getByRole('status')).toHaveText(
    /^Completed · 3 applied, 0 failed/,
    { timeout: 60_000 },
  );
  await panel.getByRole('button', { name: 'Close' }).first().click();
  await expect(rowCount).toHaveText(`${forwardsBefore + 3} rows`);

  // The one search, typed as +31 …: the number, its block, the new forward, the outport and the customer.
  const results = await searchFor(page, `+31 ${number.slice(1, 3)} ${number.slice(3)}`);
  for (const group of ['Phone numbers', 'Number blocks', 'Scheduled forwards', 'Outports', 'Customers'])
    await expect(results.getByRole('region', { name: group })).toBeVisible();
  await expect(results.getByRole('region', { name: 'Scheduled forwards' })).toContainText(FORWARD_TO);
  await saveScreenshot(page, 'search-number');
  const opens: [string, string][] = [
    ['Phone numbers', 'Phone numbers'],
    ['Number blocks', 'Number blocks'],
    ['Outports', 'Outports'],
    ['Scheduled forwards', 'Scheduled forwards'],
  ];
  for (const [group, view] of opens) {
    const hit = (await searchFor(page, `+31 ${number.slice(1, 3)} ${number.slice(3)}`))
      .getByRole('region', { name: group })
      .getByRole('button')
      .filter({ hasText: group === 'Scheduled forwards' ? FORWARD_TO : /./ })
      .first();
    const label = (await hit.locator('.hit-label').textContent())!.trim();
    await hit.click();
    await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.locator('dd').first()).not.toHaveText('');
    const key = group === 'Number blocks' ? label.split('–')[0]! : group === 'Scheduled forwards' ? FORWARD_TO : number;
    await expect(details).toContainText(key);
    await expect(page.getByRole('grid').locator('.ag-row-selected')).toHaveCount(1);
  }

  // End now on the forward just opened (active: no start, an open end).
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('region', { name: 'Related' })).toContainText(number);
  await details.getByRole('button', { name: 'End now' }).click();
  const endPreview = panel.getByRole('region', { name: 'Preview' });
  await expect(endPreview.getByRole('status')).toHaveText(/^1 changes?, 0 skipped$/);
  await endPreview.getByRole('button', { name: /^Apply 1 changes?$/ }).click();
  await confirmJob(page);
  await expect(panel.getByRole('region', { name: 'Job' }).getByRole('status')).toHaveText(/^Completed · 1 applied/, {
    timeout: 30_000,
  });
  const ended = page
    .getByRole('grid')
    .locator('[role="row"][row-index]')
    .filter({ has: page.locator('[col-id="orderDetailsX2voipNumber"]', { hasText: number }) })
    .first();
  await expect(ended.locator('[col-id="windowState"]')).toHaveText('Ended');
  await expect(ended).toHaveClass(/row-ended/);
  await saveScreenshot(page, 'forward-ended');
});

test('offline, the overview and the one search answer from the cache', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await expect(page.getByText('Not cached yet')).toHaveCount(0, { timeout: 60_000 });
  const number = await numberDueTomorrow(page);
  await app.restart({ demoOffline: true });
  await expect(page.getByRole('contentinfo', { name: 'Status' }).getByLabel('Connection')).toHaveText('Offline');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText(/from the offline cache/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Outports pending' }).getByRole('button', { name: /^Tomorrow/ }),
  ).toContainText(/[1-9]/);
  const results = await searchFor(page, `0031 ${number.slice(1)}`);
  await expect(results.getByRole('region', { name: 'Outports' })).toBeVisible();
  await expect(results.getByRole('region', { name: 'Phone numbers' })).toContainText(number);
  await saveScreenshot(page, 'search-offline');
});

test.describe('while the phone numbers are still being read into the cache', () => {
  // Many numbers on a slow platform: the cache lacks them for a while, the platform's blockStart filter does not.
  test.use({ hostOptions: { demoPhoneNumbers: 100_000, demoLatencyMs: 300 } });

  test('the one search fills in from the platform what the cache lacks, marked as such, and opens it', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await expect(page.getByRole('contentinfo', { name: 'Status' }).getByLabel('Connection')).toHaveText(/Connected/, {
      timeout: 30_000,
    });
    const row = await page.evaluate(() => window.noc.invoke('platform:get-item', { iri: '/phonenumbers/77' }));
    const number = String(row['number']);
    expect(number).toMatch(/^0\d{9}$/);

    const results = await searchFor(page, `+31 ${number.slice(1, 3)} ${number.slice(3)}`);
    const numbers = results.getByRole('region', { name: 'Phone numbers' });
    const hit = numbers.getByRole('button', { name: new RegExp(number) });
    await expect(hit).toContainText('from the platform, not in the cache yet', { timeout: 20_000 });
    await expect(results.getByRole('status')).toHaveText(/^Platform asked \(1 request\)$/);
    await saveScreenshot(page, 'search-from-platform');

    await hit.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Phone numbers' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(number, { timeout: 120_000 });
  });
});
