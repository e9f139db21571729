import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCalculatedField, aDataset, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import type { RecordedRequest } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import type { CalculatedField, WorkspaceRole } from '@/types/api';
import DatasetPage from './dataset-page';

type Routes = Parameters<typeof mockFetch>[0];

/**
 * Dataset d-1 in the team workspace, opened by someone with `role` there. The server's fields
 * are `stored`, which a test's handlers change as the server would.
 */
function renderFields({
  role = 'editor' as WorkspaceRole,
  stored = [aCalculatedField()] as CalculatedField[],
  extra,
}: {
  role?: WorkspaceRole;
  stored?: CalculatedField[];
  extra?: (fields: { current: CalculatedField[] }) => Routes;
} = {}) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const fields = { current: stored };
  const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role });
  const fetches = mockFetch({
    'GET /api/workspaces': () => json(page([aWorkspace(), team])),
    'GET /api/datasets/d-1': () => json(aDataset({ workspaceId: 'w-team', calculatedFields: fields.current })),
    'GET /api/datasets': () => json(page([])),
    ...extra?.(fields),
  });
  const rendered = renderSignedIn([{ path: '/data/:datasetId', element: <DatasetPage /> }], {
    at: '/data/d-1',
    workspaceId: 'w-personal',
  });
  return { ...fetches, ...rendered, fields };
}

const fieldsTable = () => screen.findByRole('table', { name: 'Calculated fields' });

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent),
    );

const sent = (requests: RecordedRequest[], method: string) =>
  requests
    .filter((r) => r.method === method && r.url.includes('calculated-fields'))
    .map((r) => ({ url: r.url, body: r.body }));

describe('CalculatedFieldsSection', () => {
  it('lists the dataset’s fields with their expression, unit and description', async () => {
    renderFields({
      stored: [
        aCalculatedField({ name: 'load_gw', expression: 'load_mw / 1000', unit: 'GW' }),
        aCalculatedField({ name: 'load_kw', expression: 'load_gw * 1000000', unit: null, description: 'In kW' }),
      ],
    });
    const table = await fieldsTable();
    expect(rowTexts(table).map((cells) => cells.slice(0, 4))).toEqual([
      ['load_gw', 'load_mw / 1000', 'GW', '—'],
      ['load_kw', 'load_gw * 1000000', '—', 'In kW'],
    ]);
  });

  it('says when there are none', async () => {
    renderFields({ stored: [] });
    expect(await within(await fieldsTable()).findByText('No calculated fields yet.')).toBeInTheDocument();
  });

  it('gives a viewer the list without any way to change it', async () => {
    renderFields({ role: 'viewer' });
    const table = await fieldsTable();
    expect(within(table).getByText('load_mw / 1000')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a calculated field' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit load_gw' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete load_gw' })).not.toBeInTheDocument();
    expect(screen.getByText(/Only editors and owners can change them/)).toBeInTheDocument();
  });

  it('adds a field with trimmed values, then shows it and clears the form', async () => {
    const { requests } = renderFields({
      stored: [],
      extra: (fields) => ({
        'POST /api/datasets/d-1/calculated-fields': (request) => {
          const body = request.body as { name: string; expression: string; unit: string; description: string };
          const created = { ...body, unit: body.unit || null, description: body.description || null };
          fields.current = [...fields.current, created];
          return json(created, 201);
        },
      }),
    });
    const form = await screen.findByRole('form', { name: 'Add a calculated field' });
    await userEvent.type(within(form).getByLabelText('Name'), ' load_gw ');
    await userEvent.type(within(form).getByLabelText('Expression'), 'load_mw / 1000 ');
    await userEvent.type(within(form).getByLabelText('Unit'), 'GW');
    await userEvent.click(within(form).getByRole('button', { name: 'Add field' }));

    const table = await fieldsTable();
    await waitFor(() => expect(rowTexts(table)[0]?.slice(0, 3)).toEqual(['load_gw', 'load_mw / 1000', 'GW']));
    expect(sent(requests, 'POST')).toEqual([
      {
        url: '/api/datasets/d-1/calculated-fields',
        body: { name: 'load_gw', expression: 'load_mw / 1000', unit: 'GW', description: '' },
      },
    ]);
    expect(within(form).getByLabelText('Name')).toHaveValue('');
    expect(within(form).getByLabelText('Expression')).toHaveValue('');
  });

  it('shows the server’s detail when a new field is refused, keeping what was typed', async () => {
    const detail =
      "Calculated field 'cost' cannot be used: unknown column 'lod_mw' (did you mean 'load_mw'?). Use numbers, numeric columns, + - * / and parentheses.";
    renderFields({
      extra: () => ({ 'POST /api/datasets/d-1/calculated-fields': () => problem(400, detail) }),
    });
    const form = await screen.findByRole('form', { name: 'Add a calculated field' });
    await userEvent.type(within(form).getByLabelText('Name'), 'cost');
    await userEvent.type(within(form).getByLabelText('Expression'), 'lod_mw * 2');
    await userEvent.click(within(form).getByRole('button', { name: 'Add field' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(detail);
    expect(within(form).getByLabelText('Expression')).toHaveValue('lod_mw * 2');
  });

  it('edits a field’s expression, unit and description in its row', async () => {
    const { requests } = renderFields({
      extra: (fields) => ({
        'PUT /api/datasets/d-1/calculated-fields/load_gw': (request) => {
          const body = request.body as { expression: string; unit: string; description: string };
          const changed = { name: 'load_gw', ...body, unit: body.unit || null, description: body.description || null };
          fields.current = [changed];
          return json(changed);
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit load_gw' }));
    const expression = screen.getByLabelText('Expression of load_gw');
    expect(expression).toHaveValue('load_mw / 1000');
    await userEvent.clear(expression);
    await userEvent.type(expression, 'load_mw / 1e3');
    await userEvent.clear(screen.getByLabelText('Unit of load_gw'));
    await userEvent.type(screen.getByLabelText('Description of load_gw'), 'Load in gigawatts{Enter}');

    const table = await fieldsTable();
    await waitFor(() =>
      expect(rowTexts(table)[0]?.slice(0, 4)).toEqual(['load_gw', 'load_mw / 1e3', '—', 'Load in gigawatts']),
    );
    expect(sent(requests, 'PUT')).toEqual([
      {
        url: '/api/datasets/d-1/calculated-fields/load_gw',
        body: { expression: 'load_mw / 1e3', unit: '', description: 'Load in gigawatts' },
      },
    ]);
    expect(screen.queryByLabelText('Expression of load_gw')).not.toBeInTheDocument();
  });

  it('shows the server’s detail under the row when a change is refused, and cancels back', async () => {
    const detail = "Calculated field 'load_gw' refers to itself: load_gw -> load_gw.";
    renderFields({
      extra: () => ({ 'PUT /api/datasets/d-1/calculated-fields/load_gw': () => problem(400, detail) }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit load_gw' }));
    const expression = screen.getByLabelText('Expression of load_gw');
    await userEvent.clear(expression);
    await userEvent.type(expression, 'load_gw + 1');
    await userEvent.click(screen.getByRole('button', { name: 'Save load_gw' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(screen.getByLabelText('Expression of load_gw')).toHaveValue('load_gw + 1');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel editing load_gw' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(await fieldsTable()).getByText('load_mw / 1000')).toBeInTheDocument();
  });

  it('deletes after confirming, and shows why when another field still uses it', async () => {
    let usedBy = true;
    const { requests } = renderFields({
      stored: [
        aCalculatedField({ name: 'load_gw', expression: 'load_mw / 1000' }),
        aCalculatedField({ name: 'load_tw', expression: 'load_gw / 1000' }),
      ],
      extra: (fields) => ({
        'DELETE /api/datasets/d-1/calculated-fields/load_gw': () => {
          if (usedBy) {
            return problem(409, "Calculated field 'load_gw' is used by 'load_tw'; change or delete it first.");
          }
          fields.current = fields.current.filter((f) => f.name !== 'load_gw');
          return noContent();
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete load_gw' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete load_gw?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete field' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "Calculated field 'load_gw' is used by 'load_tw'; change or delete it first.",
    );

    usedBy = false;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete field' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = await fieldsTable();
    await waitFor(() => expect(rowTexts(table).map((cells) => cells[0])).toEqual(['load_tw']));
    expect(sent(requests, 'DELETE').map((r) => r.url)).toEqual([
      '/api/datasets/d-1/calculated-fields/load_gw',
      '/api/datasets/d-1/calculated-fields/load_gw',
    ]);
  });
});
