import type { Locator, Page } from '@playwright/test';
import { choosePreference, expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';
import { expectAccessible } from './support/accessible.ts';
import { confirmJob } from './support/bulk.ts';

const panelOf = (page: Page): Locator => page.getByRole('complementary', { name: 'Bulk action' });

/** The element is wholly inside the window, and neither the page nor the panel's list had to scroll to show it. */
async function expectReachableWithoutScrolling(page: Page, element: Locator): Promise<void> {
  await expect(element).toBeInViewport({ ratio: 1 });
  const box = (await element.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await panelOf(page).evaluate((panel) => panel.scrollTop)).toBe(0);
  expect(
    await panelOf(page)
      .getByRole('group', { name: 'What the job changes' })
      .evaluate((list) => list.scrollTop),
  ).toBe(0);
}

async function jobCounts(
  status: Locator,
): Promise<{ applied: number; failed: number; skipped: number; cancelled: number }> {
  const text = (await status.textContent()) ?? '';
  const count = (word: string): number =>
    Number(text.match(new RegExp(`([\\d,]+) ${word}`))?.[1]?.replace(/,/g, '') ?? NaN);
  return {
    applied: count('applied'),
    failed: count('failed'),
    skipped: count('skipped'),
    cancelled: count('cancelled'),
  };
}

test('a 400-row job from search to applied: the summary by old value, Apply in view at 1440×900 and 1024×700', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const rowCount = page.getByLabel('Row count');
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');
  // the trunk numbers of three areas: exactly 400 in the demo data, some of them without a cost center
  await page.getByLabel('Quick search').fill('trunk');
  await expect(rowCount).toHaveText(/^[\d,]+ of 3,000 rows$/);
  await page.locator('.ag-header-cell[col-id="areaCode"] .ag-header-cell-filter-button').click();
  const areas = page.getByRole('group', { name: 'Values of Area' });
  for (const area of ['Rotterdam', 'Den Haag', 'Enschede'])
    await areas.getByRole('checkbox', { name: new RegExp(`^${area} [\\d,]+$`) }).check();
  await page.keyboard.press('Escape');
  await expect(rowCount).toHaveText('400 of 3,000 rows');
  const shown = 400;
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await expect(rowCount).toHaveText('400 of 3,000 rows · 400 selected');
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Set cost center' }).click();
  const panel = panelOf(page);
  await expect(panel.getByText(`${shown} selected rows.`)).toBeVisible();
  const costCenter = panel.getByRole('combobox', { name: 'New cost center' });
  await expect(costCenter).toBeFocused();
  // the cost centers in use are offered, most used first, with how many numbers carry each
  await expect(panel.locator('datalist option').first()).toHaveAttribute('value', 'Sales');
  await expect(panel.locator('datalist option[value="Sales"]')).toHaveAttribute('label', /^on 1,\d{3} rows$/);
  await costCenter.fill('Logistiek-NL');
  await panel.getByRole('button', { name: 'Preview' }).click();

  const preview = panel.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText(`${shown} changes, 0 skipped`);
  const summary = preview.getByRole('list', { name: 'Summary of the changes' });
  await expect(summary).toContainText(/^Cost center: [\d,]+ \S+/);
  await expect(summary).toContainText(/\d+ empty/);
  await expect(summary).toContainText('→ Logistiek-NL');
  const apply = preview.getByRole('button', { name: `Apply ${shown} changes` });
  await expectReachableWithoutScrolling(page, apply);
  await expectReachableWithoutScrolling(page, preview.getByRole('button', { name: 'Discard' }));
  await saveScreenshot(page, 'bulk-flow-1-preview-1440');

  await page.setViewportSize({ width: 1024, height: 700 });
  await expectReachableWithoutScrolling(page, apply);
  await saveScreenshot(page, 'bulk-flow-2-preview-1024');
  await page.setViewportSize({ width: 1440, height: 900 });

  await apply.click();
  const dialog = page.getByRole('alertdialog', { name: /Set the cost center of [\d,]+ phone numbers/ });
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, 'bulk-flow-3-confirm');
  await dialog.getByRole('button', { name: `Apply ${shown} changes` }).click();
  const job = panel.getByRole('region', { name: 'Job' });
  await expect(job.getByRole('status')).toHaveText(`Completed · ${shown} applied, 0 failed, 0 skipped, 0 cancelled`, {
    timeout: 90_000,
  });
  await expect(page.getByRole('grid').locator('[row-index="0"] [col-id="costCenter"]')).toHaveText('Logistiek-NL');
  await saveScreenshot(page, 'bulk-flow-4-applied');
});

test('a cancelled job is resumed from the jobs list for the rows it left, and finishes with each row applied once', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  // a slow platform (1 s an answer, 6 at a time): the job is still running when the operator gets to Cancel, even on
  // a busy machine
  await app.restart({ demoLatencyMs: 1000 });
  const rowCount = page.getByLabel('Row count');
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');
  await page.getByLabel('Quick search').fill('Sales');
  await expect(rowCount).toHaveText(/^[\d,]+ of 3,000 rows$/);
  const shown = Number((await rowCount.textContent())!.split(' of ')[0]!.replace(/,/g, ''));
  expect(shown).toBeGreaterThan(500);
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Set description' }).click();
  const panel = panelOf(page);
  await panel.getByRole('combobox', { name: 'New description' }).fill('Hervat na annuleren');
  await panel.getByRole('button', { name: 'Preview' }).click();
  const shownText = shown.toLocaleString('en-US');
  await panel.getByRole('button', { name: `Apply ${shownText} changes` }).click();

  // more than 500 rows: the count must be typed before the job can start
  const dialog = page.getByRole('alertdialog');
  const confirm = dialog.getByRole('button', { name: `Apply ${shownText} changes` });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type ${shownText} to confirm` }).fill(String(shown - 1));
  await expect(dialog.getByText(`That is not ${shownText}.`)).toBeVisible();
  await expect(confirm).toBeDisabled();
  await saveScreenshot(page, 'bulk-flow-5-type-count');
  await dialog.getByRole('textbox', { name: `Type ${shownText} to confirm` }).fill(shownText);
  await confirm.click();

  const job = panel.getByRole('region', { name: 'Job' });
  const progress = job.getByRole('progressbar', { name: 'Progress' });
  await expect(async () => expect(Number(await progress.getAttribute('value'))).toBeGreaterThan(30)).toPass({
    timeout: 60_000,
  });
  await job.getByRole('button', { name: 'Cancel job' }).click();
  const status = job.getByRole('status');
  await expect(status).toHaveText(/^Cancelled · /, { timeout: 30_000 });
  const atCancel = await jobCounts(status);
  expect(atCancel.applied).toBeGreaterThan(0);
  expect(atCancel.cancelled).toBeGreaterThan(0);
  expect(atCancel.applied + atCancel.cancelled).toBe(shown);
  const left = atCancel.cancelled.toLocaleString('en-US');
  await expect(job.getByRole('button', { name: `Resume the remaining ${left} rows` })).toBeVisible();
  await saveScreenshot(page, 'bulk-flow-6-cancelled');

  // the jobs list offers the same, and after a restart too: the job is read back from the journal
  await app.restart();
  await page.getByRole('button', { name: 'Jobs' }).click();
  const jobs = page.getByRole('dialog', { name: 'Jobs of this profile' });
  const card = jobs.getByRole('listitem', { name: 'Set description to "Hervat na annuleren"' });
  await expect(card).toContainText('Cancelled');
  await card.getByRole('button', { name: `Resume the remaining ${left} rows` }).click();
  await confirmJob(page, `Resume the remaining ${left} rows`);
  await expect(jobs).toBeHidden();
  await expect(job.getByRole('status')).toHaveText(
    `Completed · ${shownText} applied, 0 failed, 0 skipped, 0 cancelled`,
    {
      timeout: 120_000,
    },
  );
  await saveScreenshot(page, 'bulk-flow-7-resumed');

  // every row was applied exactly once: one applied audit row per number, none sent twice
  const audit = await page.evaluate(async () => {
    const { rows } = await window.noc.invoke('bulk:audit', {});
    return rows.map((row) => ({ target: row.target, outcome: row.outcome }));
  });
  expect(audit.filter((row) => row.outcome === 'applied')).toHaveLength(shown);
  expect(new Set(audit.map((row) => row.target)).size).toBe(shown);
});

/** Presses Tab until the element has the focus (as a keyboard user does); fails if it is not reached. */
async function tabTo(page: Page, element: Locator, max = 60): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await element.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${element.toString()} in ${max} presses`);
}

/** Presses ArrowDown in an open menu until the item has the focus. */
async function arrowTo(page: Page, item: Locator, max = 20): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await item.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown did not reach ${item.toString()}`);
}

test('the whole bulk flow by keyboard only: menu, form, preview, confirmation, job', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const keyboard = page.keyboard;
  await tabTo(page, page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: /Phone numbers/ }));
  await keyboard.press('Enter');
  const rowCount = page.getByLabel('Row count');
  await expect(rowCount).toHaveText('3,000 rows');
  await keyboard.press('Control+f');
  await expect(page.getByLabel('Quick search')).toBeFocused();
  await keyboard.type('Klantenservice');
  await expect(rowCount).toHaveText(/^\d+ of 3,000 rows$/);
  const shown = Number((await rowCount.textContent())!.split(' of ')[0]);
  await tabTo(page, page.getByRole('button', { name: 'Select all filtered' }));
  await keyboard.press('Enter');
  await expect(rowCount).toContainText(`${shown} selected`);

  // the Actions menu: Enter opens it on its first item, Escape closes it and gives the focus back to the button
  const actions = page.getByRole('button', { name: 'Actions' });
  await tabTo(page, actions);
  await keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();
  await keyboard.press('ArrowDown');
  await expect(menu).toBeVisible();
  const item = menu.getByRole('menuitem', { name: 'Set cost center' });
  await arrowTo(page, item);
  await saveScreenshot(page, 'bulk-flow-8-menu-keyboard');
  await keyboard.press('Enter');
  await expect(menu).toBeHidden();

  // the form has the focus; Enter asks for the preview
  const panel = panelOf(page);
  await expect(panel.getByRole('combobox', { name: 'New cost center' })).toBeFocused();
  await keyboard.type('Toetsenbord');
  await keyboard.press('Enter');
  const preview = panel.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText(`${shown} changes, 0 skipped`);
  await expect(preview).toBeFocused();

  // Tab reaches Apply; Escape in the confirmation goes back to it, Enter confirms
  const apply = preview.getByRole('button', { name: `Apply ${shown} changes` });
  await tabTo(page, apply, 10);
  await keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
  await keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(apply).toBeFocused();
  await keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: `Apply ${shown} changes` })).toBeFocused();
  await saveScreenshot(page, 'bulk-flow-9-confirm-keyboard');
  await keyboard.press('Enter');

  const job = panel.getByRole('region', { name: 'Job' });
  await expect(job.getByRole('status')).toHaveText(`Completed · ${shown} applied, 0 failed, 0 skipped, 0 cancelled`, {
    timeout: 90_000,
  });
  await tabTo(page, job.getByRole('button', { name: 'Close' }), 15);
  await saveScreenshot(page, 'bulk-flow-10-done-keyboard');
  await keyboard.press('Enter');
  await expect(panel).toBeHidden();
});

for (const theme of ['Light', 'Dark'] as const)
  test(`selected rows the filter hides are named in the form and the preview; menu, form, preview and confirmation pass axe-core (${theme})`, async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await choosePreference(page, 'Theme', theme);
    const rowCount = page.getByLabel('Row count');
    await openPhoneNumbers(page);
    await expect(rowCount).toHaveText('3,000 rows');
    const search = page.getByLabel('Quick search');
    await search.fill('lijn');
    await expect(rowCount).toHaveText(/^441 of 3,000 rows$/);
    await page.getByRole('button', { name: 'Select all filtered' }).click();
    await search.fill('Spoedlijn');
    await expect(rowCount).toHaveText(/^233 of 3,000 rows · 441 selected$/);

    await page.getByRole('button', { name: 'Actions' }).click();
    await expectAccessible(page, '.actions-menu');
    await page.getByRole('menuitem', { name: 'Set cost center' }).click();
    const panel = panelOf(page);
    await expect(panel.getByText('233 selected rows.')).toBeVisible();
    const hidden = '208 selected rows are hidden by the filter and are left out of this job.';
    await expect(panel.getByRole('note')).toHaveText(hidden);
    await panel.getByRole('combobox', { name: 'New cost center' }).fill('Storingen');
    await expectAccessible(page, '.bulk-panel');
    await panel.getByRole('button', { name: 'Preview' }).click();
    const preview = panel.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('status')).toHaveText('233 changes, 0 skipped');
    await expect(preview.getByRole('note')).toHaveText(hidden);
    await expectAccessible(page, '.bulk-panel');
    await saveScreenshot(page, `bulk-flow-11-hidden-${theme.toLowerCase()}`);
    await preview.getByRole('button', { name: 'Apply 233 changes' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(hidden);
    await expectAccessible(page, '.confirm-dialog');
    await saveScreenshot(page, `bulk-flow-12-confirm-${theme.toLowerCase()}`);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await expect(dialog).toBeHidden();
    await preview.getByRole('button', { name: 'Discard' }).click();
    await expect(panel).toBeHidden();
  });

test('in Dutch: the summary, the counts with their thousands separators and the confirmation', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await choosePreference(page, 'Language', 'Nederlands');
  await openPhoneNumbers(page);
  const rowCount = page.getByLabel('Aantal rijen');
  await expect(rowCount).toHaveText('3.000 rijen');
  await page.getByLabel('Snel zoeken').fill('Sales');
  await expect(rowCount).toHaveText(/^1\.255 van 3\.000 rijen$/);
  await page.getByRole('button', { name: 'Alle gefilterde selecteren' }).click();
  await page.getByRole('button', { name: 'Acties' }).click();
  await page.getByRole('menuitem', { name: 'Kostenplaats instellen' }).click();
  const panel = page.getByRole('complementary', { name: 'Bulkactie' });
  await expect(panel.getByText('1.255 geselecteerde rijen.')).toBeVisible();
  await panel.getByRole('combobox', { name: 'Nieuwe kostenplaats' }).fill('Verkoop-NL');
  await panel.getByRole('button', { name: 'Voorbeeld' }).click();
  const preview = panel.getByRole('region', { name: 'Voorbeeld' });
  const summary = preview.getByRole('list', { name: 'Samenvatting van de wijzigingen' });
  await expect(summary).toHaveText('Kostenplaats: 1.255 Sales → Verkoop-NL');
  // the title and the question come from main as messages, worded by the renderer's Dutch catalog
  await expect(preview.getByRole('heading', { name: 'Kostenplaats instellen op "Verkoop-NL"' })).toBeVisible();
  await expect(preview.getByRole('group', { name: 'Doorvoeren of verwerpen' })).toContainText('1.255 wijzigingen');
  await preview.getByRole('button', { name: '1.255 wijzigingen doorvoeren' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('De kostenplaats van 1.255 telefoonnummers instellen op "Verkoop-NL"?');
  await expect(dialog.getByRole('textbox', { name: 'Typ 1.255 om te bevestigen' })).toBeFocused();
  await page.keyboard.type('1.255');
  await expect(dialog.getByRole('button', { name: '1.255 wijzigingen doorvoeren' })).toBeEnabled();
  await saveScreenshot(page, 'bulk-flow-13-dutch-confirm');
  await dialog.getByRole('button', { name: 'Terug' }).click();
  await expect(dialog).toBeHidden();

  // rows that already hold the value are skipped with their reason in Dutch
  await preview.getByRole('button', { name: 'Verwerpen' }).click();
  await expect(panel).toBeHidden();
  await page.getByRole('button', { name: 'Acties' }).click();
  await page.getByRole('menuitem', { name: 'Kostenplaats instellen' }).click();
  await panel.getByRole('combobox', { name: 'Nieuwe kostenplaats' }).fill('Sales');
  await panel.getByRole('button', { name: 'Voorbeeld' }).click();
  await preview.getByText('1.255 overgeslagen rijen').click();
  await expect(preview.getByText('Heeft deze waarde al: niets te wijzigen.').first()).toBeVisible();
  await saveScreenshot(page, 'bulk-flow-14-dutch-skipped');
});
