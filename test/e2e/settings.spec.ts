import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/app.ts';

/** axe-core on what is open now (a dialog or menu, or the page): the rule ids and their targets, none expected. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`);
}

test('Settings: language, theme and parallel requests in one dialog from the header, not in About', async ({ app }) => {
  // seven axe-core runs over dialogs and menus, each a few seconds on a busy machine
  test.setTimeout(180_000);
  const { page } = app;
  const opener = page.getByRole('button', { name: 'Settings' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Language')).toHaveValue('system');
  await expect(dialog.getByLabel('Theme')).toHaveValue('system');
  await expect(dialog.getByText('Cache of the profile on screen')).toBeVisible();
  await expect(dialog).toContainText(/Demo sandbox · [\d.,]+ (B|KB|MB)/);
  const parallel = dialog.getByLabel('Parallel requests per profile');
  await parallel.fill('4');
  await expect.poll(() => page.evaluate(async () => (await window.noc.invoke('settings:get', {})).concurrency)).toBe(4);
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
  await saveScreenshot(page, 'settings-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog', { name: 'About NOC Console' });
  await expect(about).toBeVisible();
  await expect(about.getByLabel('Theme')).toHaveCount(0);
  await expect(about.getByText('Parallel requests per profile')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // in Dutch and dark, the same dialogs and the switcher, with no accessibility violation
  await opener.click();
  await dialog.getByLabel('Language').selectOption('nl');
  const instellingen = page.getByRole('dialog', { name: 'Instellingen' });
  await instellingen.getByLabel('Thema').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
  await saveScreenshot(page, 'settings-dialog-nl-dark');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Profielen', exact: true }).click();
  const profiles = page.getByRole('dialog', { name: 'Profielen' });
  await expect(profiles.getByText('Verbonden', { exact: true })).toBeVisible();
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
  await profiles.getByRole('button', { name: 'Nieuw profiel' }).click();
  const form = profiles.getByRole('form', { name: 'Nieuw profiel' });
  await form.getByLabel('Naam').fill('Typfout');
  await form.getByLabel('Basis-URL').fill('https://api.typfout.invalid');
  await form.getByLabel('E-mail', { exact: true }).fill('noc@example.nl');
  await form.getByLabel('Client-ID').fill('client-1');
  await form.getByLabel('Wachtwoord', { exact: true }).fill('geheim-wachtwoord');
  await form.getByRole('button', { name: 'Verbinding testen' }).click();
  const result = form.getByRole('status', { name: 'Verbindingstest' });
  await expect(result).toContainText('Platform niet bereikt');
  await expect(result).toContainText('De hostnaam api.typfout.invalid is niet gevonden');
  await saveScreenshot(page, 'profiles-test-nl-dark');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('menu', { name: 'Profiel wisselen' })).toBeVisible();
  expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
  await page.keyboard.press('Escape');

  await instellingenLight(page);
  await page.keyboard.press('Control+p');
  expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Profielen', exact: true }).click();
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
});

async function instellingenLight(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('dialog', { name: 'Instellingen' }).getByLabel('Thema').selectOption('light');
  await page.keyboard.press('Escape');
}
