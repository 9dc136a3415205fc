import type { Page } from '@playwright/test';
import { expect } from './app.ts';

/** The seven resource views, English and Dutch names. */
export const VIEWS: { en: string; nl: string }[] = [
  { en: 'Phone numbers', nl: 'Telefoonnummers' },
  { en: 'Number blocks', nl: 'Nummerblokken' },
  { en: 'SIM cards', nl: 'Simkaarten' },
  { en: 'X2VoIP routes', nl: 'X2VoIP-routes' },
  { en: 'Scheduled forwards', nl: 'Geplande doorschakelingen' },
  { en: 'Tracking devices', nl: 'GPS-trackers' },
  { en: 'Outports', nl: 'Outports' },
];

export type Language = 'en' | 'nl';
const pick = (language: Language, en: string, nl: string): RegExp => new RegExp(`^(${language === 'nl' ? nl : en})$`);

const firstRow = (page: Page) => page.getByRole('grid').first().locator('[role="row"][row-index="0"]').first();

/** Called at each state of the tour, named for the report ("grid: SIM cards", "dialog: Profiles"). */
export type Visit = (state: string) => Promise<void>;

async function openView(page: Page, language: Language, view: { en: string; nl: string }): Promise<void> {
  const label = language === 'nl' ? view.nl : view.en;
  await page
    .getByRole('navigation', { name: /Resources|Onderdelen/ })
    .getByRole('button', { name: new RegExp(`^${label}( |$)`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  // rows from the cache or the platform, not the loading state
  await expect(firstRow(page)).toBeVisible({ timeout: 20_000 });
}

async function dialog(page: Page, button: RegExp, state: string, visit: Visit): Promise<void> {
  await page.locator('header').getByRole('button', { name: button }).first().click();
  const opened = page.getByRole('dialog').first();
  await expect(opened).toBeVisible();
  await visit(state);
  await page.keyboard.press('Escape');
  await expect(opened).toBeHidden();
}

/** The overview: what a connected profile opens on. */
export async function tourOverview(page: Page, visit: Visit): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /Overview|Overzicht/ })).toBeVisible();
  await expect(page.locator('.overview-tile').first()).toBeVisible();
  await visit('overview');
}

/** Each view with its tabs, and the detail panel of its first row. */
export async function tourViews(
  page: Page,
  language: Language,
  views: { en: string; nl: string }[],
  visit: Visit,
): Promise<void> {
  for (const view of views) {
    await openView(page, language, view);
    const tabs = page.getByRole('tablist');
    if (await tabs.count()) {
      const all = tabs.first().getByRole('tab');
      for (let index = 1; index < (await all.count()); index += 1) {
        await all.nth(index).click();
        await page.waitForTimeout(300);
        await visit(`tab ${index}: ${view.en}`);
      }
      await all.first().click();
    }
    await firstRow(page).locator('[role="gridcell"]').nth(1).click();
    await expect(page.getByRole('complementary', { name: /^(Details)$/ })).toBeVisible();
    await page.waitForTimeout(300);
    await visit(`grid and details: ${view.en}`);
  }
}

/** The Actions menu, a bulk panel with its parameters and its preview. */
export async function tourBulk(page: Page, language: Language, visit: Visit): Promise<void> {
  await openView(page, language, VIEWS[0]!);
  await firstRow(page).locator('[role="gridcell"]').nth(1).click();
  await page.getByRole('button', { name: pick(language, 'Select all filtered', 'Alle gefilterde selecteren') }).click();
  await page.getByRole('button', { name: pick(language, 'Actions', 'Acties') }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await visit('menu: Actions');
  await page.getByRole('menuitem', { name: pick(language, 'Set cost center', 'Kostenplaats instellen') }).click();
  const panel = page.getByRole('complementary', { name: pick(language, 'Bulk action', 'Bulkactie') });
  await expect(panel).toBeVisible();
  await visit('panel: bulk parameters');
  await panel.getByLabel(pick(language, 'New cost center', 'Nieuwe kostenplaats')).fill('Words-check');
  await panel.getByRole('button', { name: pick(language, 'Preview', 'Voorbeeld') }).click();
  await expect(panel.getByRole('region', { name: pick(language, 'Preview', 'Voorbeeld') })).toBeVisible();
  await visit('panel: bulk preview');
}

/** Every dialog of the header. */
export async function tourDialogs(page: Page, language: Language, visit: Visit): Promise<void> {
  await dialog(page, pick(language, 'Profiles', 'Profielen'), 'dialog: Profiles', visit);
  await dialog(page, pick(language, 'Jobs', 'Taken'), 'dialog: Jobs', visit);
  await dialog(page, pick(language, 'Platform schema', 'Platformschema'), 'dialog: Platform schema', visit);
  await dialog(page, pick(language, 'Settings', 'Instellingen'), 'dialog: Settings', visit);
  await dialog(page, pick(language, 'About', 'Over'), 'dialog: About', visit);
}

/** The tour in parts small enough for one test each (axe takes seconds per state on a grid). */
export const TOUR_PARTS: { name: string; run: (page: Page, language: Language, visit: Visit) => Promise<void> }[] = [
  {
    name: 'overview and the first three grids',
    run: async (page, language, visit) => {
      await tourOverview(page, visit);
      await tourViews(page, language, VIEWS.slice(0, 3), visit);
    },
  },
  { name: 'the last four grids', run: (page, language, visit) => tourViews(page, language, VIEWS.slice(3), visit) },
  {
    name: 'menu, bulk panel and dialogs',
    run: async (page, language, visit) => {
      await tourBulk(page, language, visit);
      await tourDialogs(page, language, visit);
    },
  },
];
