import { expect, saveScreenshot, test, choosePreference } from './support/app.ts';

test('the shell shows the seven resource views and a status bar', async ({ app }) => {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Resources' });
  const labels = [
    'Phone numbers',
    'Number blocks',
    'SIM cards',
    'X2VoIP routes',
    'Scheduled forwards',
    'Tracking devices',
    'Outports',
  ];
  for (const label of labels) await expect(nav.getByRole('button', { name: label })).toBeVisible();

  // A connected profile opens on its overview.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await nav.getByRole('button', { name: 'Outports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outports' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Outports' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Outports' })).toHaveAttribute('aria-current', 'page');

  const status = page.getByRole('contentinfo', { name: 'Status' });
  for (const slot of ['Profile', 'Connection', 'Rate limit', 'Last sync'])
    await expect(status.getByText(slot, { exact: true })).toBeVisible();
  await saveScreenshot(page, 'shell-light');
});

test('About round-trips app:info through window.noc', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'About' }).click();
  const dialog = page.getByRole('dialog', { name: 'About NOC Console' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('0.1.0')).toBeVisible();
  await expect(dialog.getByText(app.target === 'bridge' ? 'Bridge (browser)' : 'Electron')).toBeVisible();
  await saveScreenshot(page, 'about-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an invalid payload is refused with a validation error, and the handler never runs', async ({ app }) => {
  const outcome = await app.page.evaluate(async () => {
    try {
      // Deliberately wrong: the theme must be one of system, light, dark.
      await window.noc.invoke('settings:update', { theme: 'purple' as 'dark' });
      return { code: 'NONE', message: '' };
    } catch (failure) {
      const error = failure as Error & { code: string };
      return { code: error.code, message: error.message };
    }
  });
  expect(outcome.code).toBe('VALIDATION');
  expect(outcome.message).toContain('theme');
  const settings = await app.page.evaluate(() => window.noc.invoke('settings:get', {}));
  expect(settings.theme).toBe('system');
});

test('the theme follows the OS, switches on request, and is remembered after a restart', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await choosePreference(page, 'Theme', { label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await saveScreenshot(page, 'shell-dark');

  if (app.target === 'bridge') await app.restart();
  else await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme')).toHaveValue('dark');
});
