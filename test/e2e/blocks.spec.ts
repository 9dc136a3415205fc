import { expect, saveScreenshot, test } from './support/app.ts';

const count = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));

test('number blocks show in-use, free and % from the cached numbers, and split offers only sizes that divide', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  // The overview's first visit caches every resource, the phone numbers included.
  await expect(page.getByText('Not cached yet')).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'Number blocks' }).click();
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9]\d* rows$/);
  await expect(page.getByRole('columnheader', { name: 'In use' })).toBeVisible();
  await saveScreenshot(page, 'number-blocks-usage');
  const first = page.getByRole('grid').locator('[row-index="0"]');
  const size = count(await first.locator('[col-id="size"]').textContent());
  const inUse = count(await first.locator('[col-id="usage-inUse"]').textContent());
  const free = count(await first.locator('[col-id="usage-free"]').textContent());
  expect(inUse + free).toBe(size);
  expect(inUse).toBeGreaterThan(0);
  // The same count as the block's related numbers, followed in main from the cache.
  await first.locator('[col-id="start"]').click();
  const related = page.getByRole('complementary', { name: 'Details' }).getByRole('region', { name: 'Related' });
  await expect(related.locator('h4', { hasText: 'Phone numbers' })).toContainText(String(inUse));
  await saveScreenshot(page, 'number-blocks-usage');

  // An available 1000-block: split offers 1…500 that divide 1000, nothing else.
  await page.getByLabel('Quick search').fill('available');
  const block = page.getByRole('grid').locator('[role="row"][row-index]').filter({ hasText: '1,000' }).first();
  await block.locator('input[type="checkbox"]').first().check();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Split into blocks of N' }).click();
  const sizes = await page
    .getByRole('complementary', { name: 'Bulk action' })
    .getByLabel('New block size')
    .locator('option:not([disabled])')
    .allTextContents();
  expect(sizes.map(Number)).toEqual([1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100, 125, 200, 250, 500]);
});
