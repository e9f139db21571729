import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');
const homeEnergy = path.resolve(here, '../../../shared/eval/data/home_energy.csv');
const LINK_PASSWORD = 'open sesame 42';

// tells global teardown to print the server's log
test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

/** The signed-in browser's CSRF header, for API calls made with its session. */
async function csrfHeaders(context: BrowserContext, request: APIRequestContext) {
  await request.get('/api/auth/csrf');
  const token = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  expect(token, 'the server set a CSRF cookie').not.toBe('');
  return { 'X-XSRF-TOKEN': decodeURIComponent(token) };
}

/**
 * The e2e server starts without sample data (global setup), so the journey makes its own
 * sample tab through the API: home_energy.csv, two charts over it, pinned side by side.
 */
async function makeSampleTab(context: BrowserContext, request: APIRequestContext): Promise<{ id: string; name: string }> {
  const headers = await csrfHeaders(context, request);
  const dataset = await request.post('/api/datasets', {
    headers,
    multipart: { file: { name: 'home_energy.csv', mimeType: 'text/csv', buffer: readFileSync(homeEnergy) }, name: 'home_energy_shared' },
  });
  expect(dataset.status(), await dataset.text()).toBe(201);

  const name = 'Home energy (shared)';
  const tab = await request.post('/api/tabs', { headers, data: { name, window: { last: 'P7D' } } });
  expect(tab.status(), await tab.text()).toBe(201);
  const tabId = ((await tab.json()) as { id: string }).id;

  const charts = [
    {
      title: 'Load by building',
      query: {
        dataset: 'home_energy_shared',
        measures: [{ column: 'load_kwh', agg: 'sum', as: 'load' }],
        dimensions: [{ column: 'building' }],
        time: { column: 'ts', grain: 'hour' },
      },
      visual: { type: 'line', x: 'ts', y: ['load'], color: 'building' },
      layout: { x: 0, y: 0, w: 6, h: 5 },
    },
    {
      title: 'Solar by building',
      query: {
        dataset: 'home_energy_shared',
        measures: [{ column: 'solar_kwh', agg: 'sum', as: 'solar' }],
        dimensions: [{ column: 'building' }],
      },
      visual: { type: 'bar', x: 'building', y: ['solar'] },
      layout: { x: 6, y: 0, w: 6, h: 5 },
    },
  ];
  for (const { layout, ...chart } of charts) {
    const created = await request.post('/api/charts', { headers, data: chart });
    expect(created.status(), await created.text()).toBe(201);
    const chartId = ((await created.json()) as { id: string }).id;
    const pinned = await request.post(`/api/tabs/${tabId}/charts`, { headers, data: { chartId, layout } });
    expect(pinned.ok(), await pinned.text()).toBe(true);
  }
  return { id: tabId, name };
}

test('share a tab as a password-protected public link, open it signed out, revoke it', async ({ page, context, browser, baseURL }) => {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  const tab = await makeSampleTab(context, page.request);

  let url = '';
  await test.step('share the tab as a public link with a password, through the dialog', async () => {
    await page.goto(`/dashboard/${tab.id}`);
    await expect(page.getByRole('region', { name: 'Load by building' })).toBeVisible();

    // export: the chart's CSV link carries the tab's window, and the server streams the rows
    const actions = page.getByRole('button', { name: 'Actions for Load by building' });
    await actions.click();
    const csvHref = await page.getByRole('menuitem', { name: 'Download CSV' }).getAttribute('href');
    await actions.click();
    await expect(page.getByRole('menu')).toHaveCount(0);
    expect(csvHref).toMatch(/\/api\/charts\/[0-9a-f-]{36}\/data\.csv\?window=last%3AP7D$/);
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split(/\r?\n/)[0]).toBe('ts,building,load');

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Share “${tab.name}”` });
    await dialog.getByLabel('Password (optional)').fill(LINK_PASSWORD);
    await dialog.getByRole('button', { name: 'Create public link' }).click();

    await expect(dialog.getByText(/token is shown only once/)).toBeVisible();
    url = await dialog.getByLabel('Public link address').inputValue();
    expect(url).toMatch(/\/s\/gsp_[A-Za-z0-9_-]{43}$/);
    await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(`<iframe src="${url}" width="800" height="450" frameborder="0"></iframe>`);
    await expect(dialog.getByRole('row', { name: /Public link/ })).toContainText('Yes');
    await page.screenshot({ path: path.join(screenshots, 'share-dialog.png') });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  const token = url.slice(url.lastIndexOf('/') + 1);
  // nobody's session: a context of its own, as a visitor who was sent the link
  const visitor = await browser.newContext({ baseURL });
  try {
    const viewer = await visitor.newPage();
    await test.step('the link asks for the password, then draws the charts', async () => {
      await viewer.goto(url);
      await expect(viewer.getByRole('heading', { name: 'This link is protected' })).toBeVisible();
      await viewer.getByLabel('Password').fill('not it');
      await viewer.getByRole('button', { name: 'Open' }).click();
      await expect(viewer.getByRole('alert')).toHaveText('Wrong password');

      await viewer.getByLabel('Password').fill(LINK_PASSWORD);
      await viewer.getByRole('button', { name: 'Open' }).click();
      await expect(viewer.getByRole('heading', { level: 1, name: tab.name })).toBeVisible();
      await expect(viewer.getByTestId('public-window')).toHaveText('Last 7 days');
      for (const title of ['Load by building', 'Solar by building']) {
        const chart = viewer.getByRole('region', { name: title });
        await expect(chart.locator('[data-testid="plotly-chart"] svg.main-svg').first()).toBeVisible();
      }
      await expect(viewer.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      await expect(viewer).toHaveURL(url);
      await viewer.screenshot({ path: path.join(screenshots, 'public-link.png'), fullPage: true });
    });

    await test.step('revoke it in Settings → Shared links', async () => {
      await page.goto('/settings/sharing');
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: tab.name }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('Public link');
      await row.getByRole('button', { name: /^Revoke/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(row).toHaveCount(0);
    });

    await test.step('the link is gone: the page says so and the API answers 404', async () => {
      await viewer.reload();
      await expect(viewer.getByText('This link does not exist or is no longer shared.')).toBeVisible();
      const answer = await visitor.request.get(`/api/public/${token}`, { headers: { 'X-Share-Password': LINK_PASSWORD } });
      expect(answer.status()).toBe(404);
    });
  } finally {
    await visitor.close();
  }
});
