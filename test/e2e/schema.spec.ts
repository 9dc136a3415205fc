import { english } from '../support/ui-text.ts';
import type { Locator, Page } from '@playwright/test';
import type { ColumnDescriptor, ResourceDescriptor } from '../../src-preload/contract/index.ts';
import { expect, saveScreenshot, test } from './support/app.ts';

async function openView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /Resources|Onderdelen/ })
    .getByRole('button', { name: label })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

async function cellTexts(grid: Locator, field: string): Promise<string[]> {
  return (await grid.locator(`[role="row"] [col-id="${field}"][role="gridcell"]`).allTextContents()).map((text) =>
    text.trim(),
  );
}

/** Some rendered row shows a value in the column; columns that are empty in the first rows are sorted first. */
async function expectValues(page: Page, column: ColumnDescriptor): Promise<void> {
  const grid = page.getByRole('grid');
  await expect(grid.locator(`[col-id="${column.field}"][role="gridcell"]`).first()).toBeAttached();
  if ((await cellTexts(grid, column.field)).some((text) => text !== '')) return;
  const header = page.getByRole('columnheader', { name: english(column.label), exact: true });
  // ascending puts empty values first, descending last
  await header.click();
  await header.click();
  await expect
    .poll(async () => (await cellTexts(grid, column.field)).some((text) => text !== ''), {
      message: `column ${english(column.label)} (${column.field}) shows values`,
    })
    .toBe(true);
  await header.click();
}

test.describe('a platform that names things its own way', () => {
  test.use({ hostOptions: { demoDialect: 'renamed' } });

  test('every default column of every grid shows values, and the platform schema says why', async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    // the renamed platform's documentation has been read: the registry is bound to its names
    await expect
      .poll(async () => {
        const registry: ResourceDescriptor[] = await page.evaluate(() => window.noc.invoke('resources:list', {}));
        return registry.find((descriptor) => descriptor.id === 'number-blocks')?.columns[0]?.field;
      })
      .toBe('firstNumber');
    const registry: ResourceDescriptor[] = await page.evaluate(() => window.noc.invoke('resources:list', {}));
    for (const descriptor of registry) {
      await test.step(english(descriptor.label), async () => {
        await openView(page, english(descriptor.label));
        await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
        for (const column of descriptor.columns.filter((candidate) => candidate.visible)) {
          await expect(page.getByRole('columnheader', { name: english(column.label), exact: true })).toBeVisible();
          await expectValues(page, column);
        }
        await saveScreenshot(page, `schema-renamed-${descriptor.id}`);
      });
    }

    await test.step('SIM cards offer their cost center from the column chooser', async () => {
      await openView(page, 'SIM cards');
      await page.getByRole('button', { name: 'Columns' }).click();
      const chooser = page.getByRole('menu', { name: 'Columns' });
      const costCenter = chooser.getByRole('menuitemcheckbox', {
        name: 'costCenter · platform field · string',
        exact: true,
      });
      await expect(costCenter).toHaveAttribute('aria-checked', 'false');
      await costCenter.click();
      await expect(costCenter).toHaveAttribute('aria-checked', 'true');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('columnheader', { name: 'costCenter', exact: true })).toBeVisible();
      await saveScreenshot(page, 'schema-renamed-sim-cost-center');
    });

    await test.step("a block's numbers come from the platform with its documented filter", async () => {
      await openView(page, 'Number blocks');
      await page.getByRole('grid').locator('[role="row"][row-index="0"] [role="gridcell"]').nth(1).click();
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByText('Technical details').click();
      await expect(details.getByText('declared by the documentation').first()).toBeVisible();
      await details.getByRole('button', { name: 'Phone numbers in this block' }).click();
      await expect(details.getByRole('status')).toHaveText(/^[1-9]\d* found by the platform\.$/);
      const first = details.getByRole('list', { name: 'Phone numbers in this block' }).getByRole('button').first();
      await expect(first).toHaveText(/^0\d{9}/);
      await saveScreenshot(page, 'schema-renamed-block-numbers');
      const number = ((await first.textContent()) ?? '').slice(0, 10);
      await first.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Phone numbers' })).toBeVisible();
      await expect(page.getByRole('grid').locator('.ag-row-selected [col-id="number"]')).toHaveText(number);
    });

    await test.step('the platform schema view lists the differences', async () => {
      await page.getByRole('button', { name: 'Platform schema', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Platform schema' });
      await expect(dialog.getByRole('status')).toContainText('OpenAPI 3.1.0');
      await dialog.getByRole('button', { name: /^Number blocks/ }).click();
      await expect(dialog.getByText('Our "start" is called "firstNumber" here.')).toBeVisible();
      await expect(dialog.getByText(/"status" takes FREE, IN_USE, COOLING_OFF/)).toBeVisible();
      await saveScreenshot(page, 'schema-renamed-view');
      await dialog.getByRole('button', { name: 'Close platform schema' }).click();
    });
  });
});

test.describe('value lists follow the platform schema', () => {
  test.use({ hostOptions: { demoDialect: 'renamed' } });

  test('columns the renamed platform documents as enums or booleans are filtered by ticking values', async ({
    app,
  }) => {
    const { page } = app;
    await expect
      .poll(async () => {
        const registry: ResourceDescriptor[] = await page.evaluate(() => window.noc.invoke('resources:list', {}));
        return registry
          .find((descriptor) => descriptor.id === 'x2voip-routes')
          ?.columns.find((c) => c.field === 'type');
      })
      .toMatchObject({ logical: 'routeType', fewValues: true });
    const valueList = async (field: string, label: string, value: RegExp): Promise<void> => {
      await page.locator(`.ag-header-cell[col-id="${field}"] .ag-header-cell-filter-button`).click();
      const list = page.getByRole('group', { name: `Values of ${label}` });
      await expect(list.getByRole('checkbox', { name: value })).not.toHaveCount(0);
      await saveScreenshot(page, `schema-renamed-value-list-${field}`);
      await page.keyboard.press('Escape');
      await expect(list).toBeHidden();
    };
    await openView(page, 'X2VoIP routes');
    await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
    await valueList('type', 'Route type', /^(ring-group|ivr|voicemail|extension|forward) \d+$/);
    await valueList('active', 'Active', /^(Yes|No) \d+$/);
    await openView(page, 'Tracking devices');
    await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
    await valueList('status', 'Status', /^(Online|Offline|Inactive) \d+$/);
  });
});

test.describe('a platform without documentation', () => {
  test.use({ hostOptions: { demoDialect: 'undocumented' } });

  test('uses the built-in model and says that fields are assumed', async ({ app }) => {
    const { page } = app;
    await openView(page, 'Number blocks');
    await expect(page.getByRole('note').filter({ hasText: 'Fields assumed' })).toBeVisible();
    await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
    const firstRow = page.getByRole('grid').locator('[role="row"][row-index="0"]');
    await expect(firstRow.locator('[col-id="start"]')).toHaveText(/^0\d+/);
    await saveScreenshot(page, 'schema-undocumented-number-blocks');
  });
});
