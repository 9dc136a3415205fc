import type { Page } from '@playwright/test';
import { choosePreference, expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';
import { expectAccessible } from './support/accessible.ts';

const VIEWS = [
  'Phone numbers',
  'Number blocks',
  'SIM cards',
  'X2VoIP routes',
  'Scheduled forwards',
  'Tracking devices',
  'Outports',
];

function cell(page: Page, row: number, column: string) {
  return page.getByRole('grid').locator(`[role="row"][row-index="${row}"] [col-id="${column}"]`);
}

async function focusedColumn(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('col-id') ?? null);
}

test('Ctrl+1…7 open the seven grids and Ctrl+0 the overview; "?" lists the shortcuts', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  for (const [index, label] of VIEWS.entries()) {
    await page.keyboard.press(`Control+${index + 1}`);
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: label }),
    ).toHaveAttribute('aria-current', 'page');
  }
  await page.keyboard.press('Control+0');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Ctrl+1 … Ctrl+7');
  await saveScreenshot(page, 'keyboard-shortcuts-dialog');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  // Typing "?" into a search box is a question mark, not the shortcuts.
  await page.getByLabel('Search everything').fill('?');
  await expect(shortcuts).toBeHidden();
});

test('Tab and Shift+Tab leave the grid; the skip link enters it; Ctrl+C copies one cell', async ({ app }) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);

  await test.step('the skip link comes before the header and puts the focus on the first cell', async () => {
    await page.getByLabel('Search everything').focus();
    await page.keyboard.press('Shift+Tab');
    const skip = page.getByRole('link', { name: 'Skip to the grid' });
    await expect(skip).toBeFocused();
    await saveScreenshot(page, 'keyboard-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedColumn(page)).toBe('number');
  });

  await test.step('arrow keys move inside the grid, Tab leaves it', async () => {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedColumn(page)).toBe('costCenter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-root') === null)).toBe(true);
    // Shift+Tab from there comes back to the cell it left, and once more leaves the grid towards the toolbar.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedColumn(page)).toBe('costCenter');
    await expect(page.locator('.ag-cell-focus')).toHaveAttribute('col-id', 'costCenter');
    await expect(page.locator('.ag-row:has(.ag-cell-focus)')).toHaveAttribute('row-index', '1');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.grid-host') === null)).toBe(true);
  });

  await test.step('Ctrl+C on one focused cell copies its value, not the row with a header', async () => {
    const number = cell(page, 2, 'number');
    const shown = (await number.textContent())!.trim();
    await number.click();
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(`Copied “${shown}”`);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const description = (await cell(page, 2, 'description').textContent())!.trim();
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(description);
  });
});

test('Ctrl+K palette: to a view, and to an action on the selected rows', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('sim');
  await saveScreenshot(page, 'keyboard-palette-view');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'SIM cards' })).toBeVisible();

  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
  await cell(page, 0, 'number').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Row count')).toContainText('2 selected');
  await page.keyboard.press('Control+k');
  await expect(palette.getByRole('group', { name: 'Actions on 2 selected rows' })).toBeVisible();
  await page.keyboard.type('cost center');
  await saveScreenshot(page, 'keyboard-palette-action');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Bulk action' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('2 selected rows');

  await test.step('"Search everything" from the palette reaches the one search', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('0201');
    await page.getByRole('option', { name: 'Search everything for “0201”' }).click();
    await expect(page.getByLabel('Search everything')).toBeFocused();
    await expect(page.getByLabel('Search everything')).toHaveValue('0201');
  });
});

test('the column chooser is a menu: arrow keys, Space, Escape returns the focus', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
  const button = page.getByRole('button', { name: 'Columns' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Columns' });
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const focused = menu.locator('[role="menuitemcheckbox"]:focus');
  // the tick is drawn, not named
  const name = (await focused.textContent())!.replace('✓', '').trim();
  const before = await focused.getAttribute('aria-checked');
  await page.keyboard.press('Space');
  await expect(menu.getByRole('menuitemcheckbox', { name })).not.toHaveAttribute('aria-checked', before!);
  await saveScreenshot(page, 'keyboard-columns-menu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

for (const theme of ['Light', 'Dark'] as const)
  test(`palette, shortcuts, column chooser, value list and filter chips pass axe-core (${theme})`, async ({ app }) => {
    // six axe-core runs: 34 s on an idle machine, past the 60 s default when other suites share the two cores
    test.setTimeout(120_000);
    const { page } = app;
    await choosePreference(page, 'Theme', theme);
    await openPhoneNumbers(page);
    await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);

    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await expectAccessible(page, '.palette');
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, '.radix-dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByRole('menu', { name: 'Columns' })).toBeVisible();
    await expectAccessible(page, '[role="menu"]');
    await page.keyboard.press('Escape');

    await page.locator('.ag-header-cell[col-id="costCenter"] .ag-header-cell-filter-button').click();
    const list = page.getByRole('group', { name: 'Values of Cost center' });
    await list.getByRole('checkbox').first().check();
    await expectAccessible(page, '.value-filter');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    await expectAccessible(page, '.filter-chips');
    await expectAccessible(page, '.grid-toolbar');
    await saveScreenshot(page, `keyboard-axe-${theme.toLowerCase()}`);
  });
