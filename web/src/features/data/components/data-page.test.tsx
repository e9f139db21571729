import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aDataset, aPreview, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import { blobOf, deferred, mockXhr } from '@/test/xhr-mock';
import type { WorkspaceRole } from '@/types/api';
import DataPage from './data-page';
import DatasetPage from './dataset-page';

const routes = [
  { path: '/data', element: <DataPage /> },
  { path: '/data/:datasetId', element: <DatasetPage /> },
];

const team = (role: WorkspaceRole) =>
  aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role, memberCount: 3 });

const csvFile = (name = 'load 2025.csv') =>
  new File(['ts,region,load_mw\n2025-01-01T00:00:00,north,812.5\n'], name, { type: 'text/csv' });

/** The data page in the team workspace, as `role`; `datasets` is what the list answers. */
function renderDataPage({ role = 'editor' as WorkspaceRole, datasets = [aDataset()], extra = {} } = {}) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const fetches = mockFetch({
    'GET /api/workspaces': () => json(page([aWorkspace(), team(role)])),
    'GET /api/datasets': () => json(page(datasets)),
    ...extra,
  });
  const rendered = renderSignedIn(routes, { at: '/data', workspaceId: 'w-team' });
  return { ...fetches, ...rendered };
}

/** A CSV over the 1 MiB preview head: a header, then 32-byte rows. */
const bigCsvFile = (name = 'meters.csv') => {
  const row = '2025-01-01T00:00:00,north,812.5\n';
  return new File(['ts,region,load_mw\n' + row.repeat(33_000)], name, { type: 'text/csv' });
};

const MiB = 1024 * 1024;

const dropZone = () => screen.findByRole('group', { name: 'Drop a file here to import it' });

function drop(target: HTMLElement, ...files: File[]) {
  fireEvent.dragEnter(target, { dataTransfer: { files, types: ['Files'] } });
  fireEvent.drop(target, { dataTransfer: { files, types: ['Files'] } });
}

describe('DataPage: the list', () => {
  it('lists the current workspace’s datasets with counts, source and a link to each', async () => {
    const { requests } = renderDataPage({
      datasets: [aDataset(), aDataset({ id: 'd-2', name: 'prices', source: 'parquet', rowCount: 8760000, columns: [] })],
    });

    const table = await screen.findByRole('table', { name: 'Datasets' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 4).map((c) => c.textContent))).toEqual([
      ['load', 'CSV', '12,345', '3'],
      ['prices', 'Parquet', '8,760,000', '0'],
    ]);
    expect(within(table).getByRole('link', { name: 'prices' })).toHaveAttribute('href', '/data/d-2');
    const list = requests.find((r) => r.url.startsWith('/api/datasets'));
    expect(list?.url).toBe('/api/datasets?workspaceId=w-team&page=0&size=50');
  });

  it('invites an upload when the workspace has no datasets yet', async () => {
    renderDataPage({ datasets: [] });
    expect(await screen.findByText('No datasets here yet.')).toBeInTheDocument();
    expect(screen.getByText(/Drop a CSV, TSV, JSON, NDJSON or Parquet file above/)).toBeInTheDocument();
    expect(await dropZone()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose file' })).toBeEnabled();
  });

  it('gives a viewer the list but no way to import', async () => {
    renderDataPage({ role: 'viewer', datasets: [] });
    expect(await screen.findByText('An editor or owner of this workspace can import one.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Drop a file/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose file' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Dataset file')).not.toBeInTheDocument();
  });
});

describe('DataPage: importing a file', () => {
  it('previews a dropped file: inferred schema, first rows and a name from the file; Cancel starts over', async () => {
    const { uploads } = mockXhr({ 'POST /api/datasets/preview': () => json(aPreview()) });
    renderDataPage();

    drop(await dropZone(), csvFile());

    expect(await screen.findByRole('heading', { name: 'Preview of load 2025.csv' })).toBeInTheDocument();
    expect(uploads).toHaveLength(1);
    expect(uploads[0].headers.get('X-XSRF-TOKEN')).toBe('t');
    expect(uploads[0].url).toBe('/api/datasets/preview?fileName=load+2025.csv');
    expect(uploads[0].headers.get('Content-Type')).toBe('application/octet-stream');
    expect(await blobOf(uploads[0]).text()).toBe('ts,region,load_mw\n2025-01-01T00:00:00,north,812.5\n');
    expect(screen.queryByText(/inferred from the first 1 MB/)).not.toBeInTheDocument();

    const schema = screen.getByRole('table', { name: 'Inferred schema of load 2025.csv' });
    expect(
      within(schema)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent)),
    ).toEqual([
      ['ts', 'timestamp', 'Time'],
      ['region', 'varchar', 'Dimension'],
      ['load_mw', 'double', 'Measure'],
    ]);
    const rows = screen.getByRole('table', { name: 'First rows of load 2025.csv' });
    expect(within(rows).getByRole('cell', { name: 'north' })).toBeInTheDocument();
    expect(within(rows).getByRole('cell', { name: '812.5' })).toBeInTheDocument();
    expect(screen.getByLabelText('Dataset name')).toHaveValue('load 2025');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await dropZone()).toBeInTheDocument();
    expect(screen.queryByLabelText('Dataset name')).not.toBeInTheDocument();
    expect(uploads).toHaveLength(1); // nothing was imported
  });

  it('takes a file through the keyboard-reachable "Choose file" button', async () => {
    const { uploads } = mockXhr({ 'POST /api/datasets/preview': () => json(aPreview({ format: 'tsv' })) });
    const openPicker = vi.spyOn(HTMLInputElement.prototype, 'click');
    const user = userEvent.setup();
    renderDataPage();

    const choose = await screen.findByRole('button', { name: 'Choose file' });
    choose.focus();
    await user.keyboard('{Enter}');
    expect(openPicker).toHaveBeenCalled();

    await user.upload(screen.getByLabelText('Dataset file'), csvFile('meters.tsv'));
    expect(await screen.findByText(/TSV · 3 columns/)).toBeInTheDocument();
    expect(uploads[0].url).toBe('/api/datasets/preview?fileName=meters.tsv');
  });

  it('shows the server’s detail when the preview fails, and stays at the drop zone', async () => {
    const detail = "'load.csv': line 3 has 3 fields but the header has 2. Nothing was imported.";
    const { uploads } = mockXhr({ 'POST /api/datasets/preview': () => problem(400, detail) });
    renderDataPage();

    drop(await dropZone(), csvFile('load.csv'));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(await dropZone()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose file' })).toBeEnabled();
    expect(screen.queryByLabelText('Dataset name')).not.toBeInTheDocument();
    expect(uploads.map((u) => u.url)).toEqual(['/api/datasets/preview?fileName=load.csv']);
  });

  it('imports with a progress bar, then "Importing…", then opens the new dataset', async () => {
    const answer = deferred<Response>();
    const { uploads } = mockXhr({
      'POST /api/datasets/preview': () => json(aPreview()),
      'POST /api/datasets': () => answer.promise,
    });
    const imported = aDataset({ id: 'd-9', name: 'Hourly load', workspaceId: 'w-team' });
    const { router } = renderDataPage({
      extra: {
        'GET /api/datasets/d-9': () => json(imported),
      },
    });
    const user = userEvent.setup();

    drop(await dropZone(), csvFile());
    const name = await screen.findByLabelText('Dataset name');
    await user.clear(name);
    await user.type(name, 'Hourly load');
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(uploads).toHaveLength(2));
    const upload = uploads[1];
    expect(upload.url).toBe('/api/datasets?fileName=load+2025.csv&workspaceId=w-team&name=Hourly+load');
    expect(upload.headers.get('X-XSRF-TOKEN')).toBe('t');
    expect(upload.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(blobOf(upload)).toBeInstanceOf(File);
    expect((blobOf(upload) as File).name).toBe('load 2025.csv');

    upload.progress(42, 100);
    const bar = await screen.findByRole('progressbar', { name: 'Uploading load 2025.csv' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByText('42%')).toBeInTheDocument();

    upload.uploaded();
    expect(await screen.findByText('Importing…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(router.state.location.pathname).toBe('/data');

    answer.resolve(json(imported, 201));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hourly load' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/data/d-9');
  });

  it('keeps the user on the preview when the import fails, with the server’s detail', async () => {
    const detail = "A dataset named 'load 2025' already exists in this workspace.";
    let imports = 0;
    const { uploads } = mockXhr({
      'POST /api/datasets/preview': () => json(aPreview()),
      'POST /api/datasets': () => {
        imports += 1;
        return problem(409, detail);
      },
    });
    const { router } = renderDataPage();

    drop(await dropZone(), csvFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(imports).toBe(1);
    expect(router.state.location.pathname).toBe('/data');
    expect(screen.getByLabelText('Dataset name')).toHaveValue('load 2025');
    expect(screen.getByText('First 2 rows')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
    expect(uploads.filter((u) => u.url.startsWith('/api/datasets/preview'))).toHaveLength(1);
  });

  it('previews a large CSV from its first 1 MB cut at a line end, then imports the whole file', async () => {
    const { uploads } = mockXhr({
      'POST /api/datasets/preview': () => json(aPreview()),
      'POST /api/datasets': () => json(aDataset({ id: 'd-7', workspaceId: 'w-team' }), 201),
    });
    renderDataPage({ extra: { 'GET /api/datasets/d-7': () => json(aDataset({ id: 'd-7' })) } });
    const file = bigCsvFile();
    expect(file.size).toBeGreaterThan(MiB);

    drop(await dropZone(), file);

    expect(
      await screen.findByText(
        'Schema and rows inferred from the first 1 MB of meters.csv; the whole file is checked when you import.',
      ),
    ).toBeInTheDocument();
    const head = blobOf(uploads[0]);
    expect(uploads[0].url).toBe('/api/datasets/preview?fileName=meters.csv');
    expect(head.size).toBeLessThanOrEqual(MiB);
    expect(head.size).toBeGreaterThan(MiB - 32);
    const text = await head.text();
    expect(text.endsWith('\n')).toBe(true);
    expect((await file.text()).startsWith(text)).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(uploads).toHaveLength(2));
    expect(blobOf(uploads[1])).toBe(file);
  });

  it('sends a large JSON file whole for its preview, since it cannot be cut', async () => {
    const { uploads } = mockXhr({ 'POST /api/datasets/preview': () => json(aPreview({ format: 'json' })) });
    renderDataPage();
    const file = new File(['[' + '{"ts":"2025-01-01T00:00:00","load_mw":812.5},'.repeat(25_000) + '{}]'], 'meters.json');
    expect(file.size).toBeGreaterThan(MiB);

    drop(await dropZone(), file);

    expect(await screen.findByRole('heading', { name: 'Preview of meters.json' })).toBeInTheDocument();
    expect(uploads[0].url).toBe('/api/datasets/preview?fileName=meters.json');
    expect(blobOf(uploads[0])).toBe(file);
    expect(screen.queryByText(/inferred from the first 1 MB/)).not.toBeInTheDocument();
  });
});
