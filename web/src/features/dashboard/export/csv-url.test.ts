import { describe, expect, it } from 'vitest';
import { chartCsvUrl } from './csv-url';

describe('chart CSV address', () => {
  it('carriesTheWindowAndEveryFilterValueRepeated', () => {
    const url = chartCsvUrl('c 1', { last: 'P7D' }, [
      { column: 'building', values: ['Building 1', 'A, B'] },
      { column: 'site', values: [] },
    ]);
    expect(url).toBe('/api/charts/c%201/data.csv?window=last%3AP7D&filter.building=Building+1&filter.building=A%2C+B');
    const params = new URL(url, 'http://x').searchParams;
    expect(params.getAll('filter.building')).toEqual(['Building 1', 'A, B']);
    expect(params.has('filter.site')).toBe(false);
  });

  it('leavesTheWindowToTheChartWhenNoneIsChosen', () => {
    expect(chartCsvUrl('c1', null, [])).toBe('/api/charts/c1/data.csv');
    expect(chartCsvUrl('c1', { from: '2023-01-01T00:00:00Z', to: '2023-02-01T00:00:00Z' }, [])).toBe(
      '/api/charts/c1/data.csv?window=2023-01-01T00%3A00%3A00Z%2F2023-02-01T00%3A00%3A00Z',
    );
  });
});
