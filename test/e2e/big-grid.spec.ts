import type { Locator, Page } from '@playwright/test';
import { generateDemoData } from '../../src-main/demo/generate/index.ts';
import { DEFAULT_SEED } from '../../src-main/demo/index.ts';
import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';

const ROWS = 100_000;
const TOTAL = ROWS.toLocaleString('en-US');

test.use({ hostOptions: { demoPhoneNumbers: ROWS } });

/**
 * The moment the grid says it has everything: no loading or refresh progress, and an "as of" time. Read at that
 * moment, without waiting for it to change, the row count must be the complete data's.
 */
async function completeCount(page: Page, rowCount: Locator): Promise<string> {
  await page.waitForFunction(
    () =>
      document.querySelector('.grid-status .as-of[data-fetched-at]') !== null &&
      document.querySelector('.grid-status progress') === null,
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await rowCount.textContent())!;
}

test('the 100,000-row grid: counts, search and "select all filtered" are those of the complete data as soon as it says it is complete', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  // The demo platform's data, generated here from the same seed: what the grid must end up with.
  const numbers = generateDemoData(DEFAULT_SEED, ROWS, Date.now())
    .phoneNumbers.all()
    .map((row) => String(row.number));
  // An area code whose digits also occur inside other numbers: a prefix must find only the numbers it starts.
  const count = (test: (number: string) => boolean): number => numbers.filter(test).length;
  const prefix = [...new Set(numbers.slice(0, 200).map((number) => number.slice(0, 4)))]
    .map((start) => ({ start, gain: count((n) => n.includes(start)) - count((n) => n.startsWith(start)) }))
    .sort((a, b) => b.gain - a.gain)[0]!.start;
  const starting = count((number) => number.startsWith(prefix));
  expect(starting).toBeGreaterThan(0);
  expect(count((number) => number.includes(prefix))).toBeGreaterThan(starting);
  const shown = starting.toLocaleString('en-US');

  const rowCount = page.getByLabel('Row count');
  const search = page.getByLabel('Quick search');

  // Nothing cached yet: rows come in as pages arrive; once the refresh has ended, every row is there.
  await openPhoneNumbers(page);
  expect(await completeCount(page, rowCount)).toBe(`${TOTAL} rows`);
  await saveScreenshot(page, 'big-grid-1-first-sync');

  // From the cache, after a restart: the first rows at once, all of them when the grid says so.
  await app.restart({ demoPhoneNumbers: ROWS });
  await openPhoneNumbers(page);
  expect(await completeCount(page, rowCount)).toBe(`${TOTAL} rows`);

  // A number prefix finds the numbers that start with it, typed nationally or internationally.
  for (const typed of [prefix, `+31${prefix.slice(1)}`, `31${prefix.slice(1)}`, `+31 ${prefix.slice(1)}`]) {
    await search.fill(typed);
    await expect(rowCount).toHaveText(`${shown} of ${TOTAL} rows`);
  }
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await expect(rowCount).toHaveText(`${shown} of ${TOTAL} rows · ${shown} selected`);
  await saveScreenshot(page, 'big-grid-2-prefix-selected');

  // Typing on narrows to one number; the selection of the hidden rows stays but is not shown as acted on.
  const one = numbers.find((number) => number.startsWith(prefix))!;
  await search.fill(one);
  await expect(rowCount).toContainText(`1 of ${TOTAL} rows`);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await search.fill('');
  await expect(rowCount).toHaveText(`${TOTAL} rows`);
  await page.getByRole('button', { name: 'Select all filtered' }).click();
  await expect(rowCount).toHaveText(`${TOTAL} rows · ${TOTAL} selected`);
  await saveScreenshot(page, 'big-grid-3-all-selected');
});
