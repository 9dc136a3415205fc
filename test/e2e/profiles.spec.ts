import { DEFAULT_DEMO_CREDENTIALS } from '../../src-main/demo/index.ts';
import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';
import type { Page } from '@playwright/test';

async function openProfiles(page: Page) {
  await page.getByRole('button', { name: 'Profiles', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The demo's address, as the profile list shows it. */
async function demoUrl(page: Page): Promise<string> {
  const url = await page.evaluate(
    async () => (await window.noc.invoke('profiles:list', {})).profiles.find((p) => p.isDemo)?.baseUrl,
  );
  if (!url) throw new Error('The demo sandbox has no base URL');
  return url;
}

test('first run shows the Demo sandbox connected, with data, labelled as a demo', async ({ app }) => {
  const { page } = app;
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status.getByLabel('Profile')).toHaveText('Demo sandbox');
  await expect(status.getByText('Demo', { exact: true })).toBeVisible();
  await expect(status.getByLabel('Connection')).toHaveText(/Connected as NOC Demo/);
  await expect(status.getByLabel('Rate limit')).toHaveText(/1h \d/);
  await expect(page.getByRole('note')).toContainText('Demo sandbox');
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  await expect(
    page.getByRole('navigation', { name: 'Resources' }).getByRole('button', { name: 'Phone numbers' }),
  ).toContainText('3,000');

  const dialog = await openProfiles(page);
  const card = dialog.getByRole('listitem', { name: 'Demo sandbox' });
  await expect(card.getByText('Demo', { exact: true })).toBeVisible();
  await expect(card.getByText('Password stored in the keychain')).toBeVisible();
  await saveScreenshot(page, 'profiles-demo');
});

test('a profile with a plain-http URL outside this computer is refused with a clear message', async ({ app }) => {
  const dialog = await openProfiles(app.page);
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const form = dialog.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill('Insecure');
  await form.getByLabel('Base URL').fill('http://api.example.nl');
  await form.getByLabel('E-mail', { exact: true }).fill('noc@example.nl');
  await form.getByLabel('Client ID').fill('client-1');
  await form.getByLabel('Password', { exact: true }).fill('hunter2-secret');
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(form.getByRole('alert')).toContainText('Plain http is refused for api.example.nl');
  await saveScreenshot(app.page, 'profiles-http-refused');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('listitem', { name: 'Insecure' })).toHaveCount(0);
});

test('a wrong password shows our message with the platform status', async ({ app }) => {
  const { page } = app;
  const url = await demoUrl(page);
  const dialog = await openProfiles(page);
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const form = dialog.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill('Wrong password');
  await form.getByLabel('Base URL').fill(url);
  await form.getByLabel('E-mail', { exact: true }).fill(DEFAULT_DEMO_CREDENTIALS.email);
  await form.getByLabel('Client ID').fill(DEFAULT_DEMO_CREDENTIALS.clientId);
  await form.getByLabel('Password', { exact: true }).fill('not-the-password');
  await form.getByRole('button', { name: 'Save profile' }).click();
  const card = dialog.getByRole('listitem', { name: 'Wrong password' });
  await expect(card.getByText('Password stored in the keychain')).toBeVisible();
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card.getByText('signed-out')).toBeVisible();
  await expect(card).toContainText('HTTP 401');
  await expect(page.getByRole('contentinfo', { name: 'Status' }).getByLabel('Connection')).toHaveText('Signed out');
  await saveScreenshot(page, 'profiles-wrong-password');
});

test('a static-key profile connects', async ({ app }) => {
  const { page } = app;
  const url = await demoUrl(page);
  const dialog = await openProfiles(page);
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const form = dialog.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill('Static key');
  await form.getByLabel('Base URL').fill(url);
  await form.getByLabel('Static API key').check();
  await form.getByLabel('Client ID').fill(DEFAULT_DEMO_CREDENTIALS.clientId);
  await form.getByLabel('Auth token').fill(DEFAULT_DEMO_CREDENTIALS.password);
  await form.getByRole('button', { name: 'Save profile' }).click();
  const card = dialog.getByRole('listitem', { name: 'Static key' });
  await expect(card.getByText('Auth token stored in the keychain')).toBeVisible();
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card.getByText('connected', { exact: true })).toBeVisible();
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status.getByLabel('Profile')).toHaveText('Static key');
  await expect(status.getByLabel('Connection')).toHaveText('Connected');
  await saveScreenshot(page, 'profiles-static-key');
  await dialog.getByRole('button', { name: 'Close profiles' }).click();
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
});
