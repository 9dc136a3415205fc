import { dutch, english } from '../support/ui-text.ts';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ResourceDescriptor } from '../../src-preload/contract/index.ts';
import { expect, openPhoneNumbers, saveScreenshot, test, choosePreference } from './support/app.ts';

const VIEWS = [
  'Phone numbers',
  'Number blocks',
  'SIM cards',
  'X2VoIP routes',
  'Scheduled forwards',
  'Tracking devices',
  'Outports',
];

async function descriptors(page: Page): Promise<ResourceDescriptor[]> {
  return page.evaluate(() => window.noc.invoke('resources:list', {}));
}

async function openView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /Resources|Onderdelen/ })
    .getByRole('button', { name: label })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/** Numbers are compared in national form, however the CSV or the search wrote them. */
function national(text: string): string {
  return text.replace(/\+31|0031/g, '0');
}

function parseCsv(source: string): string[][] {
  const text = source.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test('every grid loads from the demo platform, searches, shows unknown fields and exports what is filtered', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  const registry = await descriptors(page);
  for (const label of VIEWS) {
    await test.step(label, async () => {
      await openView(page, label);
      const descriptor = registry.find((candidate) => english(candidate.label) === label)!;
      const rowCount = page.getByLabel('Row count');
      await expect(rowCount).toHaveText(/^[1-9][\d,]* rows$/);
      const total = count(await rowCount.textContent());

      const firstVisible = descriptor.columns.filter((column) => column.visible).slice(0, 3);
      for (const column of firstVisible)
        await expect(page.getByRole('columnheader', { name: english(column.label), exact: true })).toBeVisible();

      const firstRow = page.getByRole('grid').locator('[role="row"][row-index="0"]');
      // A column that shows its own value (an IRI column shows a looked-up name once that has arrived).
      const searched = descriptor.columns.find((column) => column.visible && column.type !== 'iri')!;
      const term = (await firstRow.locator(`[col-id="${searched.field}"]`).textContent())!.trim().split(',')[0]!.trim();
      expect(term.length).toBeGreaterThan(0);
      const search =
        descriptor.phoneFields.includes(searched.field) && term.startsWith('0') ? `+31 ${term.slice(1)}` : term;
      await page.getByLabel('Quick search').fill(search);
      await expect(rowCount).toHaveText(/ of /);
      const shown = count((await rowCount.textContent())!.split(' of ')[0]!);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThanOrEqual(total);

      await firstRow.locator('[role="gridcell"]').nth(1).click();
      const details = page.getByRole('complementary', { name: 'Details' });
      // what the registry does not know is for support: behind the collapsed Technical details
      await expect(details.getByText('not in the registry').first()).toBeHidden();
      await details.getByText('Technical details').click();
      await expect(details.getByText('not in the registry').first()).toBeVisible();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const csv = parseCsv(await readFile((await download.path())!, 'utf8'));
      const [header, ...lines] = csv.filter((line) => line.some((cell) => cell !== ''));
      expect(header).toContain(english(firstVisible[0]!.label));
      expect(lines).toHaveLength(shown);
      for (const line of lines)
        expect(line.some((cell) => national(cell).toLowerCase().includes(national(term).toLowerCase()))).toBe(true);
      await saveScreenshot(page, `grid-${descriptor.id}-light`);
      await page.getByLabel('Quick search').fill('');
    });
  }
});

test('grids in dark theme and in Dutch', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const registry = await descriptors(page);
  await choosePreference(page, 'Theme', 'dark');
  for (const label of VIEWS) {
    await openView(page, label);
    await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/);
    await saveScreenshot(page, `grid-${registry.find((candidate) => english(candidate.label) === label)!.id}-dark`);
  }
  await choosePreference(page, 'Theme', 'light');
  await choosePreference(page, 'Language', 'nl');
  await expect(page.getByRole('button', { name: 'Profielen' })).toBeVisible();
  for (const descriptor of registry) {
    await openView(page, dutch(descriptor.label));
    await expect(page.getByLabel('Aantal rijen')).toHaveText(/^[1-9][\d.]* rijen$/);
    for (const column of descriptor.columns.filter((candidate) => candidate.visible).slice(0, 2)) {
      await expect(page.getByRole('columnheader', { name: dutch(column.label), exact: true })).toBeVisible();
    }
    await saveScreenshot(page, `grid-${descriptor.id}-nl`);
  }
});

test('quick search finds a number typed as +31, 31 or 0, and keyboard shortcuts work', async ({ app }) => {
  const { page } = app;
  const rowCount = page.getByLabel('Row count');
  await openPhoneNumbers(page);
  await expect(rowCount).toHaveText('3,000 rows');
  const number = (await page.getByRole('grid').locator('[row-index="5"] [col-id="number"]').textContent())!.trim();
  expect(number).toMatch(/^0\d{9}$/);
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Quick search')).toBeFocused();
  for (const typed of [
    number,
    `31${number.slice(1)}`,
    `+31 ${number.slice(1, 3)} ${number.slice(3)}`,
    `0031${number.slice(1)}`,
  ]) {
    await page.keyboard.press('Control+a');
    await page.keyboard.type(typed);
    await expect(rowCount).toHaveText('1 of 3,000 rows');
  }
  await page.getByLabel('Quick search').fill('');
  await page.getByRole('grid').locator('[row-index="0"] [col-id="number"]').click();
  await expect(rowCount).toContainText('1 selected');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(rowCount).toContainText('2 selected');
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await expect(rowCount).toContainText('3,000 selected');
});

test('columns hidden and resized are remembered per profile and resource', async ({ app }) => {
  const { page } = app;
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menu', { name: 'Columns' }).getByRole('menuitemcheckbox', { name: 'Cost center' }).click();
  await expect(page.getByRole('columnheader', { name: 'Cost center', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600);
  await app.restart();
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  await expect(page.getByRole('columnheader', { name: 'Description', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Cost center', exact: true })).toHaveCount(0);
});
