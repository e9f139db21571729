import { describe, expect, it } from 'vitest';
import { aCalculatedField, aDataset } from '@/test/builders';
import {
  builderReducer,
  coerceInput,
  draftProblem,
  draftToQuery,
  draftToVisual,
  emptyDraft,
  fieldsOf,
  outputColumns,
  queryToDraft,
} from './builder-state';
import type { BuilderAction, BuilderDraft } from './builder-state';
import type { ChartQuery } from './types';

const run = (actions: BuilderAction[], from: BuilderDraft = emptyDraft()) => actions.reduce(builderReducer, from);

/** Queries as the builder writes them: every part the form has, in canonical spelling. */
const canonical: ChartQuery[] = [
  { dataset: 'home_energy', measures: [{ column: 'load_kwh', agg: 'sum' }] },
  {
    dataset: 'home_energy',
    measures: [{ column: 'load_kwh', agg: 'sum', as: 'load' }, { column: '*', agg: 'count' }],
    dimensions: [{ column: 'building' }],
    time: { column: 'ts', grain: 'day' },
    filters: [
      { column: 'building', op: 'in', values: ['Building 1', 'Building 2'] },
      { column: 'load_kwh', op: 'between', values: [0.5, 1.25] },
      { column: 'outdoor_temp_c', op: 'gt', value: 30 },
      { column: 'solar_kwh', op: 'is_not_null' },
    ],
    window: { last: 'P7D' },
    compare: 'previous_period',
    sort: [{ by: 'load', dir: 'desc' }],
    limit: 10,
    others: true,
  },
  {
    dataset: 'home_energy',
    measures: [{ column: 'load_kwh' }, { column: 'outdoor_temp_c' }],
    time: { column: 'ts' },
    filters: [{ column: 'building', op: 'eq', value: 'Building 5' }],
    window: { points: 500 },
  },
  {
    dataset: 'orders',
    measures: [{ column: 'order_id', agg: 'count_distinct', as: 'orders' }],
    time: { column: 'ordered_at', part: 'day_of_week' },
    window: { from: '2025-01-01', to: '2025-02-01' },
  },
];

describe('builder state: ChartQuery ⇄ form', () => {
  it.each(canonical.map((q, i) => [i, q] as const))('round-trips query %i through the form unchanged', (_, query) => {
    expect(draftToQuery(queryToDraft(query))).toEqual(query);
  });

  it('round-trips the form through a query: title and visual travel beside it', () => {
    const draft = queryToDraft(canonical[1]!, 'Load by building', { type: 'stacked_bar', x: 'ts', y: ['load'], color: 'building' });
    const again = queryToDraft(draftToQuery(draft), draft.title, draftToVisual(draft));
    expect(again).toEqual(draft);
  });

  it('reads what the server adds or leaves out: others false, a sort without a direction, count without a column', () => {
    const draft = queryToDraft({
      dataset: 'd',
      measures: [{ column: '*', agg: 'count' }],
      sort: [{ by: 'count' }],
      others: false,
    });
    expect(draft.others).toBe(false);
    expect(draft.sort).toEqual([{ by: 'count', dir: 'asc' }]);
    expect(draftToQuery(draft)).toEqual({ dataset: 'd', measures: [{ column: '*', agg: 'count' }], sort: [{ by: 'count', dir: 'asc' }] });
  });

  it('leaves out measures, dimensions, filters and sorts whose column is not chosen yet', () => {
    const draft = run([
      { type: 'pickDataset', name: 'load', fields: fieldsOf(aDataset()) },
      { type: 'addMeasure' },
      { type: 'addDimension' },
      { type: 'addFilter' },
      { type: 'addSort' },
    ]);
    expect(draftToQuery(draft)).toEqual({
      dataset: 'load',
      measures: [{ column: 'load_mw', agg: 'sum' }],
      time: { column: 'ts', grain: 'day' },
    });
  });
});

describe('builder state: the reducer', () => {
  it('starts a dataset with its first measure summed by day on its time column', () => {
    const draft = run([{ type: 'setTitle', title: 'Mine' }, { type: 'pickDataset', name: 'load', fields: fieldsOf(aDataset()) }]);
    expect(draft.title).toBe('Mine');
    expect(draft.measures).toEqual([{ column: 'load_mw', agg: 'sum', as: '' }]);
    expect(draft.time).toEqual({ column: 'ts', bucket: 'day' });
    expect(draft.visual.type).toBe('line');
  });

  it('counts rows of a dataset without a time column or a measure, drawn as bars', () => {
    const fields = fieldsOf(aDataset({ columns: [aDataset().columns[1]!] }));
    const draft = run([{ type: 'pickDataset', name: 'regions', fields }]);
    expect(draftToQuery(draft)).toEqual({ dataset: 'regions', measures: [{ column: '*', agg: 'count' }] });
    expect(draft.visual.type).toBe('bar');
  });

  it('offers calculated fields as numeric measure columns', () => {
    const fields = fieldsOf(aDataset({ calculatedFields: [aCalculatedField()] }));
    expect(fields.at(-1)).toEqual({ name: 'load_gw', type: 'double', role: 'measure', unit: 'GW', calculated: true });
  });

  it('picking another dataset starts over, keeping the title and the window', () => {
    const before = run([
      { type: 'setTitle', title: 'T' },
      { type: 'setWindow', window: { last: 'P30D' } },
      { type: 'pickDataset', name: 'load', fields: fieldsOf(aDataset()) },
      { type: 'addDimension', column: 'region' },
    ]);
    const after = builderReducer(before, { type: 'pickDataset', name: 'other', fields: [] });
    expect(after.dimensions).toEqual([]);
    expect(after.dataset).toBe('other');
    expect(after.title).toBe('T');
    expect(after.window).toEqual({ last: 'P30D' });
    // the same dataset again changes nothing
    expect(builderReducer(before, { type: 'pickDataset', name: 'load', fields: [] })).toBe(before);
  });

  it('keeps as many filter values as the new op takes', () => {
    let draft = run([{ type: 'addFilter', column: 'region' }, { type: 'updateFilter', index: 0, patch: { values: ['north'] } }]);
    draft = builderReducer(draft, { type: 'updateFilter', index: 0, patch: { op: 'in' } });
    expect(draft.filters[0]!.values).toEqual(['north']);
    draft = builderReducer(draft, { type: 'updateFilter', index: 0, patch: { values: ['north', 'south'] } });
    draft = builderReducer(draft, { type: 'updateFilter', index: 0, patch: { op: 'eq' } });
    expect(draft.filters[0]!.values).toEqual(['north']);
    draft = builderReducer(draft, { type: 'updateFilter', index: 0, patch: { op: 'is_null' } });
    expect(draftToQuery({ ...draft, dataset: 'd' }).filters).toEqual([{ column: 'region', op: 'is_null' }]);
    draft = builderReducer(draft, { type: 'updateFilter', index: 0, patch: { op: 'between' } });
    expect(draft.filters[0]!.values).toEqual(['', '']);
  });

  it('a new filter column clears the old values', () => {
    let draft = run([{ type: 'addFilter', column: 'region' }, { type: 'updateFilter', index: 0, patch: { values: ['north'] } }]);
    draft = builderReducer(draft, { type: 'updateFilter', index: 0, patch: { column: 'load_mw' } });
    expect(draft.filters[0]).toEqual({ column: 'load_mw', op: 'eq', values: [''] });
  });

  it('dropping the limit drops "Others", which needs one', () => {
    const draft = run([{ type: 'setLimit', limit: 5 }, { type: 'setOthers', others: true }, { type: 'setLimit', limit: null }]);
    expect(draft.others).toBe(false);
  });

  it('removes the item at the index only', () => {
    const draft = run([
      { type: 'addMeasure', column: 'a' },
      { type: 'addMeasure', column: 'b' },
      { type: 'addMeasure', column: 'c' },
      { type: 'removeMeasure', index: 1 },
    ]);
    expect(draft.measures.map((m) => m.column)).toEqual(['a', 'c']);
  });
});

describe('builder state: helpers', () => {
  it('names output columns as the server does', () => {
    const draft = queryToDraft(canonical[1]!);
    expect(outputColumns(draft)).toEqual(['ts', 'building', 'load', 'count']);
    expect(outputColumns(queryToDraft(canonical[3]!))).toEqual(['day_of_week', 'orders']);
    expect(outputColumns(queryToDraft({ dataset: 'd', measures: [{ column: 'x', agg: 'avg' }] }))).toEqual(['avg_x']);
  });

  it('types filter input by the column: numbers for numeric columns, text otherwise', () => {
    expect(coerceInput('30', 'double')).toBe(30);
    expect(coerceInput('3O', 'double')).toBe('3O');
    expect(coerceInput('30', 'varchar')).toBe('30');
    expect(coerceInput('true', 'boolean')).toBe(true);
  });

  it('says what is missing before a preview can run', () => {
    expect(draftProblem(emptyDraft())).toMatch(/dataset/);
    expect(draftProblem({ ...emptyDraft(), dataset: 'd' })).toMatch(/measure/);
    expect(draftProblem(run([{ type: 'addMeasure' }], { ...emptyDraft(), dataset: 'd' }))).toMatch(/column/);
    expect(draftProblem(queryToDraft(canonical[0]!))).toBeNull();
  });

  it('leaves automatic visual fields out of the spec', () => {
    expect(draftToVisual(emptyDraft())).toEqual({ type: 'line' });
  });
});
