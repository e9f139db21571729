import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { APIResponse, Locator, Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');

const BUILDINGS = ['Office North', 'Office South', 'Warehouse', 'Lab'];
/** The readings end here (the quarter hours of 2025-06-01 … 06-03); appends come after. */
const LAST_READING = Date.UTC(2025, 5, 3, 23, 45);

// tells global teardown to print the server's log
test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

/**
 * Three days of the sample "building_portfolio" shape (see docs/sample-data.md): four
 * buildings every 15 minutes, each with its own load level so a filter visibly changes sums.
 */
function buildingReadings(): string {
  const lines = ['ts,building,load_kw,pv_kw'];
  for (let t = Date.UTC(2025, 5, 1); t <= LAST_READING; t += 15 * 60_000) {
    const hour = new Date(t).getUTCHours();
    const sun = Math.max(0, Math.sin(((hour - 6) / 12) * Math.PI));
    BUILDINGS.forEach((building, b) => {
      const ts = new Date(t).toISOString().replace('T', ' ').slice(0, 19);
      lines.push(`${ts},${building},${(100 * (b + 1) + 10 * sun).toFixed(1)},${(40 * sun).toFixed(1)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** An x value Plotly holds: an ISO instant, read as UTC when it carries no zone. */
function instant(x: string | null): number {
  if (x === null) return Number.NaN;
  return Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(x) ? x : `${x.replace(' ', 'T')}Z`);
}

/** The app's CSRF handling: the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on unsafe requests. */
async function csrfHeader(page: Page): Promise<Record<string, string>> {
  let token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  if (!token) {
    const issued = await page.request.get('/api/auth/csrf');
    expect(issued.ok()).toBe(true);
    token = ((await issued.json()) as { token: string }).token;
  }
  return { 'X-XSRF-TOKEN': token };
}

async function created<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

type Buildings = { workspaceId: string; datasetId: string; tabId: string };

/**
 * Signs the page's context in and builds, in a workspace of its own (so the other journeys'
 * catalog stays empty), what the sample "Buildings" tab is: a tab over the building readings
 * with a "Load vs PV" chart, a per-building chart and a `building` filter without values.
 * The e2e server starts without sample data, so the journeys make theirs.
 */
async function buildingsTab(page: Page): Promise<Buildings> {
  const login = await page.request.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.ok()).toBe(true);
  const csrf = await csrfHeader(page);
  const workspace = await created<{ id: string }>(
    await page.request.post('/api/workspaces', { headers: csrf, data: { name: `Buildings ${test.info().testId}` } }),
  );
  const dataset = await created<{ id: string }>(
    await page.request.post('/api/datasets', {
      headers: csrf,
      multipart: {
        file: { name: 'building_portfolio.csv', mimeType: 'text/csv', buffer: Buffer.from(buildingReadings()) },
        name: 'building_portfolio',
        workspaceId: workspace.id,
      },
    }),
  );
  const chart = async (title: string, query: object, visual: object) =>
    (
      await created<{ id: string }>(
        await page.request.post('/api/charts', { headers: csrf, data: { workspaceId: workspace.id, title, query, visual } }),
      )
    ).id;
  const loadVsPv = await chart(
    'Load vs PV',
    {
      dataset: 'building_portfolio',
      measures: [
        { column: 'load_kw', agg: 'sum', as: 'load_kw' },
        { column: 'pv_kw', agg: 'sum', as: 'pv_kw' },
      ],
      time: { column: 'ts', grain: 'hour' },
    },
    { type: 'line', x: 'ts', y: ['load_kw', 'pv_kw'] },
  );
  const byBuilding = await chart(
    'Load by building',
    {
      dataset: 'building_portfolio',
      measures: [{ column: 'load_kw', agg: 'avg', as: 'load_kw' }],
      dimensions: [{ column: 'building' }],
      time: { column: 'ts', grain: 'hour' },
    },
    { type: 'line', x: 'ts', y: ['load_kw'], color: 'building' },
  );
  const tab = await created<{ id: string }>(
    await page.request.post('/api/tabs', {
      headers: csrf,
      data: { workspaceId: workspace.id, name: 'Buildings', window: { last: 'P7D' } },
    }),
  );
  for (const [chartId, x] of [
    [loadVsPv, 0],
    [byBuilding, 6],
  ] as const) {
    await created(
      await page.request.post(`/api/tabs/${tab.id}/charts`, {
        headers: csrf,
        data: { chartId, layout: { x, y: 0, w: 6, h: 8 } },
      }),
    );
  }
  await created(
    await page.request.patch(`/api/tabs/${tab.id}`, { headers: csrf, data: { filters: [{ column: 'building', values: [] }] } }),
  );
  return { workspaceId: workspace.id, datasetId: dataset.id, tabId: tab.id };
}

/** Opens the dashboard in the journey's workspace, as a user picking it in the switcher would. */
async function openTab(page: Page, { workspaceId, tabId }: Buildings) {
  await page.goto('/dashboard');
  await page.getByLabel('Workspace', { exact: true }).selectOption(workspaceId);
  await page.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('button', { name: 'Buildings', exact: true }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/dashboard/${tabId}`);
}

function panel(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** The Plotly div of a panel, drawn at least once (chart.tsx counts draws in data-drawn). */
function plot(page: Page, title: string): Locator {
  return panel(page, title).locator('[data-drawn]');
}

type Trace = { name?: string; x?: string[]; y?: number[] };

/** What Plotly holds as drawn: the traces' names, y sums and last x. */
async function drawn(page: Page, title: string) {
  return plot(page, title).evaluate((div) => {
    const traces = ((div as unknown as { data?: Trace[] }).data ?? []).map((t) => ({
      name: t.name ?? '',
      sum: (t.y ?? []).reduce((a, b) => a + (b ?? 0), 0),
      lastX: t.x?.length ? String(t.x[t.x.length - 1]) : null,
    }));
    return { draws: Number((div as unknown as { dataset: { drawn?: string } }).dataset.drawn), traces };
  });
}

test('a tab filter on building narrows both charts of the Buildings tab', async ({ page }) => {
  const tab = await buildingsTab(page);
  await openTab(page, tab);
  await expect(plot(page, 'Load vs PV')).toBeVisible();
  await expect(plot(page, 'Load by building')).toBeVisible();
  const before = await drawn(page, 'Load vs PV');
  await expect.poll(async () => (await drawn(page, 'Load by building')).traces.map((t) => t.name).sort()).toEqual(
    [...BUILDINGS].sort(),
  );

  await test.step('choosing Lab in the building chip filters the view', async () => {
    const chips = page.getByRole('list', { name: 'Tab filters', exact: true });
    await expect(chips).toContainText('building =');
    await expect(chips).toContainText('any');
    await chips.getByLabel('Add a value to building').selectOption('Lab');
    await expect(chips).toContainText('Lab');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('filter.building')).toEqual(['Lab']);
  });

  await test.step('both charts say the filter applies and draw only Lab', async () => {
    for (const title of ['Load vs PV', 'Load by building']) {
      await expect(panel(page, title).getByRole('list', { name: 'Tab filters on this chart' })).toHaveText(
        'building: applies',
      );
    }
    await expect.poll(async () => (await drawn(page, 'Load by building')).traces.map((t) => t.name)).toEqual(['Lab']);
    // one building's load and PV in place of the four's
    await expect
      .poll(async () => {
        const now = await drawn(page, 'Load vs PV');
        return now.traces.map((t, i) => t.sum < before.traces[i]!.sum);
      })
      .toEqual([true, true]);
    await page.screenshot({ path: path.join(screenshots, 'dashboard-filter.png'), fullPage: true });
  });
});

test('rows appended through the API appear on the open chart without a reload', async ({ page }) => {
  const tab = await buildingsTab(page);
  await openTab(page, tab);
  await expect(plot(page, 'Load vs PV')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 30_000 });
  const before = await drawn(page, 'Load vs PV');
  expect(instant(before.traces[0]!.lastX)).toBeLessThanOrEqual(LAST_READING);
  await page.evaluate(() => {
    (globalThis as unknown as { __marker?: string }).__marker = 'no reload';
  });
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });

  const next = new Date(LAST_READING + 15 * 60_000).toISOString().replace('.000Z', 'Z');
  await test.step('append an hour of readings for every building', async () => {
    const response = await page.request.post(`/api/datasets/${tab.datasetId}/rows`, {
      headers: { ...(await csrfHeader(page)), 'Idempotency-Key': `e2e-${test.info().testId}` },
      data: BUILDINGS.map((building) => ({ ts: next, building, load_kw: 999, pv_kw: 0 })),
    });
    expect(response.ok(), await response.text()).toBe(true);
  });

  await test.step('the chart draws the new hour by itself', async () => {
    await expect
      .poll(async () => {
        const now = await drawn(page, 'Load vs PV');
        return now.draws > before.draws && instant(now.traces[0]!.lastX) >= Date.parse(next);
      })
      .toBe(true);
    const marker = await page.evaluate(() => (globalThis as unknown as { __marker?: string }).__marker);
    expect(marker, 'the page was not reloaded').toBe('no reload');
    expect(navigations, 'no navigation happened').toBe(0);
    expect(new URL(page.url()).pathname).toBe(`/dashboard/${tab.tabId}`);
  });
});
