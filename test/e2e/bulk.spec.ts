import { readFile } from 'node:fs/promises';
import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';
import { confirmJob } from './support/bulk.ts';

function parseCsv(source: string): string[][] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/, '$1').replace(/""/g, '"')));
}

test('set the cost center of the searched numbers: preview, apply, green rows, audit CSV, undo', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const rowCount = page.getByLabel('Row count');
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');

  await page.getByLabel('Quick search').fill('Hoofdnummer');
  await expect(rowCount).toHaveText(/^\d+ of 3,000 rows$/);
  const shown = Number((await rowCount.textContent())!.split(' of ')[0]);
  expect(shown).toBeGreaterThan(200);
  const firstCostCenter = page.getByRole('grid').locator('[row-index="0"] [col-id="costCenter"]');
  const firstNumber = (await page.getByRole('grid').locator('[row-index="0"] [col-id="number"]').textContent())!.trim();
  const oldCostCenter = (await firstCostCenter.textContent())!.trim();

  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await expect(rowCount).toContainText(`${shown} selected`);
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Set cost center' }).click();
  const panel = page.getByRole('complementary', { name: 'Bulk action' });
  await expect(panel.getByText(`${shown} selected rows.`)).toBeVisible();
  await panel.getByLabel('New cost center').fill('NOC-E2E');
  await saveScreenshot(page, 'bulk-1-parameters');
  await panel.getByRole('button', { name: 'Preview' }).click();

  const preview = panel.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText(`${shown} changes, 0 skipped`);
  await expect(
    preview.getByRole('table', { name: 'Changes' }).getByRole('row', { name: new RegExp(firstNumber) }),
  ).toContainText('NOC-E2E');
  await saveScreenshot(page, 'bulk-2-preview');

  await preview.getByRole('button', { name: `Apply ${shown} changes` }).click();
  await confirmJob(page);
  const job = panel.getByRole('region', { name: 'Job' });
  await expect(job.getByRole('status')).toHaveText(`Completed · ${shown} applied, 0 failed, 0 skipped, 0 cancelled`, {
    timeout: 60_000,
  });
  await expect(firstCostCenter).toHaveText('NOC-E2E');
  await expect(page.getByRole('grid').locator('[row-index="0"]').first()).toHaveClass(/row-applied/);
  await saveScreenshot(page, 'bulk-3-applied');
  const onPlatform = await page.evaluate(async (number) => {
    const rows = await window.noc.invoke('bulk:audit', {});
    return rows.rows.find((row) => row.label === number);
  }, firstNumber);
  expect(onPlatform).toMatchObject({
    field: 'costCenter',
    old: oldCostCenter || null,
    new: 'NOC-E2E',
    outcome: 'applied',
  });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    job.getByRole('button', { name: 'Export audit CSV' }).click(),
  ]);
  const [header, ...lines] = parseCsv(await readFile((await download.path())!, 'utf8'));
  expect(lines).toHaveLength(shown);
  const column = (name: string): number => header!.findIndex((cell) => cell.toLowerCase().includes(name));
  for (const line of lines) {
    expect(line[column('field')]).toBe('costCenter');
    expect(line[column('new')]).toBe('NOC-E2E');
    expect(line[column('outcome')]).toBe('applied');
  }
  const firstLine = lines.find((line) => line.includes(firstNumber))!;
  expect(firstLine[column('old')]).toBe(oldCostCenter);

  await job.getByRole('button', { name: 'Undo' }).click();
  await expect(preview.getByRole('status')).toHaveText(`${shown} changes, 0 skipped`);
  await saveScreenshot(page, 'bulk-4-undo-preview');
  await preview.getByRole('button', { name: `Apply ${shown} changes` }).click();
  await confirmJob(page);
  await expect(job.getByRole('status')).toHaveText(`Completed · ${shown} applied, 0 failed, 0 skipped, 0 cancelled`, {
    timeout: 60_000,
  });
  await expect(firstCostCenter).toHaveText(oldCostCenter);
  await saveScreenshot(page, 'bulk-5-undone');
  const item = await page.evaluate(async (number) => {
    const audit = await window.noc.invoke('bulk:audit', {});
    const iri = audit.rows.find((row) => row.label === number)!.target;
    return window.noc.invoke('platform:get-item', { iri });
  }, firstNumber);
  expect(item['costCenter'] ?? '').toBe(oldCostCenter);
});

test('an inline edit of one cell is a job of one, and bad input changes nothing', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  const cell = page.getByRole('grid').locator('[row-index="2"] [col-id="costCenter"]');
  await cell.dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Inline-Edit');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('Inline-Edit');
  await expect(page.getByRole('grid').locator('[row-index="2"]').first()).toHaveClass(/row-applied/);

  await cell.dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('x'.repeat(60));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/50/).first()).toBeVisible();
  await expect(cell).toHaveText('Inline-Edit');
});

test('offline, the actions are disabled with the reason', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  await app.restart({ demoOffline: true });
  await expect(page.getByRole('contentinfo', { name: 'Status' }).getByLabel('Connection')).toHaveText('Offline');
  await openPhoneNumbers(page);
  await expect(page.getByRole('button', { name: 'Actions' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Actions' })).toHaveAttribute(
    'title',
    /Changes are disabled while offline/,
  );
  // a disabled button says why beside it: the forward button, with rows selected, needs the connection
  await page.getByRole('grid').locator('[row-index="0"] input[type="checkbox"]').first().check();
  const forward = page.getByRole('button', { name: 'Forward selected numbers…' });
  await expect(forward).toBeDisabled();
  await expect(forward).toHaveAccessibleDescription('Forwarding needs a connection.');
  await expect(page.getByRole('toolbar').getByText('Forwarding needs a connection.')).toBeVisible();
  await expect(forward).toHaveAttribute('title', /Changes are disabled while offline/);
  await saveScreenshot(page, 'offline-forward-disabled');
});

test('a job cut off by a crash is offered at the next start, and resuming finishes it', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.restart({ demoLatencyMs: 40 });
  const rowCount = page.getByLabel('Row count');
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Set description' }).click();
  const panel = page.getByRole('complementary', { name: 'Bulk action' });
  await panel.getByLabel('New description').fill('Crash test');
  await panel.getByRole('button', { name: 'Preview' }).click();
  await panel.getByRole('button', { name: /^Apply 3,000 changes$/ }).click();
  await confirmJob(page);
  const progress = panel.getByRole('progressbar', { name: 'Progress' });
  await expect(async () => expect(Number(await progress.getAttribute('value'))).toBeGreaterThan(600)).toPass({
    timeout: 60_000,
  });

  // The console dies in the middle of the job; the user starts it again.
  await app.kill();
  await app.restart();
  const notice = page.getByRole('alert').filter({ hasText: 'A job was interrupted' });
  await expect(notice).toContainText('Set description');
  await saveScreenshot(page, 'bulk-6-interrupted');
  await notice.getByRole('button', { name: 'Review' }).click();
  const job = panel.getByRole('region', { name: 'Job' });
  await expect(job.getByRole('status')).toContainText('Interrupted');
  await job.getByRole('button', { name: 'Resume' }).click();
  await expect(job.getByRole('status')).toHaveText(/^Completed · [\d,]+ applied, 0 failed/, { timeout: 90_000 });
  const counts = (await job.getByRole('status').textContent())!;
  const applied = Number(counts.match(/([\d,]+) applied/)![1]!.replace(/,/g, ''));
  const skipped = Number(counts.match(/([\d,]+) skipped/)![1]!.replace(/,/g, ''));
  // Every operation ends in exactly one state: applied before the crash, applied after resuming, or skipped.
  expect(applied + skipped).toBe(3000);
  await saveScreenshot(page, 'bulk-7-resumed');
});
