import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');
// 156 order lines of four days, 2025-01-01 05:00 to 2025-01-04 14:00 UTC
const items = path.resolve(here, '../../../shared/eval/data/restaurant_order_items.csv');
const DATASET = 'restaurant_order_items';
const TITLE = 'Revenue by hour';
const TAB = 'Builder journey';

type Placement = { chartId: string; layout: { x: number; y: number; w: number; h: number }; window?: unknown };
type Tab = { id: string; name: string; charts: Placement[] };

// tells global teardown to print the server's log
test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

/** The session's CSRF header, for API calls made beside the browser. */
async function csrf(page: Page): Promise<Record<string, string>> {
  const find = async () => (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  let token = await find();
  if (!token) {
    const issued = (await (await page.request.get('/api/auth/csrf')).json()) as { token?: string };
    token = (await find()) ?? issued.token ?? '';
  }
  return { 'X-XSRF-TOKEN': decodeURIComponent(token) };
}

async function getTab(page: Page, tabId: string): Promise<Tab> {
  const response = await page.request.get(`/api/tabs/${tabId}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Tab;
}

test('build a chart by hand, save and pin it, resize it, give it its own window', async ({ page }) => {
  await page.goto('/data');
  await page.getByLabel('Email', { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();

  await test.step('a sample dataset and a tab to pin to', async () => {
    await page.getByLabel('Dataset file').setInputFiles(items);
    await expect(page.getByLabel('Dataset name')).toHaveValue(DATASET);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: DATASET })).toBeVisible();

    const workspaces = (await (await page.request.get('/api/workspaces')).json()) as { items: { id: string; personal: boolean }[] };
    const workspaceId = workspaces.items.find((w) => w.personal)!.id;
    const created = await page.request.post('/api/tabs', { data: { name: TAB, workspaceId }, headers: await csrf(page) });
    expect(created.ok(), await created.text()).toBe(true);
  });

  await test.step('the builder draws a live preview while the chart is made', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Charts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    await page.getByRole('link', { name: 'New chart' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New chart' })).toBeVisible();

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption(DATASET);
    await page.getByLabel('Measure 1 column').selectOption('revenue');
    await page.getByLabel('Time column').selectOption('ordered_at');
    await page.getByLabel('Time grain').selectOption('hour');

    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByTestId('preview-rows')).toHaveText(/^\d+ rows$/);
    await expect(preview.locator('.js-plotly-plot')).toBeVisible();

    // a refused draft says why and keeps the last good drawing
    await page.getByLabel('Measure 1 aggregation').selectOption('none');
    await page.getByRole('button', { name: '+ Measure' }).click();
    await page.getByLabel('Measure 2 column').selectOption('quantity');
    await expect(preview.getByRole('alert')).toBeVisible();
    await expect(preview.locator('.js-plotly-plot')).toBeVisible();
    await page.getByRole('button', { name: 'Remove measure 2' }).click();
    await page.getByLabel('Measure 1 aggregation').selectOption('sum');
    await expect(preview.getByRole('alert')).toHaveCount(0);
    await expect(preview.getByTestId('preview-rows')).toHaveText(/^\d+ rows$/);
    await page.screenshot({ path: path.join(screenshots, 'chart-builder.png'), fullPage: true });
  });

  let tabId = '';
  await test.step('save and pin it to a tab, which opens', async () => {
    await page.getByRole('button', { name: 'Save and pin to tab…' }).click();
    const dialog = page.getByRole('dialog', { name: `Pin “${TITLE}” to a tab` });
    await dialog.getByRole('radio', { name: TAB }).check();
    await dialog.getByRole('button', { name: 'Save and pin' }).click();
    await expect(page).toHaveURL(/\/dashboard\/[0-9a-f-]{36}/);
    tabId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByRole('region', { name: TITLE })).toBeVisible();
    const tab = await getTab(page, tabId);
    expect(tab.name).toBe(TAB);
    expect(tab.charts).toHaveLength(1);
  });

  await test.step('resizing the chart on the grid is saved', async () => {
    const before = (await getTab(page, tabId)).charts[0]!.layout;
    const item = page.locator('.react-grid-item').filter({ has: page.getByRole('region', { name: TITLE }) });
    const handle = item.locator('.react-resizable-handle');
    await item.hover();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // in steps, as a hand would: react-grid-layout follows mouse moves
    await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
    await page.mouse.move(box.x + 240, box.y + 150, { steps: 8 });
    await page.mouse.up();

    await expect
      .poll(async () => (await getTab(page, tabId)).charts[0]!.layout, { timeout: 10_000 })
      .toMatchObject({ x: before.x, y: before.y });
    await expect
      .poll(async () => {
        const after = (await getTab(page, tabId)).charts[0]!.layout;
        return after.w > before.w && after.h > before.h;
      }, { timeout: 10_000 })
      .toBe(true);
  });

  await test.step('its own window changes what it shows', async () => {
    const panel = page.getByRole('region', { name: TITLE });
    const stated = panel.getByTestId('chart-window');
    await expect(stated).toBeVisible();
    const before = await stated.textContent();

    await panel.getByRole('button', { name: new RegExp(`^Window of ${TITLE}`) }).click();
    await page.getByRole('dialog', { name: `Window of ${TITLE}` }).getByRole('button', { name: 'Last 24 hours' }).click();

    await expect(panel.getByText('overrides the tab’s window: Last 24 hours')).toBeVisible();
    // the data ends 2025-01-04 14:00: the last 24 hours end with that hour
    await expect(stated).toHaveText(/Shows 2025-01-03 15:00 UTC – 2025-01-04 15:00 UTC/);
    expect(await stated.textContent()).not.toBe(before);
    const placement = (await getTab(page, tabId)).charts[0]!;
    expect(placement.window).toEqual({ last: 'PT24H' });
    await page.screenshot({ path: path.join(screenshots, 'chart-pinned.png'), fullPage: true });
  });

  await test.step('the library lists it; it opens back in the builder', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Charts' }).click();
    await page.getByLabel('Search charts').fill('revenue BY');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
    await expect(page.getByLabel('Measure 1 column')).toHaveValue('revenue');
    await expect(page.getByLabel('Time grain')).toHaveValue('hour');
  });
});
