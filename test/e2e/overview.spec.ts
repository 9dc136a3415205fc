import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test, choosePreference } from './support/app.ts';

function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

async function openOverview(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('button', { name: /^◧?\s*Overview/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

function tile(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** Follows a link of the overview and checks that the grid it opens shows exactly as many rows as it said. */
async function follow(page: Page, link: Locator, view: string): Promise<number> {
  const expected = count(await link.locator('.entry-value, strong').first().textContent());
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Filter' })).toBeVisible();
  await expect(page.getByLabel('Row count')).toHaveText(
    new RegExp(`^${expected.toLocaleString('en-US')} of [\\d,]+ rows`),
  );
  await openOverview(page);
  return expected;
}

test('the overview counts from the cache, and every count opens a grid with exactly those rows', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The first visit fetches what is not cached yet; the tiles fill as the refreshes end.
  await expect(page.getByText('Not cached yet')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText(/^as of /)).toBeVisible();
  const outports = tile(page, 'Outports pending');
  await expect(outports.getByRole('button', { name: /^Tomorrow/ })).toContainText(/[1-9]/);
  await expect(page.getByRole('img', { name: 'Chart: Outports pending' }).locator('svg').first()).toBeVisible();
  await saveScreenshot(page, 'overview-light');

  const pending = await follow(page, outports.getByRole('button', { name: /pending, by porting date/ }), 'Outports');
  expect(pending).toBeGreaterThan(0);
  const tomorrow = await follow(page, outports.getByRole('button', { name: /^Tomorrow/ }), 'Outports');
  expect(tomorrow).toBeGreaterThanOrEqual(2);
  await follow(
    page,
    tile(page, 'Tracking devices offline').getByRole('button', { name: /offline now/ }),
    'Tracking devices',
  );
  const forwards = tile(page, 'Scheduled forwards');
  await follow(page, forwards.getByRole('button', { name: /^Active now/ }), 'Scheduled forwards');
  expect(
    await follow(page, forwards.getByRole('button', { name: /^Starting in the next 24 h/ }), 'Scheduled forwards'),
  ).toBeGreaterThan(0);
  await follow(page, forwards.getByRole('button', { name: /^Ended/ }), 'Scheduled forwards');
  await follow(
    page,
    tile(page, 'Number blocks in cool-off').getByRole('button', { name: /in cool-off/ }),
    'Number blocks',
  );
  const sims = tile(page, 'SIM cards by status').getByRole('list').getByRole('button');
  const simTotal = count(await tile(page, 'SIM cards by status').locator('.tile-count strong').textContent());
  let simSum = 0;
  for (let index = 0; index < (await sims.count()); index += 1)
    simSum += await follow(
      page,
      tile(page, 'SIM cards by status').getByRole('list').getByRole('button').nth(index),
      'SIM cards',
    );
  expect(simSum).toBe(simTotal);

  // The badge: outports due within two days.
  await expect(
    page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: /Outports/ }),
  ).toContainText(String(tomorrow));

  await choosePreference(page, 'Theme', 'dark');
  await saveScreenshot(page, 'overview-dark');
  await choosePreference(page, 'Theme', 'light');
  await choosePreference(page, 'Language', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await saveScreenshot(page, 'overview-nl');
  expect(violations).toEqual([]);
});

test('outports: a "days left" column, pending first by porting date, tomorrow highlighted', async ({ app }) => {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('button', { name: /^⇥?\s*Outports/ })
    .click();
  await expect(page.getByLabel('Row count')).toHaveText(/^[1-9][\d,]* rows$/, { timeout: 30_000 });
  await expect(page.getByRole('columnheader', { name: 'Days left' })).toBeVisible();
  const first = page.getByRole('grid').locator('[row-index="0"] [col-id="daysLeft"] .chip');
  await expect(first).toHaveText('Tomorrow');
  await expect(first).toHaveAttribute('data-deadline', 'tomorrow');
  await expect(first).toHaveAttribute('data-tone', 'amber');
  await expect(page.getByRole('grid').locator('[row-index="0"] [col-id="status"]')).toHaveText('Pending');
  const days: string[] = [];
  for (let row = 0; row < 6; row += 1)
    days.push((await page.getByRole('grid').locator(`[row-index="${row}"] [col-id="daysLeft"]`).textContent()) ?? '');
  const asNumber = (text: string): number => (text === 'Tomorrow' ? 1 : text === 'Today' ? 0 : count(text));
  for (let index = 1; index < days.length; index += 1)
    expect(asNumber(days[index]!)).toBeGreaterThanOrEqual(asNumber(days[index - 1]!));
  await saveScreenshot(page, 'outports-days-left');
});

test.describe('a platform that names fields and status values its own way', () => {
  test.use({ hostOptions: { demoDialect: 'renamed' } });

  test('the overview counts through the schema binding, and its links and derived columns use the platform names', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByText('Not cached yet')).toHaveCount(0, { timeout: 60_000 });
    const outports = tile(page, 'Outports pending');
    await expect(outports.getByRole('button', { name: /^Tomorrow/ })).toContainText(/[1-9]/);
    const tomorrow = await follow(page, outports.getByRole('button', { name: /^Tomorrow/ }), 'Outports');
    expect(tomorrow).toBeGreaterThanOrEqual(2);
    expect(
      await follow(
        page,
        tile(page, 'Number blocks in cool-off').getByRole('button', { name: /in cool-off/ }),
        'Number blocks',
      ),
    ).toBeGreaterThan(0);
    await follow(
      page,
      tile(page, 'Scheduled forwards').getByRole('button', { name: /^Active now/ }),
      'Scheduled forwards',
    );

    // the days-left column reads the platform's porting date and its spelling of "pending"; the status shows in words
    await page
      .getByRole('navigation', { name: 'Resources' })
      .getByRole('button', { name: /^⇥?\s*Outports/ })
      .click();
    const first = page.getByRole('grid').locator('[row-index="0"] [col-id="daysLeft"] .chip');
    await expect(first).toHaveText('Tomorrow');
    await expect(page.getByRole('grid').locator('[row-index="0"] [col-id="status"]')).toHaveText('Pending');
  });
});
