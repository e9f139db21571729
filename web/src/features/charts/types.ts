/**
 * ChartQuery and ChartView as JSON (`docs/chartquery.md`, `ChartController.ChartView`).
 * Wire values are lower case.
 */
import type { TimeWindow } from '@/features/dashboard/types';
import type { ChartVisual } from '@/types/api';

export type Aggregation = 'sum' | 'avg' | 'min' | 'max' | 'count' | 'count_distinct' | 'median' | 'p95';
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'avg', 'min', 'max', 'count', 'count_distinct', 'median', 'p95'];

export type TimeGrain = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
export const TIME_GRAINS: readonly TimeGrain[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

export type TimePart = 'hour_of_day' | 'day_of_week' | 'month_of_year';
export const TIME_PARTS: readonly TimePart[] = ['hour_of_day', 'day_of_week', 'month_of_year'];

export type FilterOp =
  | 'eq'
  | 'neq'
  | 'in'
  | 'not_in'
  | 'between'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'contains'
  | 'is_null'
  | 'is_not_null';
export const FILTER_OPS: readonly FilterOp[] = [
  'eq',
  'neq',
  'in',
  'not_in',
  'between',
  'lt',
  'lte',
  'gt',
  'gte',
  'contains',
  'is_null',
  'is_not_null',
];

/** A filter value as JSON: the server coerces it to the column's type. */
export type FilterValue = string | number | boolean;

export type Measure = { column: string; agg?: Aggregation; as?: string };
export type Dimension = { column: string };
export type TimeSpec = { column: string; grain?: TimeGrain; part?: TimePart };
export type QueryFilter = { column: string; op: FilterOp; value?: FilterValue; values?: FilterValue[] };
export type SortDirection = 'asc' | 'desc';
export type Sort = { by: string; dir?: SortDirection };

export type ChartQuery = {
  dataset: string;
  measures?: Measure[];
  dimensions?: Dimension[];
  time?: TimeSpec;
  filters?: QueryFilter[];
  window?: TimeWindow;
  compare?: 'previous_period';
  sort?: Sort[];
  limit?: number;
  others?: boolean;
};

/** A chart of the library, as `GET /api/charts/{id}` returns it. */
export type ChartView = {
  id: string;
  workspaceId: string;
  title: string;
  query?: ChartQuery | null;
  sql?: string | null;
  visual?: ChartVisual | null;
  createdAt: string;
  updatedAt: string;
};

/** The body of `POST /api/charts` and `PUT /api/charts/{id}`. */
export type ChartBody = {
  workspaceId?: string;
  title: string;
  query?: ChartQuery;
  sql?: string;
  visual: ChartVisual;
};
