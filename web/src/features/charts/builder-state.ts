/**
 * The chart builder's draft: a form-shaped copy of a ChartQuery plus the chart's title and
 * visual, changed by a pure reducer. `draftToQuery` and `queryToDraft` translate both ways;
 * for the queries the builder writes, each undoes the other.
 */
import type { TimeWindow } from '@/features/dashboard/types';
import type { ChartVisual, ChartVisualType, ColumnType, DatasetSummary } from '@/types/api';
import { TIME_GRAINS, TIME_PARTS } from './types';
import type {
  Aggregation,
  ChartQuery,
  FilterOp,
  FilterValue,
  QueryFilter,
  SortDirection,
  TimeGrain,
  TimePart,
} from './types';

/** `none`: the column's raw values (a scatter, a table) instead of an aggregate. */
export type MeasureDraft = { column: string; agg: Aggregation | 'none'; as: string };
/** Values as typed for the op: one for `eq` and the like, two for `between`, any for `in`, none for `is_null`. */
export type FilterDraft = { column: string; op: FilterOp; values: FilterValue[] };
export type SortDraft = { by: string; dir: SortDirection };
/** A grain buckets time, a part folds it into a cycle, `raw` keeps the timestamps. */
export type TimeBucket = TimeGrain | TimePart | 'raw';
export type VisualDraft = { type: ChartVisualType; x: string; y: string[]; color: string };

export type BuilderDraft = {
  title: string;
  /** The dataset's name, as ChartQuery names it. */
  dataset: string;
  measures: MeasureDraft[];
  dimensions: string[];
  time: { column: string; bucket: TimeBucket } | null;
  filters: FilterDraft[];
  sort: SortDraft[];
  limit: number | null;
  others: boolean;
  compare: boolean;
  /** null: the chart has no window of its own and follows its tab's. */
  window: TimeWindow | null;
  visual: VisualDraft;
};

/** A column the builder offers: the dataset's columns, then its calculated fields (numbers). */
export type BuilderField = {
  name: string;
  type: ColumnType;
  role: 'time' | 'measure' | 'dimension' | 'id';
  unit: string | null;
  calculated: boolean;
};

export const emptyDraft = (): BuilderDraft => ({
  title: '',
  dataset: '',
  measures: [],
  dimensions: [],
  time: null,
  filters: [],
  sort: [],
  limit: null,
  others: false,
  compare: false,
  window: null,
  visual: { type: 'line', x: '', y: [], color: '' },
});

const NUMERIC: ReadonlySet<ColumnType> = new Set(['double', 'bigint']);
const TEMPORAL: ReadonlySet<ColumnType> = new Set(['timestamp', 'date']);

export const isNumeric = (type: ColumnType | undefined) => !!type && NUMERIC.has(type);
export const isTemporal = (type: ColumnType | undefined) => !!type && TEMPORAL.has(type);

export function fieldsOf(dataset: Pick<DatasetSummary, 'columns' | 'calculatedFields'> | undefined): BuilderField[] {
  if (!dataset) return [];
  return [
    ...dataset.columns.map((c) => ({ name: c.name, type: c.type, role: c.role, unit: c.unit, calculated: false })),
    ...(dataset.calculatedFields ?? []).map((f) => ({
      name: f.name,
      type: 'double' as const,
      role: 'measure' as const,
      unit: f.unit,
      calculated: true,
    })),
  ];
}

/** Ops that take no value, one value, two (`between`) or a list. */
export function valueArity(op: FilterOp): 0 | 1 | 2 | 'many' {
  if (op === 'is_null' || op === 'is_not_null') return 0;
  if (op === 'between') return 2;
  if (op === 'in' || op === 'not_in') return 'many';
  return 1;
}

/** What a typed value means for a column: a number for numeric columns when it reads as one. */
export function coerceInput(text: string, type: ColumnType | undefined): FilterValue {
  const trimmed = text.trim();
  if (isNumeric(type) && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (type === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return text;
}

/** The output column a measure makes, as the server names it. */
export function measureName(measure: MeasureDraft): string {
  if (measure.as.trim()) return measure.as.trim();
  if (measure.agg === 'none') return measure.column;
  if (measure.agg === 'count' && (measure.column === '*' || measure.column === '')) return 'count';
  return `${measure.agg}_${measure.column}`;
}

/** The query's output columns in select order: time, dimensions, measures. */
export function outputColumns(draft: BuilderDraft): string[] {
  const names: string[] = [];
  if (draft.time) {
    const part = (TIME_PARTS as readonly string[]).includes(draft.time.bucket);
    names.push(part ? draft.time.bucket : draft.time.column);
  }
  names.push(...draft.dimensions.filter(Boolean));
  names.push(...draft.measures.filter((m) => m.column).map(measureName));
  return [...new Set(names)];
}

/** Why the draft cannot be previewed yet, in a sentence; null when it can. */
export function draftProblem(draft: BuilderDraft): string | null {
  if (!draft.dataset) return 'Pick a dataset to start.';
  if (draft.measures.length === 0) return 'Add a measure to see a preview.';
  if (draft.measures.some((m) => !m.column)) return 'Choose a column for every measure.';
  return null;
}

function filterToQuery(filter: FilterDraft): QueryFilter {
  const arity = valueArity(filter.op);
  if (arity === 0) return { column: filter.column, op: filter.op };
  if (arity === 1) return { column: filter.column, op: filter.op, value: filter.values[0] ?? '' };
  return { column: filter.column, op: filter.op, values: [...filter.values] };
}

/** The ChartQuery the draft describes; empty parts are left out. */
export function draftToQuery(draft: BuilderDraft): ChartQuery {
  const query: ChartQuery = { dataset: draft.dataset };
  const measures = draft.measures.filter((m) => m.column);
  if (measures.length) {
    query.measures = measures.map((m) => ({
      column: m.column,
      ...(m.agg === 'none' ? {} : { agg: m.agg }),
      ...(m.as.trim() ? { as: m.as.trim() } : {}),
    }));
  }
  const dimensions = draft.dimensions.filter(Boolean);
  if (dimensions.length) query.dimensions = dimensions.map((column) => ({ column }));
  if (draft.time?.column) {
    const { column, bucket } = draft.time;
    if ((TIME_GRAINS as readonly string[]).includes(bucket)) query.time = { column, grain: bucket as TimeGrain };
    else if ((TIME_PARTS as readonly string[]).includes(bucket)) query.time = { column, part: bucket as TimePart };
    else query.time = { column };
  }
  const filters = draft.filters.filter((f) => f.column);
  if (filters.length) query.filters = filters.map(filterToQuery);
  if (draft.window) query.window = draft.window;
  if (draft.compare) query.compare = 'previous_period';
  const sort = draft.sort.filter((s) => s.by);
  if (sort.length) query.sort = sort.map((s) => ({ by: s.by, dir: s.dir }));
  if (draft.limit !== null) query.limit = draft.limit;
  if (draft.others) query.others = true;
  return query;
}

/** The visual spec: fields left on "automatic" are left out. */
export function draftToVisual(draft: BuilderDraft): ChartVisual {
  const { type, x, y, color } = draft.visual;
  return {
    type,
    ...(x ? { x } : {}),
    ...(y.length ? { y: [...y] } : {}),
    ...(color ? { color } : {}),
  };
}

function filterFromQuery(filter: QueryFilter): FilterDraft {
  const values = filter.values ?? (filter.value === undefined || filter.value === null ? [] : [filter.value]);
  return { column: filter.column, op: filter.op, values: [...values] };
}

/** The form for a saved chart's query, title and visual. */
export function queryToDraft(query: ChartQuery, title = '', visual?: ChartVisual | null): BuilderDraft {
  const draft = emptyDraft();
  draft.title = title;
  draft.dataset = query.dataset;
  draft.measures = (query.measures ?? []).map((m) => ({
    column: m.column ?? '*',
    agg: m.agg ?? 'none',
    as: m.as ?? '',
  }));
  draft.dimensions = (query.dimensions ?? []).map((d) => d.column);
  if (query.time) {
    draft.time = { column: query.time.column, bucket: query.time.grain ?? query.time.part ?? 'raw' };
  }
  draft.filters = (query.filters ?? []).map(filterFromQuery);
  draft.sort = (query.sort ?? []).map((s) => ({ by: s.by, dir: s.dir ?? 'asc' }));
  draft.limit = query.limit ?? null;
  draft.others = query.others === true;
  draft.compare = query.compare === 'previous_period';
  draft.window = query.window ?? null;
  if (visual) {
    draft.visual = {
      type: visual.type,
      x: visual.x ?? '',
      y: [...(visual.y ?? [])],
      color: visual.color ?? '',
    };
  }
  return draft;
}

/** A first chart over a dataset: its first measure summed by day, or a row count. */
export function startingDraft(draft: BuilderDraft, name: string, fields: BuilderField[]): BuilderDraft {
  const time = fields.find((f) => f.role === 'time' && isTemporal(f.type)) ?? fields.find((f) => isTemporal(f.type));
  const measure = fields.find((f) => f.role === 'measure' && isNumeric(f.type) && !f.calculated);
  return {
    ...emptyDraft(),
    title: draft.title,
    window: draft.window,
    dataset: name,
    measures: [measure ? { column: measure.name, agg: 'sum', as: '' } : { column: '*', agg: 'count', as: '' }],
    time: time ? { column: time.name, bucket: 'day' } : null,
    visual: { type: time ? 'line' : 'bar', x: '', y: [], color: '' },
  };
}

export type BuilderAction =
  | { type: 'load'; draft: BuilderDraft }
  | { type: 'setTitle'; title: string }
  | { type: 'pickDataset'; name: string; fields: BuilderField[] }
  | { type: 'addMeasure'; column?: string }
  | { type: 'updateMeasure'; index: number; patch: Partial<MeasureDraft> }
  | { type: 'removeMeasure'; index: number }
  | { type: 'addDimension'; column?: string }
  | { type: 'setDimension'; index: number; column: string }
  | { type: 'removeDimension'; index: number }
  | { type: 'setTime'; time: BuilderDraft['time'] }
  | { type: 'addFilter'; column?: string }
  | { type: 'updateFilter'; index: number; patch: Partial<FilterDraft> }
  | { type: 'removeFilter'; index: number }
  | { type: 'addSort'; by?: string }
  | { type: 'updateSort'; index: number; patch: Partial<SortDraft> }
  | { type: 'removeSort'; index: number }
  | { type: 'setLimit'; limit: number | null }
  | { type: 'setOthers'; others: boolean }
  | { type: 'setCompare'; compare: boolean }
  | { type: 'setWindow'; window: TimeWindow | null }
  | { type: 'setVisual'; patch: Partial<VisualDraft> };

const replaceAt = <T,>(items: T[], index: number, next: T) => items.map((item, i) => (i === index ? next : item));
const removeAt = <T,>(items: T[], index: number) => items.filter((_, i) => i !== index);

/** Values kept when an op changes: as many as the new op takes. */
function valuesForOp(values: FilterValue[], op: FilterOp): FilterValue[] {
  const arity = valueArity(op);
  if (arity === 0) return [];
  if (arity === 1) return values.slice(0, 1);
  if (arity === 2) return [values[0] ?? '', values[1] ?? ''];
  return values.filter((v) => v !== '');
}

export function builderReducer(draft: BuilderDraft, action: BuilderAction): BuilderDraft {
  switch (action.type) {
    case 'load':
      return action.draft;
    case 'setTitle':
      return { ...draft, title: action.title };
    case 'pickDataset':
      return action.name === draft.dataset ? draft : startingDraft(draft, action.name, action.fields);
    case 'addMeasure':
      return { ...draft, measures: [...draft.measures, { column: action.column ?? '', agg: 'sum', as: '' }] };
    case 'updateMeasure': {
      const current = draft.measures[action.index];
      if (!current) return draft;
      return { ...draft, measures: replaceAt(draft.measures, action.index, { ...current, ...action.patch }) };
    }
    case 'removeMeasure':
      return { ...draft, measures: removeAt(draft.measures, action.index) };
    case 'addDimension':
      return { ...draft, dimensions: [...draft.dimensions, action.column ?? ''] };
    case 'setDimension':
      return { ...draft, dimensions: replaceAt(draft.dimensions, action.index, action.column) };
    case 'removeDimension':
      return { ...draft, dimensions: removeAt(draft.dimensions, action.index) };
    case 'setTime':
      return { ...draft, time: action.time };
    case 'addFilter':
      return { ...draft, filters: [...draft.filters, { column: action.column ?? '', op: 'eq', values: [''] }] };
    case 'updateFilter': {
      const current = draft.filters[action.index];
      if (!current) return draft;
      const next = { ...current, ...action.patch };
      // a new column makes the old values meaningless; a new op keeps as many as it takes
      if (action.patch.column !== undefined && action.patch.column !== current.column && !action.patch.values) {
        next.values = valuesForOp([], next.op);
        if (valueArity(next.op) === 1) next.values = [''];
      } else if (action.patch.op !== undefined && !action.patch.values) {
        next.values = valuesForOp(current.values, action.patch.op);
      }
      return { ...draft, filters: replaceAt(draft.filters, action.index, next) };
    }
    case 'removeFilter':
      return { ...draft, filters: removeAt(draft.filters, action.index) };
    case 'addSort':
      return { ...draft, sort: [...draft.sort, { by: action.by ?? '', dir: 'desc' }] };
    case 'updateSort': {
      const current = draft.sort[action.index];
      if (!current) return draft;
      return { ...draft, sort: replaceAt(draft.sort, action.index, { ...current, ...action.patch }) };
    }
    case 'removeSort':
      return { ...draft, sort: removeAt(draft.sort, action.index) };
    case 'setLimit':
      return {
        ...draft,
        limit: action.limit,
        // "Others" needs a limit: dropping the limit drops it too
        others: action.limit === null ? false : draft.others,
      };
    case 'setOthers':
      return { ...draft, others: action.others };
    case 'setCompare':
      return { ...draft, compare: action.compare };
    case 'setWindow':
      return { ...draft, window: action.window };
    case 'setVisual':
      return { ...draft, visual: { ...draft.visual, ...action.patch } };
  }
}
