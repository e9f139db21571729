import type { ChartData, ColumnType } from '@/types/api';

/**
 * Chart data as `GET /api/charts/{id}/data` returns it. Values are the first hours of
 * `shared/eval/data/home_energy.csv` (Buildings 1 and 2); timestamps are written as the
 * server writes a LocalDateTime (`2022-07-31T23:00`, zero seconds left out).
 */
export const aChartData = (overrides: Partial<ChartData> = {}): ChartData => ({
  columns: [],
  rows: [],
  downsampled: false,
  truncated: false,
  window: null,
  anchor: null,
  ...overrides,
});

const col = (name: string, type: ColumnType) => ({ name, type });

/** `{time: ts/hour, dimensions: [building], measures: [sum load_kwh as load]}` */
export const loadByBuildingHourly = (overrides: Partial<ChartData> = {}): ChartData =>
  aChartData({
    columns: [col('ts', 'timestamp'), col('building', 'varchar'), col('load', 'double')],
    rows: [
      ['2022-07-31T23:00', 'Building 1', 2.2758],
      ['2022-08-01T00:00', 'Building 1', 0.85116667],
      ['2022-08-01T01:00', 'Building 1', 0.8346],
      ['2022-07-31T23:00', 'Building 2', 2.18875],
      ['2022-08-01T00:00', 'Building 2', 1.3706666],
      ['2022-08-01T01:00', 'Building 2', 1.10125],
    ],
    window: { from: '2022-07-31T23:00:00Z', to: '2022-08-01T02:00:00Z' },
    anchor: 'anchored at the latest data (2022-08-01T01:00:00Z)',
    ...overrides,
  });

/** Raw rows of Building 1: `{time: ts, measures: [load_kwh, outdoor_temp_c]}` */
export const rawLoadAndTemperature = (): ChartData =>
  aChartData({
    columns: [col('ts', 'timestamp'), col('load_kwh', 'double'), col('outdoor_temp_c', 'double')],
    rows: [
      ['2022-07-31T23:00', 2.2758, 20.0],
      ['2022-08-01T00:00', 0.85116667, 20.1],
      ['2022-08-01T01:00', 0.8346, 19.7],
      ['2022-08-01T02:00', 0.83816665, 19.3],
    ],
  });

/** `{dimensions: [building], measures: [sum load_kwh as load], compare: previous_period}` */
export const loadByBuildingCompared = (): ChartData =>
  aChartData({
    columns: [col('building', 'varchar'), col('load', 'double'), col('load_previous', 'double')],
    rows: [
      ['Building 1', 120.5, 100],
      ['Building 2', 80, 100],
    ],
  });
