import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');

type Workspace = { id: string; name: string; personal: boolean };

// tells global teardown to print the server's log
test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

async function signIn(page: Page, password: string) {
  await page.getByLabel('Email', { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a wrong password shows the server’s message', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'not-the-password');

  await expect(page.getByRole('alert')).toContainText('Invalid email or password');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('sign in, create an API token, use it, revoke it, sign out', async ({ page, playwright, baseURL }) => {
  await test.step('a visitor is sent to the login page', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  await test.step('signing in opens the app frame', async () => {
    await signIn(page, ADMIN_PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/dashboard(\/[0-9a-f-]{36})?$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Dashboard', 'Chat', 'Data', 'Energy', 'Settings']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }
    await expect(page.getByText('Gridsight', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /New tab/ }).first()).toBeVisible();
  });

  await test.step('the workspace switcher shows the personal workspace', async () => {
    const response = await page.request.get('/api/workspaces');
    expect(response.ok()).toBe(true);
    const personal = ((await response.json()) as { items: Workspace[] }).items.find((w) => w.personal);
    expect(personal, 'the admin has a personal workspace').toBeDefined();
    const switcher = page.getByLabel('Workspace', { exact: true });
    await expect(switcher).toHaveValue(personal!.id);
    await expect(switcher.locator('option:checked')).toContainText(personal!.name);
    await page.screenshot({ path: path.join(screenshots, 'shell.png'), fullPage: true });
  });

  let token = '';
  await test.step('create a token named "ci"; its secret is shown once', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

    await page.getByLabel('Token name').fill('ci');
    await page.getByRole('button', { name: 'Create token' }).click();

    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('It will not be shown again.');
    token = await dialog.getByLabel('New API token').inputValue();
    expect(token).toMatch(/^gs_/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(token)).toHaveCount(0);
  });

  // a request context of its own, without the browser's session cookie: only the token signs it in
  const api = await playwright.request.newContext({ baseURL });
  try {
    await test.step('the token authenticates API calls', async () => {
      const me = await api.get('/api/me', { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status()).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe(ADMIN_EMAIL);
    });

    await test.step('revoking the token ends it', async () => {
      // a fresh load of the deep link (the server serves the app there) shows the token's last use
      await page.reload();
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'ci', exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('cell').nth(3)).not.toHaveText('Never');
      await page.screenshot({ path: path.join(screenshots, 'tokens.png'), fullPage: true });

      await row.getByRole('button', { name: /Revoke/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(row).toHaveCount(0);

      const me = await api.get('/api/me', { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status()).toBe(401);
    });
  } finally {
    await api.dispose();
  }

  await test.step('logging out lands on the login page', async () => {
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });
});
