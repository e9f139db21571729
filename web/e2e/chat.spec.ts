import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { APIResponse, Locator, Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');
// 156 order lines of four days, 2025-01-01 to 2025-01-04, four locations
const items = path.resolve(here, '../../../shared/eval/data/restaurant_order_items.csv');
const DATASET = 'restaurant_order_items';
const TAB = 'Chat journey';

type ChatMessage = { role: 'user' | 'assistant'; content: string; charts: { id: string; title: string; visual: { type: string } }[] };

// tells global teardown to print the server's log
test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

async function csrfHeader(page: Page): Promise<Record<string, string>> {
  let token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  if (!token) {
    const issued = await page.request.get('/api/auth/csrf');
    expect(issued.ok()).toBe(true);
    token = ((await issued.json()) as { token: string }).token;
  }
  return { 'X-XSRF-TOKEN': decodeURIComponent(token) };
}

async function created<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The assistant's answers of the session the chat has open, as the API stores them. */
async function answers(page: Page, workspaceId: string): Promise<ChatMessage[]> {
  const sessionId = await page.evaluate(
    (key) => (globalThis as unknown as { localStorage: { getItem: (k: string) => string | null } }).localStorage.getItem(key),
    `gridsight.chat.session.${workspaceId}`,
  );
  expect(sessionId, 'the chat remembers its session').toBeTruthy();
  const messages = await created<{ items: ChatMessage[] }>(await page.request.get(`/api/chat/sessions/${sessionId}/messages?size=200`));
  return messages.items.filter((m) => m.role === 'assistant');
}

/** Sends one message from the chat's input and waits until the answer is complete. */
async function ask(chat: Locator, text: string) {
  const box = chat.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Escape'); // a slash command's menu would take the Enter
  await box.press('Enter');
  await expect(chat.getByLabel('You said').last()).toHaveText(text);
  // Stop shows while the turn runs; Send comes back when it is over
  await expect(chat.getByRole('button', { name: 'Send' })).toBeVisible({ timeout: 30_000 });
}

test('ask for a chart in the chat, pin it, refine it, run a slash command', async ({ page }) => {
  let workspaceId = '';
  let tabId = '';
  await test.step('a workspace with the order lines and an empty tab, made through the API', async () => {
    const login = await page.request.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(login.ok()).toBe(true);
    const csrf = await csrfHeader(page);
    // a workspace of its own: the other journeys' datasets do not make the questions ambiguous
    workspaceId = (
      await created<{ id: string }>(
        await page.request.post('/api/workspaces', { headers: csrf, data: { name: `Chat ${test.info().testId}` } }),
      )
    ).id;
    await created(
      await page.request.post('/api/datasets', {
        headers: csrf,
        multipart: {
          file: { name: `${DATASET}.csv`, mimeType: 'text/csv', buffer: readFileSync(items) },
          name: DATASET,
          workspaceId,
        },
      }),
    );
    tabId = (await created<{ id: string }>(await page.request.post('/api/tabs', { headers: csrf, data: { workspaceId, name: TAB } }))).id;
  });

  const chat = page.getByRole('complementary', { name: 'Chat' });
  await test.step('open the chat beside the tab', async () => {
    await page.goto('/dashboard');
    await page.getByLabel('Workspace', { exact: true }).selectOption(workspaceId);
    await page.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('button', { name: TAB, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/dashboard/${tabId}`);
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    await expect(chat).toBeVisible();
    await expect(chat.getByRole('combobox', { name: 'Tab' })).toHaveValue(tabId);
  });

  let title = '';
  await test.step('ask for a chart in plain words and see it drawn', async () => {
    await ask(chat, 'Show total revenue per day');
    const drawn = chat.getByRole('region', { name: /^Chart / });
    await expect(drawn).toHaveCount(1);
    // a Plotly chart carries data-drawn once drawn; a table or KPI is plain HTML
    await expect(drawn.locator('[data-drawn], table').first()).toBeVisible();
    const [first] = await answers(page, workspaceId);
    expect(first!.charts).toHaveLength(1);
    title = first!.charts[0]!.title;
    await page.screenshot({ path: path.join(screenshots, 'chat-panel.png'), fullPage: true });
  });

  await test.step('pin it to the tab and see it on the dashboard', async () => {
    await chat.getByRole('region', { name: /^Chart / }).getByRole('button', { name: 'Pin to tab' }).click();
    await expect(chat.getByRole('link', { name: TAB })).toBeVisible();
    await expect(chat.getByRole('button', { name: 'Pinned' })).toBeDisabled();
    await expect
      .poll(async () => ((await created<{ charts: unknown[] }>(await page.request.get(`/api/tabs/${tabId}`))).charts.length))
      .toBe(1);
    // the tab draws the pinned chart next to the chat
    await expect(page.locator('main').getByRole('region', { name: title, exact: true }).first()).toBeVisible();
  });

  await test.step('refine it with a follow-up and see the new chart', async () => {
    await ask(chat, 'as a bar chart');
    await expect(chat.getByRole('region', { name: /^Chart / })).toHaveCount(2);
    const all = await answers(page, workspaceId);
    expect(all.at(-1)!.charts.map((c) => c.visual.type)).toEqual(['bar']);
    await expect(chat.getByRole('region', { name: /^Chart / }).last().locator('[data-drawn]')).toBeVisible();
  });

  await test.step('run a slash command from the menu and see its answer', async () => {
    const box = chat.getByRole('textbox', { name: 'Message' });
    await box.fill('/data');
    const option = chat.getByRole('option', { name: /\/datasets/ });
    await expect(option).toBeVisible();
    await box.press('Enter'); // picks the command
    await expect(box).toHaveValue('/datasets ');
    await expect(chat.getByTestId('command-hint')).toContainText('/datasets');
    await box.press('Enter');
    await expect(chat.getByRole('button', { name: 'Send' })).toBeVisible({ timeout: 30_000 });
    await expect(chat.getByRole('article').last()).toContainText(DATASET);
  });

  await test.step('the full chat page shows the same conversation', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chat' })).toBeVisible();
    const log = page.getByRole('log', { name: 'Conversation' });
    await expect(log.getByLabel('You said')).toHaveText(['Show total revenue per day', 'as a bar chart', '/datasets']);
    await expect(log.getByRole('region', { name: /^Chart / })).toHaveCount(2);
    await page.screenshot({ path: path.join(screenshots, 'chat-page.png'), fullPage: true });
  });
});
