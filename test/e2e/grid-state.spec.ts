import type { Page } from '@playwright/test';
import { choosePreference, expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';

function cell(page: Page, row: number, column: string) {
  return page.getByRole('grid').locator(`[role="row"][row-index="${row}"] [col-id="${column}"]`);
}

/** A value's checkbox is named by the value and its count of rows. */
function valueName(value: string): RegExp {
  return new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [\\d,]+$`);
}

async function openCostCenterFilter(page: Page) {
  await page.locator('.ag-header-cell[col-id="costCenter"] .ag-header-cell-filter-button').click();
  const list = page.getByRole('group', { name: 'Values of Cost center' });
  await expect(list).toBeVisible();
  return list;
}

test('"Select all filtered" replaces an earlier selection: a row the search hides is not included', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  const rowCount = page.getByLabel('Row count');
  await expect(rowCount).toHaveText('3,000 rows');
  const first = (await cell(page, 0, 'number').textContent())!.trim();
  await cell(page, 0, 'number').click();
  await expect(rowCount).toContainText('1 selected');

  await page.getByLabel('Quick search').fill('Fax');
  await expect(rowCount).toHaveText(/^[\d,]+ of 3,000 rows/);
  const shown = (await rowCount.textContent())!.split(' of ')[0]!;
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await expect(rowCount).toHaveText(`${shown} of 3,000 rows · ${shown} selected`);
  await saveScreenshot(page, 'state-select-all-filtered');

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(rowCount).toHaveText(`3,000 rows · ${shown} selected`);
  await expect(page.getByRole('grid').locator('[row-index="0"]').first()).not.toHaveClass(/ag-row-selected/);
  expect(first).not.toBe('');
});

test('a value-list filter on cost center: distinct values with counts, searchable, a chip and Clear all', async ({
  app,
}) => {
  const { page } = app;
  await openPhoneNumbers(page);
  const rowCount = page.getByLabel('Row count');
  await expect(rowCount).toHaveText('3,000 rows');

  const list = await openCostCenterFilter(page);
  const items = list.locator('label');
  await expect(list.getByText('(empty)')).toBeVisible();
  // Every row is counted under exactly one value.
  const counts = (await items.locator('.count').allTextContents()).map((text) => Number(text.replace(/,/g, '')));
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3000);
  const names = (await items.locator('.value-filter-label').allTextContents()).filter((name) => name !== '(empty)');
  const [chosen, second] = names as [string, string];
  const countOf = async (name: string): Promise<number> =>
    Number(
      (await list
        .locator('label', { has: page.getByText(name, { exact: true }) })
        .locator('.count')
        .textContent())!.replace(/,/g, ''),
    );
  const expected = await countOf(chosen);
  const expectedSecond = await countOf(second);

  await page.getByLabel('Search values').fill(chosen.slice(0, 4));
  await expect(list.getByRole('checkbox', { name: valueName(chosen) })).toBeVisible();
  expect(await items.count()).toBeLessThan(names.length);
  await list.getByRole('checkbox', { name: valueName(chosen) }).check();
  await saveScreenshot(page, 'state-value-list-filter');
  await page.keyboard.press('Escape');

  await expect(rowCount).toHaveText(`${expected.toLocaleString('en')} of 3,000 rows`);
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips).toContainText(`Cost center: ${chosen}`);
  for (let row = 0; row < Math.min(expected, 5); row += 1)
    await expect(cell(page, row, 'costCenter')).toHaveText(chosen);

  // A second value widens the filter; the chip names both.
  const again = await openCostCenterFilter(page);
  await again.getByRole('checkbox', { name: valueName(second) }).check();
  await page.keyboard.press('Escape');
  await expect(rowCount).toHaveText(`${(expected + expectedSecond).toLocaleString('en')} of 3,000 rows`);
  await expect(chips).toContainText(`Cost center: ${chosen}, ${second}`);
  await saveScreenshot(page, 'state-filter-chips');

  await chips.getByRole('button', { name: 'Clear all' }).click();
  await expect(rowCount).toHaveText('3,000 rows');
  await expect(chips).toBeHidden();
});

test('a value-list chip speaks the current language after switching it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'SIM cards' }).click();
  const rowCount = page.getByLabel('Row count');
  await expect(rowCount).toHaveText(/^[\d,]+ rows$/);
  await page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-filter-button').click();
  const list = page.getByRole('group', { name: 'Values of Status' });
  await list.getByRole('checkbox', { name: valueName('Active') }).check();
  await list.getByRole('checkbox', { name: valueName('Inactive') }).check();
  await page.keyboard.press('Escape');
  await expect(rowCount).toHaveText(/^[\d,]+ of [\d,]+ rows$/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Status: Active, Inactive');

  await choosePreference(page, 'Language', 'nl');
  const chips = page.getByRole('list', { name: 'Actieve filters' });
  await expect(chips).toContainText('Status: Actief, Inactief');
  await expect(chips).not.toContainText('Active');
  await saveScreenshot(page, 'state-filter-chip-dutch');
  // the values themselves stayed chosen: the list ticks them under their Dutch names
  await page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-filter-button').click();
  const dutch = page.getByRole('group', { name: 'Waarden van Status' });
  await expect(dutch.getByRole('checkbox', { name: valueName('Actief') })).toBeChecked();
  await page.keyboard.press('Escape');

  await choosePreference(page, 'Taal', 'en');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Status: Active, Inactive');
});

test('search and filters survive a view switch and a restart, per view', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  const rowCount = page.getByLabel('Row count');
  await expect(rowCount).toHaveText('3,000 rows');
  const list = await openCostCenterFilter(page);
  const chosen = (await list.locator('.value-filter-label').first().textContent())!;
  await list.getByRole('checkbox', { name: valueName(chosen) }).check();
  await page.keyboard.press('Escape');
  await page.getByLabel('Quick search').fill('0');
  await expect(rowCount).toHaveText(/ of 3,000 rows$/);
  const filtered = await rowCount.textContent();

  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'SIM cards' })).toBeVisible();
  await expect(page.getByLabel('Row count')).toHaveText(/^[\d,]+ rows$/);
  await expect(page.getByLabel('Quick search')).toHaveValue('');
  await page.keyboard.press('Control+1');
  await expect(rowCount).toHaveText(filtered!);
  await expect(page.getByLabel('Quick search')).toHaveValue('0');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(`Cost center: ${chosen}`);

  await page.waitForTimeout(700);
  await app.restart();
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText(filtered!);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Search: “0”');
  await saveScreenshot(page, 'state-filters-after-restart');
});

test('a refused inline edit keeps the typed value and says why at the cell', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  const target = cell(page, 1, 'costCenter');
  const before = (await target.textContent())!.trim();
  await target.dblclick();
  const typed = 'y'.repeat(60);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Cost center' });
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('50');
  await expect(editor).toHaveValue(typed);
  await expect(editor).toBeFocused();
  await saveScreenshot(page, 'state-inline-edit-refused');
  // Corrected in place, it is saved.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Kort');
  await page.keyboard.press('Enter');
  await expect(target).toHaveText('Kort');
  expect(before).not.toBe('Kort');
});

test('1024 × 700: the status bar stays on one line, the grid shows useful columns, details fold away', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  const bar = page.getByRole('contentinfo', { name: 'Status' });
  expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(30);
  await saveScreenshot(page, 'state-1024x700');

  await page.getByRole('button', { name: 'Hide details' }).click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  const headers = page.locator('.ag-header-cell[col-id]:not([col-id="ag-Grid-SelectionColumn"])');
  const grid = (await page.locator('.grid-host').boundingBox())!;
  const inView = async (): Promise<number> => {
    let count = 0;
    for (const box of await headers.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    ))
      if (box.right <= grid.x + grid.width + 1 && box.left >= grid.x - 1) count += 1;
    return count;
  };
  expect(await inView()).toBeGreaterThanOrEqual(5);
  await saveScreenshot(page, 'state-1024x700-details-folded');
  await page.waitForTimeout(300);
  await app.restart();
  await openPhoneNumbers(page);
  await expect(page.getByRole('button', { name: 'Show details' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
});

test('identifier and date columns are sized to their content on first open', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'SIM cards' })).toBeVisible();
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
  for (const column of ['iccid', 'imsi', 'msisdn', 'activatedAt']) {
    const value = cell(page, 0, column);
    await expect(value).not.toHaveText('');
    await expect
      .poll(() => value.evaluate((element) => element.scrollWidth <= element.clientWidth), { message: column })
      .toBe(true);
  }
  await saveScreenshot(page, 'state-sim-cards-first-open');
});
