import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/app.ts';

async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

async function openTab(page: Page, label: string): Promise<Locator> {
  await page.getByRole('tablist', { name: 'Views of this resource' }).getByRole('tab', { name: label }).click();
  const grid = page.getByRole('grid');
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
  return grid;
}

async function cellTexts(grid: Locator, field: string): Promise<string[]> {
  return (await grid.locator(`[role="row"] [col-id="${field}"][role="gridcell"]`).allTextContents()).map((text) =>
    text.trim(),
  );
}

/** Every rendered cell of the column shows something, and none of it is a path. */
async function expectNames(grid: Locator, field: string, name: RegExp): Promise<void> {
  await expect
    .poll(async () => {
      const texts = await cellTexts(grid, field);
      return texts.length > 0 && texts.every((text) => name.test(text));
    }, `every ${field} cell reads as a name`)
    .toBe(true);
  const texts = await cellTexts(grid, field);
  expect(texts.filter((text) => text.startsWith('/'))).toEqual([]);
}

test('references in the tabs read as names, with the id in a tooltip', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;

  await test.step('X2VoIP routes: outbound routes and call barrings name their account', async () => {
    await openView(page, 'X2VoIP routes');
    for (const tab of ['Outbound routes', 'Call barrings']) {
      const grid = await openTab(page, tab);
      await expectNames(grid, 'orderDetailsX2voip', /^x2v-\d+$/);
      const cell = grid.locator('[role="row"] [col-id="orderDetailsX2voip"][role="gridcell"]').first();
      await expect(cell.locator('[title]')).toHaveAttribute('title', /^X2VoIP account \d+$/);
      await saveScreenshot(page, `names-x2voip-${tab.toLowerCase().replace(/ /g, '-')}`);
    }
    // the detail panel of a tab row names the account too
    const grid = page.getByRole('grid');
    await grid.locator('[role="row"][row-index="0"] [role="gridcell"]').nth(1).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('button', { name: /^x2v-\d+$/ })).toBeVisible();
    await expect(details.getByText(/^\/order-details-x2voips\//).filter({ visible: true })).toHaveCount(0);
    await saveScreenshot(page, 'names-x2voip-details');
  });

  await test.step('tracking devices: the outage report names the device and the customer', async () => {
    await openView(page, 'Tracking devices');
    const grid = await openTab(page, 'Outage report');
    await expectNames(grid, 'trackingDevice', /^[A-Z0-9-]+$/);
    await expectNames(grid, 'customer', /^[^/].+/);
    const customers = await cellTexts(grid, 'customer');
    expect(customers.some((text) => /^Customer \d+$/.test(text))).toBe(false);
    await saveScreenshot(page, 'names-outage-report');
  });
});
