import { aColumn, aDataset } from '@/test/builders';
import type { DatasetSummary } from '@/types/api';
import { plantTemplate } from './templates';
import type { Run, Site } from './types';

const PLANT_COLUMNS = [
  'electricity_demand_mw',
  'steam_demand_tph',
  ...[1, 2, 3].flatMap((n) => [`gta${n}_admission_tph`, `gta${n}_extraction_tph`, `gta${n}_power_mw`, `gta${n}_status`]),
  'boiler_steam_tph',
  'heat_recovery_steam_tph',
  'grid_import_mw',
  'price_eur_per_mwh',
];

/** The sample plant's dataset as the catalog lists it (columns only). */
export const plantDataset = (): DatasetSummary =>
  aDataset({
    id: 'd-plant',
    name: 'plant_hourly',
    columns: [
      aColumn({ name: 'ts', type: 'timestamp', role: 'time' }),
      ...PLANT_COLUMNS.map((name) => aColumn({ name, type: name.endsWith('status') ? 'varchar' : 'double', role: 'measure' })),
    ],
  });

export const aSite = (overrides: Partial<Site> = {}): Site => ({
  id: 's-plant',
  workspaceId: 'w-personal',
  name: 'Sample plant',
  model: plantTemplate(),
  fit: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  canEdit: true,
  ...overrides,
});

export const aRun = (overrides: Partial<Run> = {}): Run => ({
  id: 'r-1',
  siteId: 's-plant',
  createdAt: '2026-01-02T10:00:00Z',
  asOf: '2025-03-12T00:00:00Z',
  status: 'optimal',
  cost: 41234.5,
  baselineCost: 45000,
  savings: 3765.5,
  savingsPercent: 8.37,
  baselineKind: 'history',
  currency: 'EUR',
  solveMs: 84,
  demand: 'actual',
  horizonHours: 2,
  stepMinutes: 60,
  plan: {
    columns: ['ts', 'GTA 1.power', 'GTA 1.admission', 'Boiler.steam', 'Grid.import', 'demand.electricity', 'instructions'],
    rows: [
      ['2025-03-12T00:00:00Z', 21.5, 150, 40, 12.25, 60, ['GTA 1: run at 21.5 MW (admission 150 t/h)', 'Boiler: make 40 t/h']],
      ['2025-03-12T01:00:00Z', 22, 152, 38, 11, 59, ['GTA 1: run at 22.0 MW', 'Boiler: make 38 t/h']],
    ],
  },
  units: { 'GTA 1.power': 'MW', 'Grid.import': 'MW' },
  explanation: {
    summary: 'The plan costs 3,765.50 EUR less than the merit order, mostly by making steam in the turbines rather than the boiler.',
    points: ['Boiler vs turbine steam: 240 t moved to GTA 1, 3,100 EUR.', 'Grid import shifted out of peak hours: 12 MWh, 665 EUR.'],
    steps: [
      { ts: '2025-03-12T00:00:00Z', electricityPrice: 88.4, steamPrice: 24.1, binding: ['GTA 1 at maximum admission'] },
      { ts: '2025-03-12T01:00:00Z', electricityPrice: 90.1, steamPrice: 24.3, binding: [] },
    ],
  },
  forecastMetrics: null,
  charts: [
    {
      kind: 'dispatch',
      title: 'Dispatch',
      query: { dataset: 'energy_plan', measures: [{ column: 'GTA 1.power', agg: 'sum' }], time: { column: 'ts', grain: 'hour' } },
      visual: { type: 'stacked_bar', x: 'ts' },
    },
  ],
  ...overrides,
});
