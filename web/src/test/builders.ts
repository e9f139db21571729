import type { ChartView } from '@/features/charts/types';
import type {
  ApiToken,
  CalculatedField,
  CreatedApiToken,
  DatasetColumn,
  DatasetPreview,
  DatasetSummary,
  TabularData,
  User,
  Workspace,
} from '@/types/api';

export const aUser = (overrides: Partial<User> = {}): User => ({
  id: 'u-1',
  email: 'ada@example.com',
  displayName: 'Ada',
  role: 'admin',
  personalWorkspaceId: 'w-personal',
  ...overrides,
});

export const aWorkspace = (overrides: Partial<Workspace> = {}): Workspace => ({
  id: 'w-personal',
  name: 'Ada’s workspace',
  personal: true,
  role: 'owner',
  memberCount: 1,
  createdAt: '2025-01-02T10:00:00Z',
  ...overrides,
});

export const aToken = (overrides: Partial<ApiToken> = {}): ApiToken => ({
  id: 't-1',
  name: 'ci',
  prefix: 'gs_ab12',
  createdAt: '2025-01-02T10:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  ...overrides,
});

export const aCreatedToken = (overrides: Partial<CreatedApiToken> = {}): CreatedApiToken => ({
  id: 't-1',
  name: 'ci',
  token: 'gs_ab12_secretvalue0123456789',
  prefix: 'gs_ab12',
  createdAt: '2025-01-02T10:00:00Z',
  expiresAt: null,
  ...overrides,
});

export const page = <T,>(items: T[], p = 0, size = 50) => ({ items, page: p, size, total: items.length });

export const aColumn = (overrides: Partial<DatasetColumn> = {}): DatasetColumn => ({
  name: 'region',
  type: 'varchar',
  role: 'dimension',
  unit: null,
  description: null,
  synonyms: [],
  ...overrides,
});

export const aCalculatedField = (overrides: Partial<CalculatedField> = {}): CalculatedField => ({
  name: 'load_gw',
  expression: 'load_mw / 1000',
  unit: 'GW',
  description: null,
  ...overrides,
});

/** Hourly load by region: a time, a dimension and a measure. */
export const aDataset = (overrides: Partial<DatasetSummary> = {}): DatasetSummary => ({
  id: 'd-1',
  workspaceId: 'w-personal',
  parentId: null,
  name: 'load',
  source: 'csv',
  live: false,
  rowCount: 12345,
  dataVersion: 1,
  columns: [
    aColumn({ name: 'ts', type: 'timestamp', role: 'time' }),
    aColumn({ name: 'region' }),
    aColumn({ name: 'load_mw', type: 'double', role: 'measure', unit: 'MW' }),
  ],
  calculatedFields: [],
  createdAt: '2025-01-02T10:00:00Z',
  updatedAt: '2025-01-03T10:00:00Z',
  ...overrides,
});

export const aTable = (overrides: Partial<TabularData> = {}): TabularData => ({
  columns: [
    { name: 'ts', type: 'timestamp' },
    { name: 'region', type: 'varchar' },
    { name: 'load_mw', type: 'double' },
  ],
  rows: [
    ['2025-01-01T00:00:00', 'north', 812.5],
    ['2025-01-01T01:00:00', 'south', 640],
  ],
  truncated: false,
  ...overrides,
});

export const aPreview = (overrides: Partial<DatasetPreview> = {}): DatasetPreview => ({
  format: 'csv',
  columns: aDataset().columns,
  rows: aTable(),
  ...overrides,
});

/** A chart of the library (`GET /api/charts/{id}`): daily load summed over the `load` dataset. */
export const aChartView = (overrides: Partial<ChartView> = {}): ChartView => ({
  id: 'c-1',
  workspaceId: 'w-personal',
  title: 'Daily load',
  query: { dataset: 'load', measures: [{ column: 'load_mw', agg: 'sum' }], time: { column: 'ts', grain: 'day' } },
  sql: null,
  visual: { type: 'line' },
  createdAt: '2025-01-02T10:00:00Z',
  updatedAt: '2025-01-03T10:00:00Z',
  ...overrides,
});
