/**
 * Turns a chart's data and visual spec into what to draw: Plotly traces and layout, a
 * table, a KPI, or the reason there is nothing to draw. Pure: no DOM, no Plotly at run
 * time (only its types), so every visual type is tested without a browser.
 */
import type { Data, Layout, LayoutAxis } from 'plotly.js-dist-min';
import type { Theme } from '@/lib/theme';
import type { CellValue, ChartData, ChartVisual, ChartVisualType, ColumnType } from '@/types/api';
import { CHART_VISUAL_TYPES } from '@/types/api';
import { CHART_THEMES } from './chart-theme';
import type { ChartTheme } from './chart-theme';

export type PrepareOptions = {
  theme: Theme;
  /** Units by output column name (`{load: 'kWh'}`), shown on axis titles, table headers and KPIs. */
  units?: Record<string, string>;
  /** Draw `<measure>_previous` columns (compare with the previous period); default: when present. */
  compare?: boolean;
};

type Flags = { downsampled: boolean; truncated: boolean };

export type PlotlyFigure = Flags & {
  kind: 'plotly';
  data: Data[];
  layout: Partial<Layout>;
  /** Whether x is a time axis: zooming on it means a time window. */
  timeAxis: boolean;
};

export type TableColumn = { name: string; type?: ColumnType; unit?: string; numeric: boolean };

export type TableFigure = Flags & {
  kind: 'table';
  columns: TableColumn[];
  /** At most {@link TABLE_ROW_LIMIT} rows; `totalRows` says how many came. */
  rows: CellValue[][];
  totalRows: number;
};

export type KpiDelta = {
  absolute: number;
  /** Relative to the previous value's magnitude; null when the previous value is 0. */
  percent: number | null;
  direction: 'up' | 'down' | 'flat';
};

export type KpiFigure = Flags & {
  kind: 'kpi';
  label: string;
  value: number;
  unit?: string;
  previous: number | null;
  delta: KpiDelta | null;
  /** The time bucket the value belongs to, when the data has a time axis. */
  at?: string;
  colors: { up: string; down: string };
};

export type EmptyFigure = { kind: 'empty'; reason: string };
export type ErrorFigure = { kind: 'error'; reason: string };

export type Figure = PlotlyFigure | TableFigure | KpiFigure | EmptyFigure | ErrorFigure;

export const TABLE_ROW_LIMIT = 500;
/** Past this many markers a scatter draws with WebGL; SVG markers get slow. */
export const WEBGL_POINTS = 10_000;
export const PREVIOUS_SUFFIX = '_previous';

/** The server names cyclic time parts after the part (`day_of_week` 1 = Monday .. 7). */
const CYCLES = new Set(['hour_of_day', 'day_of_week', 'month_of_year']);
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^\d{4}-\d\d-\d\d([ T]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/;

type Kind = 'time' | 'cycle' | 'dimension' | 'measure' | 'previous';

/** A visual the data cannot satisfy; becomes an `error` figure with this message. */
class VisualMismatch extends Error {}

/** What a figure needs to know about the data's columns, looked up once. */
class Columns {
  readonly names: string[];
  readonly kinds: Kind[];
  private readonly index = new Map<string, number>();

  constructor(data: ChartData) {
    this.names = data.columns.map((c) => c.name);
    this.names.forEach((name, i) => this.index.set(name, i));
    this.kinds = data.columns.map((column, i) => kindOf(column.name, column.type, data.rows, i));
    // a `<m>_previous` column is a comparison only when `<m>` is there too
    this.kinds.forEach((kind, i) => {
      const name = this.names[i]!;
      if (kind === 'measure' && name.endsWith(PREVIOUS_SUFFIX) && this.index.has(name.slice(0, -PREVIOUS_SUFFIX.length))) {
        this.kinds[i] = 'previous';
      }
    });
  }

  /** The column's index; a name the data lacks is the visual's mistake, said plainly. */
  need(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) {
      throw new VisualMismatch(
        `The chart asks for column '${name}', which is not in the data (columns: ${this.names.join(', ')}).`,
      );
    }
    return i;
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  of(kind: Kind): number[] {
    const found: number[] = [];
    this.kinds.forEach((k, i) => k === kind && found.push(i));
    return found;
  }

  /** Columns that lay rows out (x of a line, rows of a heatmap): time, then cycles, then dimensions. */
  axes(): number[] {
    return [...this.of('time'), ...this.of('cycle'), ...this.of('dimension')];
  }

  isNumeric(i: number): boolean {
    return this.kinds[i] === 'measure' || this.kinds[i] === 'previous' || this.kinds[i] === 'cycle';
  }

  previousOf(i: number): number {
    return this.index.get(this.names[i] + PREVIOUS_SUFFIX) ?? -1;
  }

  describe(): string {
    return this.names.map((name, i) => `${name} (${this.kinds[i]})`).join(', ');
  }
}

function kindOf(name: string, type: ColumnType | undefined, rows: CellValue[][], i: number): Kind {
  switch (type) {
    case 'timestamp':
    case 'date':
      return 'time';
    case 'bigint':
      return CYCLES.has(name) ? 'cycle' : 'measure';
    case 'double':
      return 'measure';
    case 'varchar':
    case 'boolean':
      return 'dimension';
    default: {
      // a computed column without a type: judge by its first value
      const sample = rows.find((row) => row[i] !== null && row[i] !== undefined)?.[i];
      if (typeof sample === 'number') return CYCLES.has(name) ? 'cycle' : 'measure';
      if (typeof sample === 'string' && ISO_DATE.test(sample)) return 'time';
      return 'dimension';
    }
  }
}

function toNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function label(value: CellValue | undefined): string {
  return value === null || value === undefined || value === '' ? '(empty)' : String(value);
}

const TITLES: Record<ChartVisualType, string> = {
  line: 'A line chart',
  area: 'An area chart',
  bar: 'A bar chart',
  stacked_bar: 'A stacked bar chart',
  pie: 'A pie chart',
  scatter: 'A scatter plot',
  heatmap: 'A heatmap',
  table: 'A table',
  kpi: 'A KPI',
  histogram: 'A histogram',
  box: 'A box plot',
};

/** Prepares what {@link Chart} draws. Never throws: a mismatch is an `error` figure naming it. */
export function prepareFigure(data: ChartData, visual: ChartVisual, options: PrepareOptions): Figure {
  if (!CHART_VISUAL_TYPES.includes(visual.type)) {
    return { kind: 'error', reason: `Unknown chart type '${String(visual.type)}'; use one of ${CHART_VISUAL_TYPES.join(', ')}.` };
  }
  if (data.columns.length === 0) return { kind: 'empty', reason: 'The query returned no columns.' };
  const columns = new Columns(data);
  try {
    // a name the visual asks for must exist, even when there are no rows to draw
    for (const name of [visual.x, visual.color, ...(visual.y ?? [])]) if (name) columns.need(name);
    if (data.rows.length === 0) return { kind: 'empty', reason: 'No rows in this window.' };
    const flags: Flags = { downsampled: Boolean(data.downsampled), truncated: Boolean(data.truncated) };
    const context: Context = {
      data,
      visual,
      columns,
      theme: CHART_THEMES[options.theme],
      units: options.units ?? {},
      compare: options.compare ?? true,
    };
    const figure = draw(context);
    if (figure.kind === 'empty') return figure;
    if (figure.kind === 'plotly' && figure.layout.showlegend === false) {
      // a hidden legend's settings are unused, and Plotly.validate trips over them
      const { legend: _unused, ...layout } = figure.layout;
      return { ...figure, layout, ...flags };
    }
    return { ...figure, ...flags };
  } catch (error) {
    if (error instanceof VisualMismatch) return { kind: 'error', reason: error.message };
    throw error;
  }
}

type Context = {
  data: ChartData;
  visual: ChartVisual;
  columns: Columns;
  theme: ChartTheme;
  units: Record<string, string>;
  compare: boolean;
};

type Drawn = Omit<PlotlyFigure, keyof Flags> | Omit<TableFigure, keyof Flags> | Omit<KpiFigure, keyof Flags> | EmptyFigure;

function draw(c: Context): Drawn {
  switch (c.visual.type) {
    case 'line':
    case 'area':
    case 'bar':
    case 'stacked_bar':
      return series(c);
    case 'pie':
      return pie(c);
    case 'scatter':
      return scatter(c);
    case 'heatmap':
      return heatmap(c);
    case 'histogram':
      return histogram(c);
    case 'box':
      return box(c);
    case 'table':
      return table(c);
    case 'kpi':
      return kpi(c);
  }
}

// ---- choosing columns ------------------------------------------------------------------

function measuresFor(c: Context, exclude: number[] = []): number[] {
  const named = c.visual.y ?? [];
  if (named.length > 0) {
    return named.map((name) => {
      const i = c.columns.need(name);
      if (!c.columns.isNumeric(i)) {
        throw new VisualMismatch(
          `'${name}' is ${c.columns.kinds[i] === 'time' ? 'a time' : 'text'}, not a number: ${TITLES[c.visual.type].toLowerCase()} cannot draw it as a value.`,
        );
      }
      return i;
    });
  }
  const found = c.columns.of('measure').filter((i) => !exclude.includes(i));
  if (found.length === 0) {
    throw new VisualMismatch(`${TITLES[c.visual.type]} needs a numeric column to draw; the data has ${c.columns.describe()}.`);
  }
  return found;
}

function xFor(c: Context): number {
  if (c.visual.x) return c.columns.need(c.visual.x);
  const axes = c.columns.axes();
  if (axes.length > 0) return axes[0]!;
  throw new VisualMismatch(`${TITLES[c.visual.type]} needs a time or category column for x; the data has ${c.columns.describe()}.`);
}

/** The column that splits rows into series: the visual's, else a dimension not already on x. */
function colorFor(c: Context, taken: number[]): number {
  if (c.visual.color) return c.columns.need(c.visual.color);
  return c.columns.of('dimension').find((i) => !taken.includes(i)) ?? -1;
}

// ---- axes and layout -------------------------------------------------------------------

function withUnit(c: Context, name: string): string {
  const unit = c.units[name];
  return unit ? `${name} (${unit})` : name;
}

function valuesTitle(c: Context, indexes: number[]): string {
  const names = indexes.map((i) => c.columns.names[i]!);
  if (names.length === 1) return withUnit(c, names[0]!);
  const units = new Set(names.map((n) => c.units[n]));
  if (units.size === 1 && [...units][0]) return `${names.join(', ')} (${[...units][0]})`;
  return names.map((n) => withUnit(c, n)).join(', ');
}

function baseLayout(c: Context): Partial<Layout> {
  const t = c.theme;
  return {
    paper_bgcolor: t.paper,
    plot_bgcolor: t.plot,
    font: { color: t.font, size: 12, family: 'ui-sans-serif, system-ui, sans-serif' },
    colorway: t.colorway,
    margin: { l: 56, r: 24, t: 32, b: 40, pad: 0 },
    // above the plot: below it the legend collides with date ticks and the x title
    legend: { orientation: 'h', x: 0, y: 1, xanchor: 'left', yanchor: 'bottom', font: { color: t.font } },
    hoverlabel: { bgcolor: t.paper, bordercolor: t.grid, font: { color: t.font } },
    autosize: true,
    // keeps the reader's zoom and hidden series when live data redraws the chart
    uirevision: `${c.visual.type}|${c.visual.x ?? ''}|${(c.visual.y ?? []).join(',')}|${c.visual.color ?? ''}`,
  };
}

function gridless(axis: Partial<LayoutAxis>): Partial<LayoutAxis> {
  const { gridcolor: _unused, ...rest } = axis;
  return { ...rest, showgrid: false };
}

/** A pie has no plot area: its background is the paper's. */
function withoutPlot(layout: Partial<Layout>): Partial<Layout> {
  const { plot_bgcolor: _unused, ...rest } = layout;
  return rest;
}

function axis(c: Context, title: string, column = -1): Partial<LayoutAxis> {
  const t = c.theme;
  const base: Partial<LayoutAxis> = {
    title: { text: title, font: { color: t.font } },
    gridcolor: t.grid,
    zerolinecolor: t.zeroline,
    linecolor: t.grid,
    tickfont: { color: t.font },
    automargin: true,
  };
  if (column < 0) return base;
  const name = c.columns.names[column]!;
  switch (c.columns.kinds[column]) {
    case 'time':
      return { ...base, type: 'date' };
    case 'dimension':
      return { ...base, type: 'category' };
    case 'cycle':
      if (name === 'day_of_week') return { ...base, type: 'linear', tickvals: [1, 2, 3, 4, 5, 6, 7], ticktext: DAY_NAMES };
      if (name === 'month_of_year') return { ...base, type: 'linear', tickvals: MONTH_NAMES.map((_, i) => i + 1), ticktext: MONTH_NAMES };
      return { ...base, type: 'linear', dtick: 3 };
    default:
      return { ...base, type: 'linear' };
  }
}

/**
 * Past this many series a legend is a wall of names that no reader scans, and Plotly measures
 * every entry's text before it draws: a chart of 285 meters spent most of its draw time on its
 * legend. Hovering still names each series.
 */
export const MAX_LEGEND_SERIES = 24;

function legendShown(series: number): boolean {
  return series > 1 && series <= MAX_LEGEND_SERIES;
}

// ---- splitting rows into series --------------------------------------------------------

type Series = { key: string; x: CellValue[]; values: (number | null)[][]; filled: number };

/** One pass over the rows: per series key, the x values and one array per value column. */
function collect(rows: CellValue[][], x: number, values: number[], color: number): Series[] {
  const byKey = new Map<string, Series>();
  for (const row of rows) {
    const key = color < 0 ? '' : label(row[color]);
    let s = byKey.get(key);
    if (!s) {
      s = { key, x: [], values: values.map(() => []), filled: 0 };
      byKey.set(key, s);
    }
    s.x.push(x < 0 ? null : (row[x] ?? null));
    for (let j = 0; j < values.length; j++) {
      const v = toNumber(row[values[j]!]);
      if (v !== null) s.filled++;
      s.values[j]!.push(v);
    }
  }
  return [...byKey.values()];
}

/** Lines need ascending x; the server sends time ascending, so this only sorts when it did not. */
function sortByX(s: Series): void {
  let sorted = true;
  for (let i = 1; i < s.x.length && sorted; i++) sorted = compareCells(s.x[i - 1]!, s.x[i]!) <= 0;
  if (sorted) return;
  const order = s.x.map((_, i) => i).sort((a, b) => compareCells(s.x[a]!, s.x[b]!));
  s.x = order.map((i) => s.x[i]!);
  s.values = s.values.map((column) => order.map((i) => column[i]!));
}

function compareCells(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function seriesName(s: Series, measure: string, measures: number, split: boolean): string {
  if (!split) return measure;
  return measures > 1 ? `${s.key} · ${measure}` : s.key;
}

function nothingToDraw(c: Context, all: Series[], values: number[]): EmptyFigure | null {
  if (all.some((s) => s.filled > 0)) return null;
  const names = values.map((i) => c.columns.names[i]).join(', ');
  return { kind: 'empty', reason: `Every value of ${names} is empty in this window.` };
}

// ---- line, area, bar, stacked bar --------------------------------------------------------

function series(c: Context): Drawn {
  const type = c.visual.type;
  const x = xFor(c);
  const color = colorFor(c, [x]);
  const measures = measuresFor(c, [x]);
  const previous = c.compare ? measures.map((m) => c.columns.previousOf(m)) : measures.map(() => -1);
  const all = collect(c.data.rows, x, [...measures, ...previous.filter((p) => p >= 0)], color);
  const empty = nothingToDraw(c, all, measures);
  if (empty) return empty;
  const bars = type === 'bar' || type === 'stacked_bar';
  const timeAxis = c.columns.kinds[x] === 'time';
  if (!bars && c.columns.kinds[x] !== 'dimension') all.forEach(sortByX);

  // two units among the measures: the second one gets its own axis on the right
  const units = [...new Set(measures.map((m) => c.units[c.columns.names[m]!]).filter(Boolean))];
  const rightUnit = units.length === 2 && type !== 'stacked_bar' && !(type === 'area' && color >= 0) ? units[1] : undefined;
  const onRight = (m: number) => rightUnit !== undefined && c.units[c.columns.names[m]!] === rightUnit;

  const traces: Data[] = [];
  const palette = c.theme.colorway;
  const split = color >= 0;
  let n = 0;
  for (const s of all) {
    let p = measures.length;
    measures.forEach((m, j) => {
      const name = seriesName(s, c.columns.names[m]!, measures.length, split);
      const colour = palette[n++ % palette.length]!;
      const yaxis = onRight(m) ? 'y2' : 'y';
      traces.push(trace(type, s.x, s.values[j]!, name, colour, split, yaxis, false));
      if (previous[j]! >= 0) {
        traces.push(trace(type, s.x, s.values[p++]!, `${name} (previous period)`, colour, split, yaxis, true));
      }
    });
  }

  const left = measures.filter((m) => !onRight(m));
  const right = measures.filter(onRight);
  const layout: Partial<Layout> = {
    ...baseLayout(c),
    showlegend: legendShown(traces.length),
    hovermode: bars ? 'closest' : 'x unified',
    // dates say what they are: a time axis needs no title
    xaxis: axis(c, timeAxis ? '' : withUnit(c, c.columns.names[x]!), x),
    yaxis: axis(c, valuesTitle(c, left)),
  };
  if (bars) layout.barmode = type === 'stacked_bar' ? 'stack' : 'group';
  if (right.length > 0) {
    // the right axis draws no grid of its own: two grids would not line up
    layout.yaxis2 = { ...gridless(axis(c, valuesTitle(c, right))), overlaying: 'y', side: 'right' };
  }
  return { kind: 'plotly', data: traces, layout, timeAxis };
}

function trace(
  type: ChartVisualType,
  x: CellValue[],
  y: (number | null)[],
  name: string,
  colour: string,
  stacked: boolean,
  yaxis: 'y' | 'y2',
  previous: boolean,
): Data {
  if (type === 'bar' || type === 'stacked_bar') {
    return { type: 'bar', x, y, name, yaxis, marker: { color: colour, opacity: previous ? 0.4 : 1 } } as Data;
  }
  const mode = x.length === 1 ? 'markers' : x.length <= 40 ? 'lines+markers' : 'lines';
  const line: Data = {
    type: 'scatter',
    mode,
    x,
    y,
    name,
    yaxis,
    marker: { color: colour, size: 4 },
    opacity: previous ? 0.6 : 1,
  } as Data;
  // Plotly ignores line attributes on a lone point; leaving them out keeps the figure valid
  if (mode !== 'markers') {
    Object.assign(line, {
      connectgaps: false,
      line: { color: colour, width: previous ? 1.25 : 1.75, dash: previous ? 'dot' : 'solid' },
    });
  }
  if (type === 'area') {
    // split series stack (parts of a total); a lone series fills down to zero
    if (stacked) Object.assign(line, { stackgroup: previous ? 'previous' : 'current', ...(previous ? { fill: 'none' } : {}) });
    else if (!previous) Object.assign(line, { fill: 'tozeroy' });
  }
  return line;
}

// ---- pie -------------------------------------------------------------------------------

function pie(c: Context): Drawn {
  const labelColumn = c.visual.x ? c.columns.need(c.visual.x) : (c.columns.of('dimension')[0] ?? xFor(c));
  const valueColumn = measuresFor(c, [labelColumn])[0]!;
  // a slice per label; rows of one label (several time buckets) add up
  const totals = new Map<string, number>();
  for (const row of c.data.rows) {
    const v = toNumber(row[valueColumn]);
    if (v === null) continue;
    const key = label(row[labelColumn]);
    totals.set(key, (totals.get(key) ?? 0) + v);
  }
  const positive = [...totals].filter(([, v]) => v > 0);
  if (positive.length === 0) {
    return { kind: 'empty', reason: `A pie needs positive values; ${c.columns.names[valueColumn]} has none in this window.` };
  }
  const unit = c.units[c.columns.names[valueColumn]!];
  const data: Data[] = [
    {
      type: 'pie',
      labels: positive.map(([k]) => k),
      values: positive.map(([, v]) => v),
      name: withUnit(c, c.columns.names[valueColumn]!),
      hole: 0.45,
      sort: false,
      textinfo: 'percent',
      hovertemplate: `%{label}: %{value}${unit ? ` ${unit}` : ''} (%{percent})<extra></extra>`,
      marker: { colors: c.theme.colorway, line: { color: c.theme.paper, width: 1 } },
    } as Data,
  ];
  return {
    kind: 'plotly',
    data,
    layout: { ...withoutPlot(baseLayout(c)), piecolorway: c.theme.colorway, showlegend: true, margin: { l: 16, r: 16, t: 16, b: 16 } },
    timeAxis: false,
  };
}

// ---- scatter ---------------------------------------------------------------------------

function scatter(c: Context): Drawn {
  const measures = c.columns.of('measure');
  let x: number;
  let y: number;
  if (c.visual.x) x = c.columns.need(c.visual.x);
  else x = measures.length >= 2 ? measures[0]! : xFor(c);
  if ((c.visual.y ?? []).length > 0) y = measuresFor(c)[0]!;
  else y = measuresFor(c, [x])[0]!;
  const color = colorFor(c, [x]);
  const all = collect(c.data.rows, x, [y], color);
  const empty = nothingToDraw(c, all, [y]);
  if (empty) return empty;
  const points = c.data.rows.length;
  const palette = c.theme.colorway;
  const data: Data[] = all.map(
    (s, i) =>
      ({
        type: points > WEBGL_POINTS ? 'scattergl' : 'scatter',
        mode: 'markers',
        x: s.x,
        y: s.values[0],
        name: color >= 0 ? s.key : c.columns.names[y],
        marker: { color: palette[i % palette.length], size: points > 2000 ? 3 : 6, opacity: 0.75 },
      }) as Data,
  );
  return {
    kind: 'plotly',
    data,
    layout: {
      ...baseLayout(c),
      showlegend: legendShown(data.length),
      hovermode: 'closest',
      xaxis: axis(c, withUnit(c, c.columns.names[x]!), x),
      yaxis: axis(c, withUnit(c, c.columns.names[y]!), y),
    },
    timeAxis: c.columns.kinds[x] === 'time',
  };
}

// ---- heatmap ---------------------------------------------------------------------------

function heatmap(c: Context): Drawn {
  const x = xFor(c);
  const named = c.visual.y?.[0] ? c.columns.need(c.visual.y[0]) : -1;
  // y may name the row axis (a category or cycle) or, loosely, the value
  const namedIsValue = named >= 0 && c.columns.kinds[named] === 'measure';
  const y = named >= 0 && !namedIsValue ? named : (c.columns.axes().find((i) => i !== x) ?? -1);
  if (y < 0) {
    throw new VisualMismatch(
      `A heatmap needs two columns to lay out cells (e.g. hour_of_day and day_of_week); the data has only ${c.columns.names[x]} besides its values.`,
    );
  }
  let z: number;
  if (c.visual.color) {
    z = c.columns.need(c.visual.color);
    if (!c.columns.isNumeric(z)) throw new VisualMismatch(`'${c.visual.color}' is text, not a number: a heatmap colours cells by a number.`);
  } else if (namedIsValue) z = named;
  else z = measuresFor(c, [x, y])[0]!;

  const xs = distinct(c, x);
  const ys = distinct(c, y);
  const xAt = new Map(xs.map((v, i) => [v, i]));
  const yAt = new Map(ys.map((v, i) => [v, i]));
  const grid: (number | null)[][] = ys.map(() => new Array<number | null>(xs.length).fill(null));
  let filled = 0;
  for (const row of c.data.rows) {
    const v = toNumber(row[z]);
    if (v === null) continue;
    grid[yAt.get(row[y] ?? null)!]![xAt.get(row[x] ?? null)!] = v;
    filled++;
  }
  if (filled === 0) return { kind: 'empty', reason: `Every value of ${c.columns.names[z]} is empty in this window.` };
  const unit = c.units[c.columns.names[z]!];
  const data: Data[] = [
    {
      type: 'heatmap',
      x: xs,
      y: ys,
      z: grid,
      colorscale: c.theme.colorscale,
      hoverongaps: false,
      colorbar: {
        title: { text: withUnit(c, c.columns.names[z]!), font: { color: c.theme.font } },
        tickfont: { color: c.theme.font },
        outlinewidth: 0,
      },
      ...(unit ? { hovertemplate: `%{x}, %{y}: %{z} ${unit}<extra></extra>` } : {}),
    } as Data,
  ];
  return {
    kind: 'plotly',
    data,
    layout: {
      ...baseLayout(c),
      // the colour bar is the key
      showlegend: false,
      hovermode: 'closest',
      xaxis: gridless(axis(c, c.columns.names[x]!, x)),
      yaxis: gridless(axis(c, c.columns.names[y]!, y)),
    },
    timeAxis: c.columns.kinds[x] === 'time',
  };
}

/** A column's distinct values: ordered for time and cycles, in order of appearance for categories. */
function distinct(c: Context, column: number): CellValue[] {
  const seen = new Set<CellValue>();
  for (const row of c.data.rows) seen.add(row[column] ?? null);
  const values = [...seen];
  return c.columns.kinds[column] === 'dimension' ? values : values.sort(compareCells);
}

// ---- histogram and box -----------------------------------------------------------------

function histogram(c: Context): Drawn {
  const named = c.visual.x ?? c.visual.y?.[0];
  const value = named ? c.columns.need(named) : measuresFor(c)[0]!;
  const color = colorFor(c, [value]);
  const all = collect(c.data.rows, -1, [value], color);
  const empty = nothingToDraw(c, all, [value]);
  if (empty) return empty;
  const palette = c.theme.colorway;
  const data: Data[] = all.map(
    (s, i) =>
      ({
        type: 'histogram',
        x: s.values[0],
        name: color >= 0 ? s.key : c.columns.names[value],
        marker: { color: palette[i % palette.length], line: { color: c.theme.paper, width: 0.5 } },
        opacity: all.length > 1 ? 0.6 : 1,
      }) as Data,
  );
  return {
    kind: 'plotly',
    data,
    layout: {
      ...baseLayout(c),
      barmode: 'overlay',
      showlegend: legendShown(data.length),
      xaxis: axis(c, withUnit(c, c.columns.names[value]!)),
      yaxis: axis(c, 'rows'),
    },
    timeAxis: false,
  };
}

function box(c: Context): Drawn {
  const group = c.visual.x ? c.columns.need(c.visual.x) : (c.columns.of('dimension')[0] ?? -1);
  const measures = measuresFor(c, [group]);
  const color = colorFor(c, [group]);
  const all = collect(c.data.rows, group, measures, color);
  const empty = nothingToDraw(c, all, measures);
  if (empty) return empty;
  const palette = c.theme.colorway;
  const split = color >= 0;
  const data: Data[] = [];
  let n = 0;
  for (const s of all) {
    measures.forEach((m, j) => {
      data.push({
        type: 'box',
        y: s.values[j],
        ...(group >= 0 ? { x: s.x } : {}),
        name: seriesName(s, c.columns.names[m]!, measures.length, split),
        marker: { color: palette[n++ % palette.length] },
        boxpoints: 'outliers',
      } as Data);
    });
  }
  return {
    kind: 'plotly',
    data,
    layout: {
      ...baseLayout(c),
      hovermode: 'closest',
      boxmode: group >= 0 && data.length > 1 ? 'group' : 'overlay',
      showlegend: legendShown(data.length),
      xaxis: axis(c, group >= 0 ? c.columns.names[group]! : '', group),
      yaxis: axis(c, valuesTitle(c, measures)),
    },
    timeAxis: false,
  };
}

// ---- table and KPI ---------------------------------------------------------------------

function table(c: Context): Drawn {
  const columns: TableColumn[] = c.data.columns.map((column, i) => ({
    name: column.name,
    ...(column.type ? { type: column.type } : {}),
    ...(c.units[column.name] ? { unit: c.units[column.name] } : {}),
    numeric: c.columns.isNumeric(i) && c.columns.kinds[i] !== 'cycle',
  }));
  const rows = c.data.rows.length > TABLE_ROW_LIMIT ? c.data.rows.slice(0, TABLE_ROW_LIMIT) : c.data.rows;
  return { kind: 'table', columns, rows, totalRows: c.data.rows.length };
}

function kpi(c: Context): Drawn {
  const value = measuresFor(c)[0]!;
  const name = c.columns.names[value]!;
  const time = c.columns.of('time')[0] ?? -1;
  // with a time axis the KPI is the latest bucket; without, the first row (the top one)
  let row = c.data.rows[0]!;
  if (time >= 0) {
    for (const candidate of c.data.rows) {
      if (candidate[time] !== null && (row[time] === null || compareCells(candidate[time]!, row[time]!) > 0)) row = candidate;
    }
  }
  const current = toNumber(row[value]);
  if (current === null) return { kind: 'empty', reason: `${name} has no value in this window.` };
  const previousColumn = c.compare ? c.columns.previousOf(value) : -1;
  const previous = previousColumn >= 0 ? toNumber(row[previousColumn]) : null;
  const unit = c.units[name];
  return {
    kind: 'kpi',
    label: name,
    value: current,
    ...(unit ? { unit } : {}),
    previous,
    delta: previous === null ? null : kpiDelta(current, previous),
    ...(time >= 0 && row[time] !== null ? { at: String(row[time]) } : {}),
    colors: { up: c.theme.up, down: c.theme.down },
  };
}

export function kpiDelta(current: number, previous: number): KpiDelta {
  const absolute = current - previous;
  return {
    absolute,
    percent: previous === 0 ? null : (absolute / Math.abs(previous)) * 100,
    direction: absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'flat',
  };
}

// ---- formatting (tables, KPIs, the window line) --------------------------------------------

/** A cell as text: numbers to at most `digits` decimals, timestamps without the `T`. */
export function formatCell(value: CellValue, locale?: string, digits = 3): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value.toLocaleString(locale, { maximumFractionDigits: digits });
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatInstant(value);
  return String(value);
}

/** `2023-07-24T23:00:00Z` → `2023-07-24 23:00` (the server's times are UTC). */
export function formatInstant(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)(?:[ T](\d\d:\d\d)(?::(\d\d(?:\.\d+)?))?)?/.exec(iso);
  if (!m) return iso;
  const [, date, time, seconds] = m;
  if (!time) return date!;
  return seconds && !/^00(\.0+)?$/.test(seconds) ? `${date} ${time}:${seconds}` : `${date} ${time}`;
}

/** The line under a chart: which window it shows and how "last" was anchored. */
export function describeWindow(data: Pick<ChartData, 'window' | 'anchor'>): string | null {
  const parts: string[] = [];
  if (data.window) parts.push(`${formatInstant(data.window.from)} – ${formatInstant(data.window.to)} UTC`);
  // the server writes its anchor with an ISO instant: "anchored at now (2024-03-10T14:23:05Z)"
  if (data.anchor) parts.push(data.anchor.replace(/\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:?\d\d)?/g, (iso) => `${formatInstant(iso)} UTC`));
  return parts.length > 0 ? parts.join(', ') : null;
}

// ---- zoom ----------------------------------------------------------------------------------

/**
 * The time range a reader zoomed to, from Plotly's `plotly_relayout` event, as ISO
 * instants; null for anything else (autorange, a pan of y, a legend click). Plotly writes
 * date-axis ends as `2022-08-01 00:30:15.25` in the data's clock, which is UTC here.
 */
export function zoomFromRelayout(event: Record<string, unknown>): { from: string; to: string } | null {
  const range = event['xaxis.range'];
  const [a, b] = Array.isArray(range) ? range : [event['xaxis.range[0]'], event['xaxis.range[1]']];
  const from = plotlyDateToIso(a);
  const to = plotlyDateToIso(b);
  return from && to && from < to ? { from, to } : null;
}

function plotlyDateToIso(value: unknown): string | null {
  let date: Date;
  if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string' && ISO_DATE.test(value.trim())) {
    const text = value.trim().replace(' ', 'T');
    date = new Date(/(Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  } else return null;
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
