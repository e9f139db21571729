import type { Dispatch } from 'react';
import { TextField } from '@/components/field';
import { WindowPicker } from '@/features/dashboard/components/window-picker';
import { CHART_VISUAL_TYPES } from '@/types/api';
import type { ChartVisualType, DatasetSummary } from '@/types/api';
import { fieldsOf, isTemporal, outputColumns } from '../builder-state';
import type { BuilderAction, BuilderDraft, TimeBucket } from '../builder-state';
import { VISUAL_LABELS } from '../chart-labels';
import { AGGREGATIONS, TIME_GRAINS, TIME_PARTS } from '../types';
import type { Aggregation, SortDirection } from '../types';
import { AddButton, BuilderSection, ColumnOptions, controlClass, RemoveButton } from './controls';
import { FilterRow } from './filter-row';

const AGG_LABELS: Record<Aggregation | 'none', string> = {
  sum: 'sum',
  avg: 'average',
  min: 'min',
  max: 'max',
  count: 'count',
  count_distinct: 'count distinct',
  median: 'median',
  p95: '95th percentile',
  none: 'raw values',
};

const bucketLabel = (bucket: TimeBucket) =>
  bucket === 'raw' ? 'raw timestamps' : (TIME_PARTS as readonly string[]).includes(bucket) ? bucket.replaceAll('_', ' ') : `by ${bucket}`;

/** The builder's form: every part of a ChartQuery, its visual and title. */
export function BuilderForm({
  draft,
  dispatch,
  datasets,
  titleError,
  loadingDatasets = false,
}: {
  draft: BuilderDraft;
  dispatch: Dispatch<BuilderAction>;
  datasets: DatasetSummary[];
  titleError?: string;
  loadingDatasets?: boolean;
}) {
  const dataset = datasets.find((d) => d.name === draft.dataset);
  const fields = fieldsOf(dataset);
  const names = fields.map((f) => f.name);
  // calculated fields are numbers: measures and filters, never a dimension or the time axis
  const dimensionNames = fields.filter((f) => !f.calculated && !isTemporal(f.type)).map((f) => f.name);
  const timeNames = fields.filter((f) => !f.calculated && isTemporal(f.type)).map((f) => f.name);
  const outputs = outputColumns(draft);
  const hasDataset = !!dataset;

  return (
    <div className="space-y-3">
      <TextField
        label="Title"
        value={draft.title}
        onChange={(e) => dispatch({ type: 'setTitle', title: e.target.value })}
        error={titleError}
        placeholder="e.g. Daily load by building"
      />
      <label className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        Dataset
        <select
          value={draft.dataset}
          disabled={loadingDatasets}
          onChange={(e) => {
            const next = datasets.find((d) => d.name === e.target.value);
            dispatch({ type: 'pickDataset', name: e.target.value, fields: fieldsOf(next) });
          }}
          className={`${controlClass} mt-1 block w-full py-2`}
        >
          <option value="">{loadingDatasets ? 'Loading datasets…' : 'Choose a dataset'}</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.name}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {draft.dataset && !dataset && !loadingDatasets && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The dataset {draft.dataset} is not in this workspace any more.
        </p>
      )}

      <BuilderSection
        title="Measures"
        action={<AddButton disabled={!hasDataset} onClick={() => dispatch({ type: 'addMeasure' })}>+ Measure</AddButton>}
      >
        {draft.measures.map((m, i) => (
          <div key={i} className="flex flex-wrap items-center gap-1">
            <select
              aria-label={`Measure ${i + 1} aggregation`}
              value={m.agg}
              onChange={(e) => dispatch({ type: 'updateMeasure', index: i, patch: { agg: e.target.value as Aggregation | 'none' } })}
              className={controlClass}
            >
              {[...AGGREGATIONS, 'none' as const].map((agg) => (
                <option key={agg} value={agg}>
                  {AGG_LABELS[agg]}
                </option>
              ))}
            </select>
            <select
              aria-label={`Measure ${i + 1} column`}
              value={m.column}
              onChange={(e) => dispatch({ type: 'updateMeasure', index: i, patch: { column: e.target.value } })}
              className={`${controlClass} min-w-0 flex-1`}
            >
              <option value="">Choose a column</option>
              {m.agg === 'count' && <option value="*">* (rows)</option>}
              {fields.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.name}
                  {f.calculated ? ' (calculated)' : ''}
                  {f.unit ? ` [${f.unit}]` : ''}
                </option>
              ))}
            </select>
            <input
              aria-label={`Measure ${i + 1} name`}
              placeholder="name (optional)"
              value={m.as}
              onChange={(e) => dispatch({ type: 'updateMeasure', index: i, patch: { as: e.target.value } })}
              className={`${controlClass} w-32`}
            />
            <RemoveButton label={`Remove measure ${i + 1}`} onClick={() => dispatch({ type: 'removeMeasure', index: i })} />
          </div>
        ))}
      </BuilderSection>

      <BuilderSection
        title="Dimensions"
        action={<AddButton disabled={!hasDataset} onClick={() => dispatch({ type: 'addDimension' })}>+ Dimension</AddButton>}
      >
        {draft.dimensions.map((column, i) => (
          <div key={i} className="flex items-center gap-1">
            <select
              aria-label={`Dimension ${i + 1}`}
              value={column}
              onChange={(e) => dispatch({ type: 'setDimension', index: i, column: e.target.value })}
              className={`${controlClass} flex-1`}
            >
              <ColumnOptions names={dimensionNames} none="Choose a column" />
            </select>
            <RemoveButton label={`Remove dimension ${i + 1}`} onClick={() => dispatch({ type: 'removeDimension', index: i })} />
          </div>
        ))}
      </BuilderSection>

      <BuilderSection title="Time axis">
        <div className="flex flex-wrap items-center gap-1">
          <select
            aria-label="Time column"
            value={draft.time?.column ?? ''}
            disabled={!hasDataset}
            onChange={(e) =>
              dispatch({
                type: 'setTime',
                time: e.target.value ? { column: e.target.value, bucket: draft.time?.bucket ?? 'day' } : null,
              })
            }
            className={`${controlClass} flex-1`}
          >
            <ColumnOptions names={timeNames} none="No time axis" />
          </select>
          <select
            aria-label="Time grain"
            value={draft.time?.bucket ?? 'day'}
            disabled={!draft.time}
            onChange={(e) => draft.time && dispatch({ type: 'setTime', time: { ...draft.time, bucket: e.target.value as TimeBucket } })}
            className={controlClass}
          >
            {[...TIME_GRAINS, ...TIME_PARTS, 'raw' as const].map((b) => (
              <option key={b} value={b}>
                {bucketLabel(b)}
              </option>
            ))}
          </select>
        </div>
      </BuilderSection>

      <BuilderSection
        title="Filters"
        action={<AddButton disabled={!hasDataset} onClick={() => dispatch({ type: 'addFilter' })}>+ Filter</AddButton>}
      >
        {draft.filters.map((f, i) => (
          <FilterRow
            key={i}
            index={i}
            filter={f}
            fields={fields}
            datasetId={dataset?.id}
            onChange={(patch) => dispatch({ type: 'updateFilter', index: i, patch })}
            onRemove={() => dispatch({ type: 'removeFilter', index: i })}
          />
        ))}
      </BuilderSection>

      <BuilderSection
        title="Sort and limit"
        action={<AddButton disabled={!hasDataset} onClick={() => dispatch({ type: 'addSort', by: outputs.at(-1) })}>+ Sort</AddButton>}
      >
        {draft.sort.map((s, i) => (
          <div key={i} className="flex items-center gap-1">
            <select
              aria-label={`Sort ${i + 1} by`}
              value={s.by}
              onChange={(e) => dispatch({ type: 'updateSort', index: i, patch: { by: e.target.value } })}
              className={`${controlClass} flex-1`}
            >
              <ColumnOptions names={outputs.includes(s.by) || !s.by ? outputs : [...outputs, s.by]} none="Choose a column" />
            </select>
            <select
              aria-label={`Sort ${i + 1} direction`}
              value={s.dir}
              onChange={(e) => dispatch({ type: 'updateSort', index: i, patch: { dir: e.target.value as SortDirection } })}
              className={controlClass}
            >
              <option value="asc">ascending</option>
              <option value="desc">descending</option>
            </select>
            <RemoveButton label={`Remove sort ${i + 1}`} onClick={() => dispatch({ type: 'removeSort', index: i })} />
          </div>
        ))}
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="flex items-center gap-1">
            Limit
            <input
              type="number"
              min={1}
              max={100000}
              value={draft.limit ?? ''}
              placeholder="none"
              onChange={(e) => {
                const n = Number(e.target.value);
                dispatch({ type: 'setLimit', limit: e.target.value === '' || !Number.isInteger(n) || n < 1 ? null : n });
              }}
              className={`${controlClass} w-24`}
            />
          </label>
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={draft.others}
              disabled={draft.limit === null || draft.dimensions.length === 0}
              onChange={(e) => dispatch({ type: 'setOthers', others: e.target.checked })}
            />
            Group the rest as “Others”
          </label>
        </div>
      </BuilderSection>

      <BuilderSection title="Time window">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <WindowPicker
            label="Chart window"
            emptyLabel="The tab’s window"
            value={draft.window}
            onChange={(window) => dispatch({ type: 'setWindow', window })}
            {...(draft.window ? { onReset: () => dispatch({ type: 'setWindow', window: null }), resetLabel: 'No window of its own (follow the tab’s)' } : {})}
          />
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={draft.compare} onChange={(e) => dispatch({ type: 'setCompare', compare: e.target.checked })} />
            Compare with the previous period
          </label>
        </div>
      </BuilderSection>

      <BuilderSection title="Visual">
        <div className="grid grid-cols-2 gap-2 text-sm">
          <label className="flex flex-col gap-1">
            Chart type
            <select
              value={draft.visual.type}
              onChange={(e) => dispatch({ type: 'setVisual', patch: { type: e.target.value as ChartVisualType } })}
              className={controlClass}
            >
              {CHART_VISUAL_TYPES.map((t) => (
                <option key={t} value={t}>
                  {VISUAL_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            X axis
            <select value={draft.visual.x} onChange={(e) => dispatch({ type: 'setVisual', patch: { x: e.target.value } })} className={controlClass}>
              <ColumnOptions names={outputs} none="automatic" />
            </select>
          </label>
          <label className="flex flex-col gap-1">
            Colour
            <select
              value={draft.visual.color}
              onChange={(e) => dispatch({ type: 'setVisual', patch: { color: e.target.value } })}
              className={controlClass}
            >
              <ColumnOptions names={outputs} none="automatic" />
            </select>
          </label>
          <fieldset className="flex flex-col gap-1">
            <legend>Y axis (automatic when none is ticked)</legend>
            {outputs.map((name) => (
              <label key={name} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={draft.visual.y.includes(name)}
                  onChange={(e) =>
                    dispatch({
                      type: 'setVisual',
                      patch: { y: e.target.checked ? [...draft.visual.y, name] : draft.visual.y.filter((y) => y !== name) },
                    })
                  }
                />
                {name}
              </label>
            ))}
          </fieldset>
        </div>
      </BuilderSection>
      {names.length === 0 && hasDataset && <p className="text-sm text-slate-500">This dataset has no columns.</p>}
    </div>
  );
}
