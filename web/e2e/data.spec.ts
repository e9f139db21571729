import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, FAILED_MARKER, RUN_DIR_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../../target/e2e');
const orders = path.resolve(here, '../../../shared/eval/data/restaurant_orders.csv');

// tells global teardown to print the server's log
test.afterEach(({}, testInfo) => {
  const runDir = process.env[RUN_DIR_ENV];
  if (runDir && testInfo.status !== testInfo.expectedStatus) {
    appendFileSync(path.join(runDir, FAILED_MARKER), `${testInfo.title}\n`);
  }
});

test('import a CSV, describe its columns, browse it, delete it', async ({ page }) => {
  await page.goto('/data');
  await page.getByLabel('Email', { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();

  await test.step('a broken file is refused with the server’s reason and nothing is stored', async () => {
    await page.getByLabel('Dataset file').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('a,b\n1,2\n3,4,5\n'),
    });
    await expect(page.getByRole('alert')).toContainText("'broken.csv'");
    await expect(page.getByRole('group', { name: 'Drop a file here to import it' })).toBeVisible();
  });

  await test.step('a CSV over 1 MB is previewed from its first 1 MB; Cancel stores nothing', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i},"north, east",${(i * 0.5).toFixed(1)}`);
    await page.getByLabel('Dataset file').setInputFiles({
      name: 'meters.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`meter_id,region,load_kwh\n${rows.join('\n')}\n`),
    });
    await expect(page.getByText('Schema and rows inferred from the first 1 MB of meters.csv')).toBeVisible();
    const schema = page.getByRole('table', { name: 'Inferred schema of meters.csv' });
    await expect(schema.getByRole('row', { name: /load_kwh/ })).toContainText('double');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('group', { name: 'Drop a file here to import it' })).toBeVisible();
  });

  await test.step('choosing a file shows the inferred schema and the first rows', async () => {
    await page.getByLabel('Dataset file').setInputFiles(orders);
    await expect(page.getByRole('heading', { name: 'Preview of restaurant_orders.csv' })).toBeVisible();
    const schema = page.getByRole('table', { name: 'Inferred schema of restaurant_orders.csv' });
    await expect(schema.getByRole('row', { name: /channel/ })).toContainText('varchar');
    await expect(schema.getByRole('row', { name: /subtotal/ })).toContainText('double');
    await expect(page.getByLabel('Dataset name')).toHaveValue('restaurant_orders');
    await page.screenshot({ path: path.join(screenshots, 'data-preview.png'), fullPage: true });
  });

  await test.step('importing opens the new dataset', async () => {
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'restaurant_orders' })).toBeVisible();
    await expect(page).toHaveURL(/\/data\/[0-9a-f-]{36}$/);
    await expect(page.getByText('72', { exact: true })).toBeVisible(); // rows
  });

  await test.step('a column’s role is saved, and a refused change shows the reason', async () => {
    await page.getByLabel('Role of payment_method').selectOption('id');
    await page.getByRole('button', { name: 'Save payment_method' }).click();
    await expect(page.getByText('Saved')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Role of payment_method')).toHaveValue('id');

    await page.getByLabel('Role of location').selectOption('measure');
    await page.getByRole('button', { name: 'Save location' }).click();
    await expect(page.getByRole('alert')).toContainText('numeric');
  });

  await test.step('a dimension shows its most frequent values; the Rows tab the first rows', async () => {
    await page.getByRole('button', { name: 'Values of channel' }).click();
    const values = page.getByRole('list', { name: 'Most frequent values of channel' });
    await expect(values.getByRole('listitem').first()).toBeVisible();
    await page.screenshot({ path: path.join(screenshots, 'data-columns.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Rows' }).click();
    const rows = page.getByRole('table', { name: 'First rows of restaurant_orders' });
    await expect(rows.getByRole('row')).toHaveCount(51); // header and 50 rows
    await expect(page.getByText('The first 50 of 72 rows.')).toBeVisible();
  });

  await test.step('deleting needs the name typed, then the dataset is gone from the list', async () => {
    await page.getByRole('button', { name: 'Delete dataset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete restaurant_orders?' });
    await dialog.getByLabel(/Type the dataset name/).fill('restaurant_orders');
    await dialog.getByRole('button', { name: 'Delete dataset' }).click();
    await expect(page).toHaveURL(/\/data$/);
    // other journeys leave their own datasets in the workspace: only this one must be gone
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
    await expect(page.getByText('restaurant_orders', { exact: true })).toHaveCount(0);
    const left = await page.request.get('/api/datasets?size=200');
    expect(left.ok()).toBe(true);
    const names = ((await left.json()) as { items: { name: string }[] }).items.map((d) => d.name);
    expect(names).not.toContain('restaurant_orders');
  });
});
