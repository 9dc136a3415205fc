import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';

test('offline: cached rows stay browsable, marked offline "as of", and the app reconnects by itself', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const rowCount = page.getByLabel('Row count');
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');
  const clicked = Date.now();
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'SIM cards' }).click();
  await expect(rowCount).toHaveText('340 rows');
  // cached rows show at once and are refreshed a moment later: the moment compared below is that refresh's
  await expect
    .poll(async () => Number(await page.getByText(/^as of /).getAttribute('data-fetched-at')), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(clicked);
  const asOfBefore = await page.getByText(/^as of /).textContent();
  const fetchedBefore = await page.getByText(/^as of /).getAttribute('data-fetched-at');

  await app.restart({ demoOffline: true });
  await expect(status.getByLabel('Connection')).toHaveText('Offline');
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'SIM cards' }).click();
  await expect(rowCount).toHaveText('340 rows');
  await expect(page.getByText('Offline', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^as of /)).toHaveText(asOfBefore!);
  await expect(page.getByText(/Changes are disabled while offline/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeDisabled();

  // Everything that reads still works from the cache: search, detail, export, another grid.
  const iccid = (await page.getByRole('grid').locator('[row-index="3"] [col-id="iccid"]').textContent())!.trim();
  await page.getByLabel('Quick search').fill(iccid);
  await expect(rowCount).toHaveText('1 of 340 rows');
  await page.getByRole('grid').locator('[row-index="0"] [col-id="iccid"]').click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(iccid);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'Phone numbers' }).click();
  await expect(rowCount).toHaveText('3,000 rows');
  await saveScreenshot(page, 'offline-phone-numbers');

  await app.setDemoAvailable(true);
  await expect(status.getByLabel('Connection')).toHaveText(/Connected as NOC Demo/, { timeout: 40_000 });
  await expect(page.getByText(/^as of /)).not.toHaveAttribute('data-fetched-at', fetchedBefore!, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  await expect(page.getByText(/Changes are disabled while offline/)).toHaveCount(0);
  await saveScreenshot(page, 'offline-reconnected');
});
