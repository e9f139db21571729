// Checks every prepared figure against Plotly's own attribute schema (Plotly.validate), so a
// misspelt attribute or a value Plotly would silently drop fails here rather than in a browser.
import Plotly from 'plotly.js-dist-min';
import { describe, expect, it } from 'vitest';
import { aChartData, loadByBuildingCompared, loadByBuildingHourly, rawLoadAndTemperature } from '@/test/chart-data';
import type { ChartData, ChartVisual } from '@/types/api';
import { prepareFigure } from './prepare';

const hourByDay = aChartData({
  columns: [
    { name: 'day_of_week', type: 'bigint' },
    { name: 'hour_of_day', type: 'bigint' },
    { name: 'load', type: 'double' },
  ],
  rows: [
    [1, 0, 1],
    [2, 1, 2],
  ],
});

const hourlyCompared = aChartData({
  columns: [
    { name: 'ts', type: 'timestamp' },
    { name: 'building', type: 'varchar' },
    { name: 'load', type: 'double' },
    { name: 'load_previous', type: 'double' },
  ],
  rows: [
    ['2022-08-01T00:00', 'Building 1', 1, 2],
    ['2022-08-01T01:00', 'Building 1', 2, 1],
    ['2022-08-01T00:00', 'Building 2', 3, 2],
  ],
});

const cases: [ChartVisual['type'], ChartData][] = [
  ['line', hourlyCompared],
  ['line', rawLoadAndTemperature()],
  ['area', hourlyCompared],
  ['area', rawLoadAndTemperature()],
  ['bar', loadByBuildingCompared()],
  ['stacked_bar', loadByBuildingHourly()],
  ['pie', loadByBuildingHourly()],
  ['scatter', rawLoadAndTemperature()],
  ['scatter', loadByBuildingHourly()],
  ['heatmap', hourByDay],
  ['histogram', loadByBuildingHourly()],
  ['box', loadByBuildingHourly()],
];

describe('prepared figures against Plotly’s schema', () => {
  it.each(cases)('%s is valid Plotly', (type, data) => {
    for (const theme of ['light', 'dark'] as const) {
      const figure = prepareFigure(data, { type }, { theme, units: { load: 'kWh', load_kwh: 'kWh', outdoor_temp_c: '°C' } });
      if (figure.kind !== 'plotly') throw new Error(`expected a plotly figure, got ${JSON.stringify(figure)}`);
      expect(Plotly.validate(figure.data, figure.layout)).toBeUndefined();
    }
  });

  it('wouldCatchAnAttributePlotlyDoesNotKnow', () => {
    expect(Plotly.validate([{ type: 'scatter', x: [1], y: [1], colour: 'red' } as never], {})).toHaveLength(1);
  });
});
