import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aColumn, aDataset, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import { aRun, aSite, plantDataset } from '../test-builders';
import type { Site, SiteModel } from '../types';
import EnergyPage from './energy-page';

// a stand-in for Plotly: the real one takes seconds to evaluate in jsdom
const plotly = vi.hoisted(() => ({
  react: vi.fn(async (div: HTMLDivElement, _data: unknown, _layout?: unknown, _config?: unknown) => div),
  purge: vi.fn(),
}));
vi.mock('plotly.js-dist-min', () => ({
  default: { react: plotly.react, purge: plotly.purge, downloadImage: vi.fn(), Plots: { resize: vi.fn() } },
}));

const chartData = {
  columns: [{ name: 'ts', type: 'timestamp' }, { name: 'GTA 1.power', type: 'double' }],
  rows: [['2025-03-12T00:00:00Z', 21.5]],
  downsampled: false,
  window: null,
};

function renderPage(at = '/energy') {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderSignedIn([{ path: '/energy', element: <EnergyPage /> }], { at, workspaceId: 'w-personal' });
}

const base = (site: () => Site) => ({
  'GET /api/workspaces': () => json(page([aWorkspace()])),
  'GET /api/datasets': () => json(page([plantDataset()])),
  'GET /api/energy/sites': () => json(page([site(), aSite({ id: 's-home', name: 'Sample home' })])),
});

describe('Energy page', { timeout: 30_000 }, () => {
  it('savesGta2InMaintenanceFromTheForm', async () => {
    let site = aSite();
    const { requests } = mockFetch({
      ...base(() => site),
      'PUT /api/energy/sites/s-plant': (request) => {
        const body = request.body as { name: string; model: SiteModel };
        site = { ...site, ...body, updatedAt: '2026-01-02T00:00:00Z' };
        return json(site);
      },
    });
    renderPage();
    expect(await screen.findByRole('button', { name: 'Sample home' })).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText('GTA 2 status'), 'maintenance');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Saved /)).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect((put.body as { model: SiteModel }).model.overrides).toEqual([{ asset: 'GTA 2', status: 'maintenance' }]);
    expect((put.body as { name: string }).name).toBe('Sample plant');
    expect(screen.getByLabelText('GTA 2 status')).toHaveValue('maintenance');
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  });

  it('showsTheServersDetailAndKeepsTheFormWhenASaveIsRefused', async () => {
    mockFetch({
      ...base(() => aSite()),
      'PUT /api/energy/sites/s-plant': () => problem(400, "GTA 1's admission is bound to 'gta1_admision_tph', which plant_hourly does not have."),
    });
    renderPage();
    await userEvent.selectOptions(await screen.findByLabelText('GTA 3 status'), 'derated');
    await userEvent.type(screen.getByLabelText('GTA 3 derate percent'), '60');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("which plant_hourly does not have.");
    expect(screen.getByLabelText('GTA 3 status')).toHaveValue('derated');
    expect(screen.getByLabelText('GTA 3 derate percent')).toHaveValue('60');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('saysWhatToFixAndSendsNothingWhenTheFormIsInvalid', async () => {
    const { requests } = mockFetch(base(() => aSite()));
    renderPage();
    const name = await screen.findByLabelText('Site name');
    await userEvent.clear(name);
    await userEvent.selectOptions(screen.getByLabelText('GTA 1 status'), 'derated');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('General: Give the site a name.');
    expect(alert).toHaveTextContent('GTA 1: Derate is the percentage of the maximum still available, between 1 and 99.');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('editsTheModelAsJsonAndReadsItBackIntoTheForm', async () => {
    mockFetch(base(() => aSite()));
    renderPage();
    await userEvent.click(await screen.findByLabelText('Advanced: JSON'));
    const text = screen.getByLabelText('Model JSON') as HTMLTextAreaElement;
    const model = JSON.parse(text.value) as SiteModel;
    expect(model.assets.map((a) => a.name)).toEqual(['GTA 1', 'GTA 2', 'GTA 3', 'Boiler', 'Heat recovery']);
    await userEvent.clear(text);
    await userEvent.click(text);
    await userEvent.paste('{"dataset": ');
    await userEvent.click(screen.getByLabelText('Advanced: JSON'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The JSON does not parse');
    await userEvent.clear(text);
    await userEvent.paste(JSON.stringify({ ...model, assets: model.assets.slice(0, 1) }));
    await userEvent.click(screen.getByLabelText('Advanced: JSON'));
    expect(await screen.findByLabelText('GTA 1 status')).toBeInTheDocument();
    expect(screen.queryByLabelText('GTA 2 status')).not.toBeInTheDocument();
  });

  it('runsAndShowsCostSavingsExplanationPlanAndCharts', async () => {
    const run = aRun();
    const { requests } = mockFetch({
      ...base(() => aSite()),
      'GET /api/energy/sites/s-plant/runs': () => json(page(requests.some((r) => r.method === 'POST') ? [run] : [])),
      'POST /api/energy/sites/s-plant/runs': () => json(run, 201),
      'POST /api/charts/preview': () => json(chartData),
    });
    renderPage('/energy?site=s-plant&tab=runs');
    expect(await screen.findByText('No runs yet.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Demand'), 'actual');
    await userEvent.type(screen.getByLabelText('As of (UTC)'), '2025-03-12T00:00');
    await userEvent.clear(screen.getByLabelText('Horizon (hours)'));
    await userEvent.type(screen.getByLabelText('Horizon (hours)'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));

    const article = await screen.findByRole('article');
    expect(within(article).getByText('41,234.50 EUR')).toBeInTheDocument();
    expect(within(article).getByText('3,765.50 EUR (8.4 %)')).toBeInTheDocument();
    expect(within(article).getByRole('region', { name: 'Explanation' })).toHaveTextContent('240 t moved to GTA 1');
    const plan = within(article).getByRole('table', { name: 'Plan' });
    expect(within(plan).getAllByRole('rowheader')).toHaveLength(2);
    expect(within(plan).getByRole('row', { name: 'Instructions at 12 Mar, 00:00' })).toHaveTextContent(
      'GTA 1: run at 21.5 MW (admission 150 t/h)Boiler: make 40 t/h',
    );
    expect(within(plan).getByText('Binding: GTA 1 at maximum admission')).toBeInTheDocument();
    expect(within(plan).getByText('88.40 EUR/MWh')).toBeInTheDocument();
    expect(within(plan).getByText('Boiler: make 40 t/h')).toBeInTheDocument();
    expect(within(plan).queryByText('GTA 1.admission')).not.toBeInTheDocument();
    await userEvent.click(within(article).getByLabelText('All columns'));
    expect(within(plan).getByText('GTA 1.admission')).toBeInTheDocument();

    expect(requests.find((r) => r.url.endsWith('/runs') && r.method === 'POST')!.body).toEqual({
      asOf: '2025-03-12T00:00:00Z',
      horizonHours: 2,
      stepMinutes: 60,
      demand: 'actual',
    });
    await waitFor(() =>
      expect(requests.find((r) => r.url === '/api/charts/preview')?.body).toEqual({
        workspaceId: 'w-personal',
        query: run.charts![0]!.query,
        visual: run.charts![0]!.visual,
      }),
    );
    expect(await within(article).findByRole('region', { name: 'Chart Dispatch' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /2026/ })).toHaveAttribute('aria-current', 'true');
  });

  it('readsMarginalPricesAndBindingFromThePlanWhenTheExplanationHasNoSteps', async () => {
    const run = aRun({
      plan: {
        columns: ['ts', 'Grid.import', 'price.electricity', 'price.steam', 'price.import', 'binding', 'instructions'],
        rows: [['2025-03-12T00:00', 12, 71.2, 12.9, 140, 'grid import at cap', 'Grid: import up to 12 MW. Boiler: standby.']],
      },
      units: { 'Grid.import': 'MW', 'price.electricity': 'EUR/MWh', 'price.steam': 'EUR/t', 'price.import': 'EUR/MWh' },
      explanation: { summary: 'Cheaper.', points: [] },
    });
    mockFetch({
      ...base(() => aSite()),
      'GET /api/energy/sites/s-plant/runs': () => json(page([run])),
      'GET /api/energy/runs/r-1': () => json(run),
      'POST /api/charts/preview': () => json(chartData),
    });
    renderPage('/energy?site=s-plant&tab=runs&run=r-1');
    const plan = await screen.findByRole('table', { name: 'Plan' });
    const row = within(plan).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('12 Mar, 00:00');
    expect(row).toHaveTextContent('140.00 EUR/MWh'); // the import price
    expect(row).toHaveTextContent('71.20 EUR/MWh');
    expect(row).toHaveTextContent('12.90 EUR/t');
    const instructions = within(plan).getByRole('row', { name: 'Instructions at 12 Mar, 00:00' });
    expect(within(instructions).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Grid: import up to 12 MW.',
      'Boiler: standby.',
    ]);
    expect(instructions).toHaveTextContent('Binding: grid import at cap');
    expect(within(plan).queryByRole('columnheader', { name: /^price\./ })).not.toBeInTheDocument();
    expect(screen.getByText('Baseline (history)')).toBeInTheDocument();
  });

  it('showsTheInfeasibilityInWords', async () => {
    const words = 'steam demand 480 t/h at 2025-03-12 09:00 exceeds what GTA 1, GTA 3 and the boiler can make while GTA 2 is in maintenance: 455 t/h';
    mockFetch({
      ...base(() => aSite()),
      'GET /api/energy/sites/s-plant/runs': () => json(page([])),
      'POST /api/energy/sites/s-plant/runs': () => problem(422, words),
    });
    renderPage('/energy?site=s-plant&tab=runs');
    await userEvent.click(await screen.findByRole('button', { name: 'Run' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No feasible plan');
    expect(alert).toHaveTextContent(words);
  });

  it('pinsARunsChartToTheChosenTab', async () => {
    const run = aRun();
    const { requests } = mockFetch({
      ...base(() => aSite()),
      'GET /api/energy/sites/s-plant/runs': () => json(page([run])),
      'GET /api/energy/runs/r-1': () => json(run),
      'POST /api/charts/preview': () => json(chartData),
      'GET /api/tabs': () => json(page([{ id: 't-1', name: 'Overview' }, { id: 't-2', name: 'Plant' }])),
      'POST /api/energy/runs/r-1/pin': () => json({ chartId: 'c-9', tabId: 't-2' }),
    });
    renderPage('/energy?site=s-plant&tab=runs&run=r-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Pin Dispatch to a tab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pin “Dispatch” to a tab' });
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Plant' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pin' }));
    expect(await screen.findByRole('link', { name: 'Plant' })).toHaveAttribute('href', '/dashboard/t-2');
    expect(requests.find((r) => r.url.endsWith('/pin'))!.body).toEqual({ kind: 'dispatch', tabId: 't-2' });
  });

  it('fitsTheModelsAndShowsCoefficientsAndFitCharts', async () => {
    mockFetch({
      ...base(() => aSite()),
      'POST /api/energy/sites/s-plant/fit': () =>
        json({
          fittedAt: '2026-01-02T10:00:00Z',
          from: null,
          to: null,
          assets: [
            {
              name: 'GTA 1',
              target: 'power',
              coefficients: { admission: 0.1719, extraction: -0.0477, intercept: -1.62 },
              r2: 0.997,
              mae: 0.24,
              n: 8715,
              sample: { actual: [10, 20, 30], predicted: [10.2, 19.8, 30.1] },
            },
          ],
        }),
    });
    renderPage('/energy?site=s-plant&tab=fit');
    expect(await screen.findByText(/Not fitted yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Fit models' }));
    const table = await screen.findByRole('table', { name: 'Learned asset models' });
    const row = within(table).getByRole('row', { name: /GTA 1/ });
    expect(row).toHaveTextContent('power = 0.1719·admission − 0.0477·extraction − 1.6200');
    expect(row).toHaveTextContent('0.997');
    expect(row).toHaveTextContent('0.24 MW');
    expect(row).toHaveTextContent('8,715');
    expect(screen.getByRole('figure', { name: 'Fit of GTA 1' })).toBeInTheDocument();
    await waitFor(() => expect(plotly.react).toHaveBeenCalled());
    const traces = plotly.react.mock.calls.at(-1)![1] as unknown as { name: string; x: number[] }[];
    expect(traces.map((t) => t.name)).toEqual(['GTA 1 hours', 'y = x']);
  });

  it('createsASiteFromTheHomeTemplateBoundToTheFirstHomeOfAMultiHomeDataset', async () => {
    const homes = aDataset({
      id: 'd-homes',
      name: 'home_energy',
      columns: ['ts', 'building', 'load_kwh', 'solar_kwh', 'price_usd_per_kwh'].map((name) => aColumn({ name })),
    });
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/datasets': () => json(page([plantDataset(), homes])),
      'GET /api/energy/sites': () => json(page(requests.some((r) => r.method === 'POST') ? [aSite({ id: 's-new', name: 'My home' })] : [])),
      'POST /api/energy/sites': (request) => json(aSite({ id: 's-new', ...(request.body as object) }), 201),
    });
    renderPage();
    expect(await screen.findByText('No sites yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New site' }));
    const form = screen.getByRole('form', { name: 'New site' });
    await userEvent.type(within(form).getByLabelText('Name'), 'My home');
    await userEvent.selectOptions(within(form).getByLabelText('Template'), 'home');
    await userEvent.selectOptions(within(form).getByLabelText('Dataset'), 'home_energy');
    await userEvent.click(within(form).getByRole('button', { name: 'Create site' }));
    expect(await screen.findByRole('button', { name: 'My home' })).toHaveAttribute('aria-current', 'true');
    const body = requests.find((r) => r.method === 'POST')!.body as { workspaceId: string; name: string; model: SiteModel };
    expect(body.workspaceId).toBe('w-personal');
    expect(body.model.dataset).toBe('home_energy');
    expect(body.model.demand.electricity).toEqual({ column: 'load_kwh', filter: { building: 'Building 1' }, unit: 'kWh' });
    expect(body.model.assets.map((a) => a.type)).toEqual(['pv', 'battery']);
  });
});
