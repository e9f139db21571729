import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getColumnValuesQueryOptions } from '@/features/data/api/get-column-values';
import type { TabFilter } from '../types';

/** A column a tab filter may use, with the datasets (of the tab's charts) that have it. */
export type FilterColumn = { name: string; datasetIds: string[] };

function AddValue({
  filter,
  datasetId,
  onAdd,
}: {
  filter: TabFilter;
  datasetId: string | undefined;
  onAdd: (value: string) => void;
}) {
  const values = useQuery({
    ...getColumnValuesQueryOptions({ datasetId: datasetId ?? '', column: filter.column, limit: 50 }),
    enabled: !!datasetId,
  });
  const choices = (values.data?.rows ?? [])
    .map((row) => (row[0] === null || row[0] === undefined ? null : String(row[0])))
    .filter((v): v is string => v !== null && !filter.values.includes(v));
  return (
    <select
      aria-label={`Add a value to ${filter.column}`}
      value=""
      disabled={!datasetId || values.isPending}
      onChange={(e) => e.target.value && onAdd(e.target.value)}
      className="rounded border border-slate-300 bg-white px-1 text-xs dark:border-slate-600 dark:bg-slate-800"
    >
      <option value="">{values.isError ? 'Values failed to load' : '+ value'}</option>
      {choices.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  );
}

/**
 * The tab's filters as chips: `column = values`. Values change the view (the URL);
 * adding or removing a whole filter changes the tab.
 */
export function FilterChips({
  filters,
  columns,
  onChangeValues,
  onDefine,
  onUndefine,
  readOnly = false,
}: {
  filters: TabFilter[];
  columns: FilterColumn[];
  onChangeValues: (column: string, values: string[]) => void;
  onDefine: (column: string) => void;
  onUndefine: (column: string) => void;
  /** Values can still be chosen (that only changes the view); filters cannot be added or removed. */
  readOnly?: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const free = columns.filter((c) => !filters.some((f) => f.column === c.name));
  return (
    <ul className="flex flex-wrap items-center gap-2" aria-label="Tab filters">
      {filters.map((filter) => (
        <li
          key={filter.column}
          className="flex flex-wrap items-center gap-1 rounded-full border border-slate-300 bg-slate-50 px-2 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
        >
          <span className="font-medium">{filter.column} =</span>
          {filter.values.length === 0 && <span className="text-slate-500">any</span>}
          {filter.values.map((value) => (
            <span key={value} className="flex items-center rounded bg-white px-1 dark:bg-slate-700">
              {value}
              <button
                type="button"
                aria-label={`Remove ${value} from ${filter.column}`}
                className="ml-0.5 px-0.5 text-slate-500 hover:text-red-700"
                onClick={() => onChangeValues(filter.column, filter.values.filter((v) => v !== value))}
              >
                ×
              </button>
            </span>
          ))}
          <AddValue
            filter={filter}
            datasetId={columns.find((c) => c.name === filter.column)?.datasetIds[0]}
            onAdd={(value) => onChangeValues(filter.column, [...filter.values, value])}
          />
          {!readOnly && (
            <button
              type="button"
              aria-label={`Remove the ${filter.column} filter`}
              className="px-1 text-slate-500 hover:text-red-700"
              onClick={() => onUndefine(filter.column)}
            >
              ⨯
            </button>
          )}
        </li>
      ))}
      <li hidden={readOnly}>
        {adding ? (
          <select
            aria-label="Filter on column"
            autoFocus
            value=""
            onBlur={() => setAdding(false)}
            onChange={(e) => {
              if (e.target.value) onDefine(e.target.value);
              setAdding(false);
            }}
            className="rounded border border-slate-300 bg-white px-1 text-xs dark:border-slate-600 dark:bg-slate-800"
          >
            <option value="">Column…</option>
            {free.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        ) : (
          <button
            type="button"
            disabled={free.length === 0}
            title={free.length === 0 ? 'No other dimension on this tab’s datasets' : undefined}
            className="rounded-full border border-dashed border-slate-400 px-2 py-0.5 text-xs text-slate-600 disabled:opacity-50 dark:text-slate-300"
            onClick={() => setAdding(true)}
          >
            + Filter
          </button>
        )}
      </li>
    </ul>
  );
}
