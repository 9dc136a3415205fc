import type { Page } from '@playwright/test';
import type { BulkAuditRow, GridSnapshot, ResourceDescriptor } from '../../src-preload/contract/index.ts';
import { expect, saveScreenshot, test } from './support/app.ts';
import { confirmJob } from './support/bulk.ts';

/**
 * Writes against a platform that names its fields and status values its own way (the demo's renamed dialect),
 * driven as a person would: open the view, select, choose the action, fill its form, preview, apply.
 */
async function openView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /Resources|Onderdelen/ })
    .getByRole('button', { name: label })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
}

/** How many rows of a grid have `value` in `field`, as main holds them. */
async function countWhere(page: Page, resource: string, field: string, value: string): Promise<number> {
  const snapshot: GridSnapshot = await page.evaluate((r) => window.noc.invoke('grid:open', { resource: r }), resource);
  expect(snapshot.streamId).toBeNull();
  const rows = JSON.parse(snapshot.rowsJson) as Record<string, unknown>[];
  return rows.filter((row) => row[field] === value).length;
}

async function chooseAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name }).click();
}

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Bulk action' });

async function applyAndWait(page: Page, changes: number): Promise<void> {
  const preview = panelOf(page).getByRole('region', { name: 'Preview' });
  const n = changes.toLocaleString('en-US');
  await preview.getByRole('button', { name: new RegExp(`^Apply ${n} changes?$`) }).click();
  await confirmJob(page);
  await expect(panelOf(page).getByRole('region', { name: 'Job' }).getByRole('status')).toHaveText(
    new RegExp(`^Completed · ${n} applied, 0 failed`),
    { timeout: 60_000 },
  );
}

test.describe('writes on a platform that names things its own way', () => {
  test.use({ hostOptions: { demoDialect: 'renamed' } });

  test('end cool-off, accept outports, create a forward and edit SIM cost centers follow the platform', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    // the renamed platform's documentation has been read: the registry is bound to its names
    await expect
      .poll(async () => {
        const registry: ResourceDescriptor[] = await page.evaluate(() => window.noc.invoke('resources:list', {}));
        return registry.find((descriptor) => descriptor.id === 'sim-cards')?.writable.map((w) => w.field);
      })
      .toEqual(['costCenter']);

    await test.step('end cool-off takes exactly the blocks in cool-off', async () => {
      await openView(page, 'Number blocks');
      const total = Number((await page.getByLabel('Row count').textContent())!.replace(/\D/g, ''));
      const cooling = await countWhere(page, 'number-blocks', 'status', 'COOLING_OFF');
      expect(cooling).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Select all filtered' }).click();
      await chooseAction(page, 'End cool-off');
      await panelOf(page).getByRole('button', { name: 'Preview' }).click();
      const preview = panelOf(page).getByRole('region', { name: 'Preview' });
      await expect(preview.getByRole('status')).toHaveText(`${cooling} changes, ${total - cooling} skipped`);
      await expect(preview.getByText('Cooling off: its status "COOLING_OFF" means cool-off.').first()).toBeVisible();
      await saveScreenshot(page, 'dialect-end-cool-off-preview');
      await applyAndWait(page, cooling);
      expect(await countWhere(page, 'number-blocks', 'status', 'COOLING_OFF')).toBe(0);
      await saveScreenshot(page, 'dialect-end-cool-off-applied');
    });

    await test.step('accept takes exactly the pending outports', async () => {
      await openView(page, 'Outports');
      const total = Number((await page.getByLabel('Row count').textContent())!.replace(/\D/g, ''));
      const open = await countWhere(page, 'outports', 'status', 'OPEN');
      expect(open).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Select all filtered' }).click();
      await chooseAction(page, 'Accept outport');
      await panelOf(page).getByRole('button', { name: 'Preview' }).click();
      await expect(panelOf(page).getByRole('region', { name: 'Preview' }).getByRole('status')).toHaveText(
        `${open} changes, ${total - open} skipped`,
      );
      await saveScreenshot(page, 'dialect-accept-preview');
      await applyAndWait(page, open);
      expect(await countWhere(page, 'outports', 'status', 'OPEN')).toBe(0);
    });

    await test.step("a scheduled forward is created with the platform's field names", async () => {
      await openView(page, 'Scheduled forwards');
      const lookups: Record<string, Record<string, string>> = await page.evaluate(() =>
        window.noc.invoke('grid:lookups', { resource: 'scheduled-forwards' }),
      );
      const number = Object.values(lookups['orderDetailsX2voipNumber'] ?? {})[0]!;
      await chooseAction(page, 'Create forward');
      const panel = panelOf(page);
      await panel.getByLabel('X2VoIP numbers (one per line)').fill(number);
      await panel.getByLabel('Forward to').fill('+31 6 5555 0101');
      await panel.getByLabel('Start (optional)').fill('2030-07-01T09:00');
      await panel.getByLabel('End (optional)').fill('2030-07-08T17:00');
      await saveScreenshot(page, 'dialect-forward-parameters');
      await panel.getByRole('button', { name: 'Preview' }).click();
      await expect(panel.getByRole('region', { name: 'Preview' }).getByRole('status')).toHaveText(
        '1 changes, 0 skipped',
      );
      await saveScreenshot(page, 'dialect-forward-preview');
      await applyAndWait(page, 1);
      const audit: { rows: BulkAuditRow[] } = await page.evaluate(() => window.noc.invoke('bulk:audit', {}));
      const created = audit.rows.filter((row) => row.action === 'create-forward');
      expect(created.map((row) => row.field).sort()).toEqual(['endsAt', 'forwardTo', 'startsAt']);
      expect(created.every((row) => row.outcome === 'applied')).toBe(true);
      await saveScreenshot(page, 'dialect-forward-applied');
    });

    await test.step('SIM cards offer a cost-center bulk edit that lands on the platform', async () => {
      await openView(page, 'SIM cards');
      await page.getByLabel('Quick search').fill('8931');
      await page.getByRole('button', { name: 'Select all filtered' }).click();
      const selected = Number(
        /(\d[\d,]*) selected/.exec((await page.getByLabel('Row count').textContent())!)![1]!.replace(/,/g, ''),
      );
      await chooseAction(page, 'Edit selected');
      const panel = panelOf(page);
      await expect(panel.getByLabel('Field')).toHaveValue('costCenter');
      await panel.getByLabel('New value').fill('x'.repeat(51));
      await panel.getByRole('button', { name: 'Preview' }).click();
      await expect(panel.getByRole('alert')).toContainText('At most 50 characters (this has 51).');
      await saveScreenshot(page, 'dialect-sim-cost-center-refused');
      await panel.getByLabel('New value').fill('Fleet NL');
      await panel.getByRole('button', { name: 'Preview' }).click();
      const preview = panel.getByRole('region', { name: 'Preview' });
      await expect(preview.getByRole('status')).toHaveText(new RegExp(`^\\d+ changes, \\d+ skipped$`));
      const changes = Number((await preview.getByRole('status').textContent())!.split(' ')[0]);
      expect(changes).toBeGreaterThan(0);
      expect(changes).toBeLessThanOrEqual(selected);
      await saveScreenshot(page, 'dialect-sim-cost-center-preview');
      await applyAndWait(page, changes);
      expect(await countWhere(page, 'sim-cards', 'costCenter', 'Fleet NL')).toBe(selected);
      await saveScreenshot(page, 'dialect-sim-cost-center-applied');
    });
  });
});
