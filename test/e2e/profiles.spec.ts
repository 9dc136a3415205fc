import { DEFAULT_DEMO_CREDENTIALS } from '../../src-main/demo/index.ts';
import { createKeytarVault } from '../../src-main/electron/keychain.ts';
import { expect, openPhoneNumbers, saveScreenshot, test } from './support/app.ts';
import type { Locator, Page } from '@playwright/test';

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

/** Fills the new-profile form as a person would; the password field is left empty when `password` is ''. */
async function fillNewProfile(
  dialog: Locator,
  fields: { name: string; baseUrl: string; password?: string; color?: string; production?: boolean },
) {
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const form = dialog.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill(fields.name);
  if (fields.color) await form.getByLabel('Colour').selectOption({ label: fields.color });
  if (fields.production) await form.getByLabel(/Production tenant/).check();
  await form.getByLabel('Base URL').fill(fields.baseUrl);
  await form.getByLabel('E-mail', { exact: true }).fill(DEFAULT_DEMO_CREDENTIALS.email);
  await form.getByLabel('Client ID').fill(DEFAULT_DEMO_CREDENTIALS.clientId);
  await form.getByLabel('Password', { exact: true }).fill(fields.password ?? DEFAULT_DEMO_CREDENTIALS.password);
  return form;
}

const statusBar = (page: Page) => page.getByRole('contentinfo', { name: 'Status' });

test('first run shows the Demo sandbox connected, with data, labelled as a demo', async ({ app }) => {
  const { page } = app;
  const status = statusBar(page);
  await expect(status.getByLabel('Profile')).toHaveText('Demo sandbox');
  await expect(status.getByText('Demo', { exact: true })).toBeVisible();
  await expect(status.getByLabel('Connection')).toHaveText(/Connected as NOC Demo/);
  await expect(status.getByLabel('Rate limit')).toHaveText(/1h \d/);
  await expect(page.getByRole('note')).toContainText('Demo sandbox');
  await expect(page.getByRole('button', { name: 'Active profile: Demo sandbox' })).toBeVisible();
  await expect(page).toHaveTitle('Demo sandbox — NOC Console');
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');

  const dialog = await openProfiles(page);
  const card = dialog.getByRole('listitem', { name: 'Demo sandbox' });
  await expect(card.getByText('Demo', { exact: true })).toBeVisible();
  await expect(card.getByText('Password stored in the keychain')).toBeVisible();
  await expect(card.getByText('Connected', { exact: true })).toBeVisible();
  await saveScreenshot(page, 'profiles-demo');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Profiles', exact: true })).toBeFocused();
});

test('a profile with a plain-http URL outside this computer is refused with a clear message', async ({ app }) => {
  const dialog = await openProfiles(app.page);
  const form = await fillNewProfile(dialog, { name: 'Insecure', baseUrl: 'http://api.example.nl' });
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(form.getByRole('alert')).toContainText('Plain http is refused for api.example.nl');
  await saveScreenshot(app.page, 'profiles-http-refused');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('listitem', { name: 'Insecure' })).toHaveCount(0);
});

test('a profile with a wrong host is tested and refused while the working connection stays', async ({ app }) => {
  const { page } = app;
  const dialog = await openProfiles(page);
  const form = await fillNewProfile(dialog, { name: 'Typo', baseUrl: 'https://api.typo.invalid' });
  await form.getByRole('button', { name: 'Test connection' }).click();
  const result = form.getByRole('status', { name: 'Connection test' });
  await expect(result).toContainText('Platform not reached');
  await expect(result).toContainText('Not signed in');
  await expect(result).toContainText('The host name api.typo.invalid could not be found');
  await expect(result).not.toContainText(/offline|cached/i);
  await saveScreenshot(page, 'profiles-test-dns');

  await form.getByRole('button', { name: 'Save profile' }).click();
  const card = dialog.getByRole('listitem', { name: 'Typo' });
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Could not switch to Typo. The host name api.typo.invalid could not be found.',
  );
  await expect(dialog.getByRole('alert')).toContainText('Still connected to Demo sandbox.');
  await expect(
    dialog.getByRole('listitem', { name: 'Demo sandbox' }).getByText('Connected', { exact: true }),
  ).toBeVisible();
  await saveScreenshot(page, 'profiles-switch-refused');
  await page.keyboard.press('Escape');
  const status = statusBar(page);
  await expect(status.getByLabel('Profile')).toHaveText('Demo sandbox');
  await expect(status.getByLabel('Connection')).toHaveText(/Connected as NOC Demo/);
  await expect(page.getByText(/Offline|Showing cached data/)).toHaveCount(0);
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
});

test('a wrong password is tested (platform reached, sign-in refused) and a switch to it is refused', async ({
  app,
}) => {
  const { page } = app;
  const url = await demoUrl(page);
  const dialog = await openProfiles(page);
  const form = await fillNewProfile(dialog, { name: 'Wrong password', baseUrl: url, password: 'not-the-password' });
  await form.getByRole('button', { name: 'Test connection' }).click();
  const result = form.getByRole('status', { name: 'Connection test' });
  await expect(result).toContainText('Platform reached');
  await expect(result).toContainText('Not signed in');
  await expect(result).toContainText('The platform refused the sign-in');
  await form.getByRole('button', { name: 'Save profile' }).click();
  const card = dialog.getByRole('listitem', { name: 'Wrong password' });
  await expect(card.getByText('Password stored in the keychain')).toBeVisible();
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Could not switch to Wrong password.');
  await expect(dialog.getByRole('alert')).toContainText('The platform refused the sign-in');
  await expect(
    dialog.getByRole('listitem', { name: 'Demo sandbox' }).getByText('Connected', { exact: true }),
  ).toBeVisible();
  await saveScreenshot(page, 'profiles-wrong-password');
  await page.keyboard.press('Escape');
  await expect(statusBar(page).getByLabel('Connection')).toHaveText(/Connected as NOC Demo/);
});

test('a static-key profile tests fine and connects', async ({ app }) => {
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
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status', { name: 'Connection test' })).toContainText('Everything works');
  await form.getByRole('button', { name: 'Save profile' }).click();
  const card = dialog.getByRole('listitem', { name: 'Static key' });
  await expect(card.getByText('Auth token stored in the keychain')).toBeVisible();
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card.getByText('Connected', { exact: true })).toBeVisible();
  await saveScreenshot(page, 'profiles-static-key');
  await dialog.getByRole('button', { name: 'Close profiles' }).click();
  const status = statusBar(page);
  await expect(status.getByLabel('Profile')).toHaveText('Static key');
  await expect(status.getByLabel('Connection')).toHaveText('Connected');
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
});

test('Ctrl+P switches profiles; the header shows the colour and production mark, the title the name', async ({
  app,
}) => {
  const { page } = app;
  const url = await demoUrl(page);
  const dialog = await openProfiles(page);
  const form = await fillNewProfile(dialog, { name: 'Tenant B', baseUrl: url, color: 'Red', production: true });
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog.getByRole('listitem', { name: 'Tenant B' }).getByText('Production')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+p');
  const menu = page.getByRole('menu', { name: 'Switch profile' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: /Demo sandbox/ })).toHaveAttribute('aria-checked', 'true');
  await saveScreenshot(page, 'profiles-switcher');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: /Tenant B/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  const status = statusBar(page);
  await expect(status.getByLabel('Profile')).toHaveText('Tenant B');
  await expect(status.getByLabel('Connection')).toHaveText(/Connected as NOC Demo/);
  const switcher = page.getByRole('button', { name: 'Active profile: Tenant B' });
  await expect(switcher).toContainText('Production');
  await expect(switcher.locator('.profile-dot')).toHaveAttribute('data-color', 'red');
  await expect(page).toHaveTitle('Tenant B — NOC Console');
  await saveScreenshot(page, 'profiles-production-header');

  // and back by keyboard alone
  await page.keyboard.press('Control+p');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(status.getByLabel('Profile')).toHaveText('Demo sandbox');
});

test('after the keychain lost a password the profile asks for it again and the grid keeps its cached rows', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const url = await demoUrl(page);
  const tenant = await page.evaluate(async (input) => window.noc.invoke('profiles:create', input), {
    name: 'Tenant',
    baseUrl: url,
    auth: {
      mode: 'jwt' as const,
      email: DEFAULT_DEMO_CREDENTIALS.email,
      clientId: DEFAULT_DEMO_CREDENTIALS.clientId,
      password: DEFAULT_DEMO_CREDENTIALS.password,
    },
  });
  await page.keyboard.press('Control+p');
  await page.getByRole('menuitemradio', { name: /Tenant/ }).click();
  const status = statusBar(page);
  await expect(status.getByLabel('Profile')).toHaveText('Tenant');
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  await expect(page.getByText(/^as of /)).toBeVisible();

  // the keychain entry disappears (a wiped or reset keychain), then the console starts again
  await createKeytarVault(app.keychainService).delete(tenant.id);
  await app.restart();
  await expect(status.getByLabel('Profile')).toHaveText('Tenant');
  await expect(status.getByLabel('Connection')).toHaveText('Enter the password again');
  await openPhoneNumbers(page);
  await expect(page.getByLabel('Row count')).toHaveText('3,000 rows');
  await expect(page.getByText(/being fetched/)).toHaveCount(0);
  await saveScreenshot(page, 'profiles-lost-secret-grid');

  const dialog = await openProfiles(page);
  const card = dialog.getByRole('listitem', { name: 'Tenant' });
  await expect(card).toContainText('The password is no longer in the keychain');
  await expect(card).toContainText('enter the password again');
  await saveScreenshot(page, 'profiles-lost-secret');
});

test('the demo sandbox can be deleted and restored, and never asks for a password', async ({ app }) => {
  const { page } = app;
  const dialog = await openProfiles(page);
  const demo = dialog.getByRole('listitem', { name: 'Demo sandbox' });
  await demo.getByRole('button', { name: 'Delete' }).click();
  const confirm = demo.getByRole('group', { name: 'Delete' });
  await expect(confirm).toContainText('Delete the profile "Demo sandbox"');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await saveScreenshot(page, 'profiles-confirm-delete');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('listitem', { name: 'Demo sandbox' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Restore the demo sandbox' }).click();
  const card = dialog.getByRole('listitem', { name: 'Demo sandbox' });
  await expect(card.getByText('Password stored in the keychain')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Restore the demo sandbox' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card.getByText('Connected', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Edit' }).click();
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveCount(0);
  await saveScreenshot(page, 'profiles-demo-restored');
});
