import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { APIResponse, Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');
const items = path.resolve(here, '../../../shared/eval/data/restaurant_order_items.csv');
const DATASET = 'restaurant_order_items';
const KEY = 'sk-journey-0123456789abcdef';
const ANSWER = ['Here is ', 'revenue ', 'by location', '.'];

test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

type Recorded = { authorization: string | undefined; cookie: string | undefined; body: { messages: { role: string }[]; tools?: unknown[] } };

/**
 * A scripted OpenAI-compatible endpoint: lists one model, and answers a chat turn by calling the
 * chart tool first, then (once the tool's result is in the conversation) by streaming a sentence.
 */
function scriptedEndpoint(recorded: Recorded[]): Server {
  const chunk = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'journey-model', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (part: Buffer) => (raw += part.toString('utf8')));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/v1/models') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'journey-model', object: 'model' }] }));
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as Recorded['body'];
      recorded.push({ authorization: req.headers.authorization, cookie: req.headers.cookie, body });
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      const toolDone = body.messages.some((m) => m.role === 'tool');
      if (!toolDone) {
        const args = JSON.stringify({
          title: 'Revenue by location',
          query: { dataset: DATASET, measures: [{ column: 'revenue', agg: 'sum' }], dimensions: [{ column: 'location' }] },
          visual: { type: 'bar' },
        });
        res.write(chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'chart', arguments: '' } }] }));
        res.write(chunk({ tool_calls: [{ index: 0, function: { arguments: args } }] }));
        res.write(chunk({}, 'tool_calls'));
        res.end('data: [DONE]\n\n');
        return;
      }
      // the sentence token by token, a little apart, so the browser sees it grow
      let i = 0;
      const next = () => {
        if (i < ANSWER.length) {
          res.write(chunk(i === 0 ? { role: 'assistant', content: ANSWER[i] } : { content: ANSWER[i] }));
          i++;
          setTimeout(next, 60);
          return;
        }
        res.write(chunk({}, 'stop'));
        res.end('data: [DONE]\n\n');
      };
      next();
    });
  });
}

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

test('connect a model in Settings → Models, switch the chat to it, and get a chart made through a tool call', async ({ page }) => {
  const recorded: Recorded[] = [];
  const endpoint = scriptedEndpoint(recorded);
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/v1`;
  try {
    let workspaceId = '';
    await test.step('a workspace with the order lines, made through the API', async () => {
      const login = await page.request.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
      expect(login.ok()).toBe(true);
      const csrf = await csrfHeader(page);
      workspaceId = (
        await created<{ id: string }>(await page.request.post('/api/workspaces', { headers: csrf, data: { name: `LLM ${test.info().testId}` } }))
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
    });

    await test.step('add the model under Settings → Models; the connection test lists it', async () => {
      await page.goto('/dashboard');
      await page.getByLabel('Workspace', { exact: true }).selectOption(workspaceId);
      await page.goto('/settings/models');
      await page.getByRole('button', { name: 'Add a model' }).click();
      const form = page.getByRole('form', { name: 'New model' });
      await form.getByLabel('Name', { exact: true }).fill('journey');
      await form.getByLabel('Base URL').fill(baseUrl);
      await form.getByLabel('Workspace key').fill(KEY);
      await form.getByRole('button', { name: 'Test connection' }).click();
      const listed = form.getByRole('list', { name: 'Models at the endpoint' });
      await expect(listed.getByRole('button', { name: 'journey-model' })).toBeVisible();
      await listed.getByRole('button', { name: 'journey-model' }).click();
      await expect(form.getByLabel('Model', { exact: true })).toHaveValue('journey-model');
      await form.getByRole('button', { name: 'Add model' }).click();
      await expect(page.getByRole('list', { name: 'Models', exact: true })).toContainText('journey');
      // the key is stored, never shown again
      await expect(page.locator('body')).not.toContainText(KEY);
      await page.screenshot({ path: path.join(screenshots, 'models-settings.png'), fullPage: true });
    });

    const chat = page.getByRole('main');
    await test.step('open the chat, start a session, switch it to the model', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Chat' })).toBeVisible();
      const box = chat.getByRole('textbox', { name: 'Message' });
      await box.fill('/datasets');
      await box.press('Escape');
      await box.press('Enter');
      await expect(chat.getByRole('button', { name: 'Send' })).toBeVisible({ timeout: 30_000 });
      await chat.getByLabel('Model', { exact: true }).selectOption('journey');
      await expect(chat.getByLabel('Model', { exact: true })).toHaveValue('journey');
    });

    await test.step('ask in plain words: the model calls the chart tool and its answer streams in', async () => {
      const box = chat.getByRole('textbox', { name: 'Message' });
      await box.fill('Revenue by location please');
      await box.press('Escape');
      await box.press('Enter');
      await expect(chat.getByLabel('You said').last()).toHaveText('Revenue by location please');
      await expect(chat.getByRole('button', { name: 'Send' })).toBeVisible({ timeout: 30_000 });
      await expect(chat.getByRole('article').last()).toContainText('Here is revenue by location.');
      const drawn = chat.getByRole('region', { name: /^Chart / });
      await expect(drawn).toHaveCount(1);
      await expect(drawn.locator('[data-drawn], table').first()).toBeVisible();
      await page.screenshot({ path: path.join(screenshots, 'chat-llm.png'), fullPage: true });
    });

    // what reached the endpoint: its own key, no Gridsight cookie, the commands as tools
    expect(recorded.length).toBeGreaterThanOrEqual(2);
    for (const request of recorded) {
      expect(request.authorization).toBe(`Bearer ${KEY}`);
      expect(request.cookie).toBeUndefined();
    }
    expect(recorded[0]!.body.tools?.length ?? 0).toBeGreaterThan(0);
  } finally {
    endpoint.close();
  }
});
