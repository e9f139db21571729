import { describe, expect, it } from 'vitest';
import {
  aChartData,
  loadByBuildingCompared,
  loadByBuildingHourly,
  rawLoadAndTemperature,
} from '@/test/chart-data';
import type { ChartVisual } from '@/types/api';
import { CHART_THEMES } from './chart-theme';
import {
  describeWindow,
  formatCell,
  formatInstant,
  MAX_LEGEND_SERIES,
  prepareFigure,
  TABLE_ROW_LIMIT,
  zoomFromRelayout,
} from './prepare';
import type { Figure, KpiFigure, PlotlyFigure, TableFigure } from './prepare';

const light = { theme: 'light' as const };

function plotly(figure: Figure): PlotlyFigure {
  if (figure.kind !== 'plotly') throw new Error(`expected a plotly figure, got ${JSON.stringify(figure)}`);
  return figure;
}

/** Trace fields by name, without fighting Plotly's union of trace types. */
function traces(figure: Figure): Record<string, unknown>[] {
  return plotly(figure).data as unknown as Record<string, unknown>[];
}

const visual = (type: ChartVisual['type'], rest: Partial<ChartVisual> = {}): ChartVisual => ({ type, ...rest });

describe('line and area', () => {
  it('putsTimeOnXMeasuresOnYAndASecondDimensionAsSeries', () => {
    const figure = plotly(prepareFigure(loadByBuildingHourly(), visual('line'), { ...light, units: { load: 'kWh' } }));
    const data = traces(figure);
    expect(data.map((t) => t.name)).toEqual(['Building 1', 'Building 2']);
    expect(data[0]).toMatchObject({
      type: 'scatter',
      x: ['2022-07-31T23:00', '2022-08-01T00:00', '2022-08-01T01:00'],
      y: [2.2758, 0.85116667, 0.8346],
    });
    expect(figure.layout.xaxis).toMatchObject({ type: 'date', title: { text: '' } });
    expect(figure.layout.yaxis).toMatchObject({ title: { text: 'load (kWh)' } });
    expect(figure.timeAxis).toBe(true);
  });

  it('dropsTheLegendOnlyWhenThereAreTooManySeriesToRead', () => {
    const meters = (count: number) => ({
      columns: [{ name: 'ts', type: 'timestamp' as const }, { name: 'meter' }, { name: 'kw', type: 'double' as const }],
      rows: Array.from({ length: count }, (_, i) => ['2022-08-01T00:00:00Z', `m${i}`, i]),
      downsampled: false,
    });
    expect(plotly(prepareFigure(meters(MAX_LEGEND_SERIES), visual('line'), light)).layout.showlegend).toBe(true);
    const many = plotly(prepareFigure(meters(MAX_LEGEND_SERIES + 1), visual('line'), light));
    expect(many.data).toHaveLength(MAX_LEGEND_SERIES + 1);
    expect(many.layout.showlegend).toBe(false);
    expect(plotly(prepareFigure(meters(300), visual('bar'), light)).layout.showlegend).toBe(false);
  });

  it('sortsASeriesThatCameOutOfTimeOrder', () => {
    const data = loadByBuildingHourly();
    data.rows = [data.rows[2]!, data.rows[0]!, data.rows[1]!];
    const [line] = traces(prepareFigure(data, visual('line'), light));
    expect(line!.x).toEqual(['2022-07-31T23:00', '2022-08-01T00:00', '2022-08-01T01:00']);
    expect(line!.y).toEqual([2.2758, 0.85116667, 0.8346]);
  });

  it('followsTheVisualsChoiceOfColumns', () => {
    const data = traces(prepareFigure(rawLoadAndTemperature(), visual('line', { x: 'ts', y: ['outdoor_temp_c'] }), light));
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ name: 'outdoor_temp_c', y: [20.0, 20.1, 19.7, 19.3] });
  });

  it('givesASecondUnitItsOwnAxisOnTheRight', () => {
    const figure = plotly(
      prepareFigure(rawLoadAndTemperature(), visual('line'), { ...light, units: { load_kwh: 'kWh', outdoor_temp_c: '°C' } }),
    );
    expect(traces(figure).map((t) => t.yaxis)).toEqual(['y', 'y2']);
    expect(figure.layout.yaxis).toMatchObject({ title: { text: 'load_kwh (kWh)' } });
    expect(figure.layout.yaxis2).toMatchObject({ title: { text: 'outdoor_temp_c (°C)' }, side: 'right', overlaying: 'y' });
  });

  it('drawsThePreviousPeriodAsAMutedDottedSeriesOfTheSameColour', () => {
    const data = aChartData({
      columns: [
        { name: 'ts', type: 'timestamp' },
        { name: 'load', type: 'double' },
        { name: 'load_previous', type: 'double' },
      ],
      rows: [
        ['2022-08-01T00:00', 10, 8],
        ['2022-08-02T00:00', 12, 13],
      ],
    });
    const [current, previous] = traces(prepareFigure(data, visual('line'), light));
    expect(previous).toMatchObject({ name: 'load (previous period)', y: [8, 13], line: { dash: 'dot' }, opacity: 0.6 });
    expect((previous!.line as { color: string }).color).toBe((current!.line as { color: string }).color);
    // and not when the caller turns the comparison off
    expect(traces(prepareFigure(data, visual('line'), { ...light, compare: false }))).toHaveLength(1);
  });

  it('fillsALoneAreaToZeroAndStacksSplitAreas', () => {
    const lone = traces(prepareFigure(rawLoadAndTemperature(), visual('area', { y: ['load_kwh'] }), light));
    expect(lone[0]).toMatchObject({ fill: 'tozeroy' });
    const split = traces(prepareFigure(loadByBuildingHourly(), visual('area'), light));
    expect(split.map((t) => t.stackgroup)).toEqual(['current', 'current']);
  });

  it('passesTheDownsampledFlagThrough', () => {
    expect(prepareFigure(loadByBuildingHourly({ downsampled: true }), visual('line'), light)).toMatchObject({
      downsampled: true,
    });
    expect(prepareFigure(loadByBuildingHourly(), visual('line'), light)).toMatchObject({ downsampled: false });
  });

  it('handlesALongSeriesAsPlainArrays', () => {
    const n = 20_000;
    const rows = Array.from({ length: n }, (_, i) => [new Date(Date.UTC(2022, 0, 1) + i * 60_000).toISOString(), i % 97]);
    const data = aChartData({
      columns: [
        { name: 'ts', type: 'timestamp' },
        { name: 'v', type: 'double' },
      ],
      rows,
    });
    const [line] = traces(prepareFigure(data, visual('line'), light));
    expect(line!.mode).toBe('lines');
    expect((line!.y as number[]).length).toBe(n);
    expect(Array.isArray(line!.x)).toBe(true);
  });
});

describe('bar and stacked bar', () => {
  it('groupsBarsByCategoryWithThePreviousPeriodBeside', () => {
    const figure = plotly(prepareFigure(loadByBuildingCompared(), visual('bar'), light));
    expect(figure.layout.barmode).toBe('group');
    expect(figure.layout.xaxis).toMatchObject({ type: 'category' });
    expect(traces(figure)).toMatchObject([
      { type: 'bar', x: ['Building 1', 'Building 2'], y: [120.5, 80], name: 'load' },
      { type: 'bar', y: [100, 100], name: 'load (previous period)', marker: { opacity: 0.4 } },
    ]);
  });

  it('stacksSeriesSplitByTheSecondDimension', () => {
    const figure = plotly(prepareFigure(loadByBuildingHourly(), visual('stacked_bar'), light));
    expect(figure.layout.barmode).toBe('stack');
    expect(traces(figure).map((t) => t.name)).toEqual(['Building 1', 'Building 2']);
  });
});

describe('pie', () => {
  it('addsUpEachLabelsValuesIntoOneSlice', () => {
    const [slice] = traces(prepareFigure(loadByBuildingHourly(), visual('pie'), { ...light, units: { load: 'kWh' } }));
    expect(slice!.type).toBe('pie');
    expect(slice!.labels).toEqual(['Building 1', 'Building 2']);
    const [b1, b2] = slice!.values as number[];
    expect(b1).toBeCloseTo(2.2758 + 0.85116667 + 0.8346);
    expect(b2).toBeCloseTo(2.18875 + 1.3706666 + 1.10125);
    expect(slice!.hovertemplate).toContain('kWh');
  });

  it('isEmptyWithoutAPositiveValue', () => {
    const data = loadByBuildingCompared();
    data.rows = [['Building 1', -3, null]];
    expect(prepareFigure(data, visual('pie'), light)).toEqual({
      kind: 'empty',
      reason: 'A pie needs positive values; load has none in this window.',
    });
  });
});

describe('scatter', () => {
  it('plotsTheFirstMeasureAgainstTheSecond', () => {
    const figure = plotly(prepareFigure(rawLoadAndTemperature(), visual('scatter'), light));
    expect(traces(figure)[0]).toMatchObject({
      type: 'scatter',
      mode: 'markers',
      x: [2.2758, 0.85116667, 0.8346, 0.83816665],
      y: [20.0, 20.1, 19.7, 19.3],
    });
    expect(figure.layout.xaxis).toMatchObject({ type: 'linear', title: { text: 'load_kwh' } });
    expect(figure.timeAxis).toBe(false);
  });

  it('honoursTheVisualsXAndY', () => {
    const [points] = traces(
      prepareFigure(rawLoadAndTemperature(), visual('scatter', { x: 'outdoor_temp_c', y: ['load_kwh'] }), light),
    );
    expect(points).toMatchObject({ x: [20.0, 20.1, 19.7, 19.3], y: [2.2758, 0.85116667, 0.8346, 0.83816665] });
  });
});

describe('heatmap', () => {
  const hourByDay = aChartData({
    columns: [
      { name: 'day_of_week', type: 'bigint' },
      { name: 'hour_of_day', type: 'bigint' },
      { name: 'load', type: 'double' },
    ],
    rows: [
      [2, 0, 1.5],
      [1, 0, 1],
      [1, 1, 2],
      [2, 1, null],
    ],
  });

  it('laysCyclesOutAsAGridOfValues', () => {
    const figure = plotly(prepareFigure(hourByDay, visual('heatmap'), light));
    expect(traces(figure)[0]).toMatchObject({
      type: 'heatmap',
      x: [1, 2],
      y: [0, 1],
      z: [
        [1, 1.5],
        [2, null],
      ],
    });
    expect(figure.layout.xaxis).toMatchObject({ ticktext: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] });
  });

  it('takesAMeasureNamedInYAsTheValue', () => {
    const [cells] = traces(prepareFigure(hourByDay, visual('heatmap', { x: 'hour_of_day', y: ['load'] }), light));
    expect(cells).toMatchObject({ x: [0, 1], y: [1, 2], z: [[1, 2], [1.5, null]] });
  });

  it('saysWhenThereIsNoSecondAxis', () => {
    const figure = prepareFigure(rawLoadAndTemperature(), visual('heatmap'), light);
    expect(figure.kind).toBe('error');
    expect(figure.kind === 'error' && figure.reason).toContain('two columns');
  });

  it('colorsCellsWithTheThemesScale', () => {
    const [cells] = traces(prepareFigure(hourByDay, visual('heatmap'), { theme: 'dark' }));
    expect(cells!.colorscale).toEqual(CHART_THEMES.dark.colorscale);
  });
});

describe('histogram and box', () => {
  it('binsTheMeasuresValues', () => {
    const figure = plotly(prepareFigure(rawLoadAndTemperature(), visual('histogram'), { ...light, units: { load_kwh: 'kWh' } }));
    expect(traces(figure)[0]).toMatchObject({ type: 'histogram', x: [2.2758, 0.85116667, 0.8346, 0.83816665] });
    expect(figure.layout.xaxis).toMatchObject({ title: { text: 'load_kwh (kWh)' } });
  });

  it('overlaysOneHistogramPerSeries', () => {
    const figure = plotly(prepareFigure(loadByBuildingHourly(), visual('histogram'), light));
    expect(traces(figure).map((t) => t.name)).toEqual(['Building 1', 'Building 2']);
    expect(figure.layout.barmode).toBe('overlay');
  });

  it('drawsABoxPerCategory', () => {
    const [boxes] = traces(prepareFigure(loadByBuildingHourly(), visual('box'), light));
    expect(boxes).toMatchObject({
      type: 'box',
      x: ['Building 1', 'Building 1', 'Building 1', 'Building 2', 'Building 2', 'Building 2'],
      y: [2.2758, 0.85116667, 0.8346, 2.18875, 1.3706666, 1.10125],
    });
  });
});

describe('table', () => {
  it('passesColumnsWithUnitsAndCapsTheRowsItRenders', () => {
    const many = aChartData({
      columns: [
        { name: 'building', type: 'varchar' },
        { name: 'load', type: 'double' },
      ],
      rows: Array.from({ length: TABLE_ROW_LIMIT + 10 }, (_, i) => [`Building ${i}`, i]),
      truncated: true,
    });
    const figure = prepareFigure(many, visual('table'), { ...light, units: { load: 'kWh' } }) as TableFigure;
    expect(figure.kind).toBe('table');
    expect(figure.columns).toEqual([
      { name: 'building', type: 'varchar', numeric: false },
      { name: 'load', type: 'double', unit: 'kWh', numeric: true },
    ]);
    expect(figure.rows).toHaveLength(TABLE_ROW_LIMIT);
    expect(figure.totalRows).toBe(TABLE_ROW_LIMIT + 10);
    expect(figure.truncated).toBe(true);
  });
});

describe('KPI', () => {
  it('showsTheValueWithItsRiseAgainstThePreviousPeriod', () => {
    const figure = prepareFigure(loadByBuildingCompared(), visual('kpi'), { ...light, units: { load: 'kWh' } }) as KpiFigure;
    expect(figure).toMatchObject({ kind: 'kpi', label: 'load', value: 120.5, unit: 'kWh', previous: 100 });
    expect(figure.delta).toEqual({ absolute: 20.5, percent: 20.5, direction: 'up' });
  });

  it('showsAFallAsNegative', () => {
    const data = loadByBuildingCompared();
    data.rows = [['Building 2', 80, 100]];
    const figure = prepareFigure(data, visual('kpi'), light) as KpiFigure;
    expect(figure.delta).toEqual({ absolute: -20, percent: -20, direction: 'down' });
  });

  it('measuresAChangeFromANegativePreviousAgainstItsSize', () => {
    const data = loadByBuildingCompared();
    data.rows = [['Building 2', -5, -10]];
    expect((prepareFigure(data, visual('kpi'), light) as KpiFigure).delta).toEqual({
      absolute: 5,
      percent: 50,
      direction: 'up',
    });
  });

  it('hasNoPercentageAgainstZero', () => {
    const data = loadByBuildingCompared();
    data.rows = [['Building 2', 5, 0]];
    expect((prepareFigure(data, visual('kpi'), light) as KpiFigure).delta).toEqual({
      absolute: 5,
      percent: null,
      direction: 'up',
    });
  });

  it('takesTheLatestTimeBucketAndHasNoDeltaWithoutComparison', () => {
    const data = rawLoadAndTemperature();
    data.rows = [data.rows[3]!, data.rows[0]!];
    const figure = prepareFigure(data, visual('kpi', { y: ['outdoor_temp_c'] }), light) as KpiFigure;
    expect(figure).toMatchObject({ value: 19.3, at: '2022-08-01T02:00', previous: null, delta: null });
  });

  it('colorsRiseAndFallFromTheTheme', () => {
    const figure = prepareFigure(loadByBuildingCompared(), visual('kpi'), { theme: 'dark' }) as KpiFigure;
    expect(figure.colors).toEqual({ up: CHART_THEMES.dark.up, down: CHART_THEMES.dark.down });
  });
});

describe('empty and error', () => {
  it('isEmptyWithoutRows', () => {
    expect(prepareFigure(loadByBuildingHourly({ rows: [] }), visual('line'), light)).toEqual({
      kind: 'empty',
      reason: 'No rows in this window.',
    });
  });

  it('isEmptyWhenEveryValueIsNull', () => {
    const data = loadByBuildingHourly();
    data.rows = data.rows.map(([ts, building]) => [ts!, building!, null]);
    expect(prepareFigure(data, visual('bar'), light)).toEqual({
      kind: 'empty',
      reason: 'Every value of load is empty in this window.',
    });
  });

  it('namesAColumnTheVisualAsksForThatIsNotInTheData', () => {
    for (const type of ['line', 'pie', 'scatter', 'table', 'kpi', 'box'] as const) {
      expect(prepareFigure(loadByBuildingHourly(), visual(type, { y: ['lod_kwh'] }), light)).toEqual({
        kind: 'error',
        reason: "The chart asks for column 'lod_kwh', which is not in the data (columns: ts, building, load).",
      });
    }
    const noRows = prepareFigure(loadByBuildingHourly({ rows: [] }), visual('line', { color: 'site' }), light);
    expect(noRows).toMatchObject({ kind: 'error', reason: expect.stringContaining("'site'") });
  });

  it('refusesTextAsAValue', () => {
    const figure = prepareFigure(loadByBuildingHourly(), visual('line', { y: ['building'] }), light);
    expect(figure).toEqual({
      kind: 'error',
      reason: "'building' is text, not a number: a line chart cannot draw it as a value.",
    });
  });

  it('saysWhichNumberIsMissing', () => {
    const onlyText = aChartData({ columns: [{ name: 'building', type: 'varchar' }], rows: [['Building 1']] });
    const figure = prepareFigure(onlyText, visual('bar'), light);
    expect(figure).toEqual({
      kind: 'error',
      reason: 'A bar chart needs a numeric column to draw; the data has building (dimension).',
    });
  });

  it('refusesAnUnknownType', () => {
    const figure = prepareFigure(loadByBuildingHourly(), { type: 'radar' } as unknown as ChartVisual, light);
    expect(figure).toMatchObject({ kind: 'error', reason: expect.stringContaining("Unknown chart type 'radar'") });
  });
});

describe('themes', () => {
  it('drawsDarkBackgroundsFontAndGridFromTheThemeObject', () => {
    const figure = plotly(prepareFigure(loadByBuildingHourly(), visual('line'), { theme: 'dark' }));
    const dark = CHART_THEMES.dark;
    expect(figure.layout).toMatchObject({
      paper_bgcolor: dark.paper,
      plot_bgcolor: dark.plot,
      font: { color: dark.font },
      colorway: dark.colorway,
      xaxis: { gridcolor: dark.grid },
      yaxis: { gridcolor: dark.grid },
    });
    expect(traces(figure)[0]).toMatchObject({ line: { color: dark.colorway[0] } });
    expect(dark.paper).not.toBe(CHART_THEMES.light.paper);
  });

  it('keepsTheReadersZoomAcrossRedrawsOfTheSameVisual', () => {
    const a = plotly(prepareFigure(loadByBuildingHourly(), visual('line'), light));
    const b = plotly(prepareFigure(loadByBuildingHourly({ downsampled: true }), visual('line'), { theme: 'dark' }));
    const c = plotly(prepareFigure(loadByBuildingHourly(), visual('bar'), light));
    expect(a.layout.uirevision).toBe(b.layout.uirevision);
    expect(c.layout.uirevision).not.toBe(a.layout.uirevision);
  });
});

describe('formatting', () => {
  it('writesTimesWithoutTheTAndZeroSeconds', () => {
    expect(formatInstant('2022-07-31T23:00:00Z')).toBe('2022-07-31 23:00');
    expect(formatInstant('2022-07-31T23:00')).toBe('2022-07-31 23:00');
    expect(formatInstant('2022-07-31T23:00:30.5')).toBe('2022-07-31 23:00:30.5');
    expect(formatInstant('2022-07-31')).toBe('2022-07-31');
    expect(formatCell(1234.56789, 'en-US')).toBe('1,234.568');
    expect(formatCell(null)).toBe('');
  });

  it('describesTheWindowAndItsAnchor', () => {
    expect(describeWindow(loadByBuildingHourly())).toBe(
      '2022-07-31 23:00 – 2022-08-01 02:00 UTC, anchored at the latest data (2022-08-01 01:00 UTC)',
    );
    expect(describeWindow({ window: null, anchor: null })).toBeNull();
  });
});

describe('zoom', () => {
  it('readsTheTimeRangeAReaderZoomedToAsUtcInstants', () => {
    expect(zoomFromRelayout({ 'xaxis.range[0]': '2022-08-01 00:30:15.25', 'xaxis.range[1]': '2022-08-01 01:00' })).toEqual({
      from: '2022-08-01T00:30:15.250Z',
      to: '2022-08-01T01:00:00.000Z',
    });
    expect(zoomFromRelayout({ 'xaxis.range': ['2022-08-01', '2022-08-02'] })).toEqual({
      from: '2022-08-01T00:00:00.000Z',
      to: '2022-08-02T00:00:00.000Z',
    });
  });

  it('ignoresAutorangeAndOtherAxes', () => {
    expect(zoomFromRelayout({ 'xaxis.autorange': true })).toBeNull();
    expect(zoomFromRelayout({ 'yaxis.range[0]': 1, 'yaxis.range[1]': 2 })).toBeNull();
    expect(zoomFromRelayout({ 'xaxis.range[0]': 'Building 1', 'xaxis.range[1]': 'Building 2' })).toBeNull();
  });
});
