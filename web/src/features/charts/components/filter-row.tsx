import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { getColumnValuesQueryOptions } from '@/features/data/api/get-column-values';
import { coerceInput, isNumeric, valueArity } from '../builder-state';
import type { BuilderField, FilterDraft } from '../builder-state';
import { FILTER_OPS } from '../types';
import type { FilterOp, FilterValue } from '../types';
import { ColumnOptions, controlClass, RemoveButton } from './controls';

const OP_LABELS: Record<FilterOp, string> = {
  eq: '=',
  neq: '≠',
  in: 'is one of',
  not_in: 'is none of',
  between: 'between',
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  contains: 'contains',
  is_null: 'is empty',
  is_not_null: 'is not empty',
};

const text = (value: FilterValue | undefined) => (value === undefined ? '' : String(value));

/** One filter: column, op and its value(s); the column's most frequent values are suggested. */
export function FilterRow({
  index,
  filter,
  fields,
  datasetId,
  onChange,
  onRemove,
}: {
  index: number;
  filter: FilterDraft;
  fields: BuilderField[];
  datasetId: string | undefined;
  onChange: (patch: Partial<FilterDraft>) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const listId = useId();
  const [pending, setPending] = useState('');
  const field = fields.find((f) => f.name === filter.column);
  const arity = valueArity(filter.op);
  // calculated fields have no stored values to suggest
  const suggestions = useQuery({
    ...getColumnValuesQueryOptions({ datasetId: datasetId ?? '', column: filter.column, limit: 50 }),
    enabled: !!datasetId && !!field && !field.calculated && arity !== 0,
  });
  const suggested = (suggestions.data?.rows ?? [])
    .map((row) => row[0])
    .filter((v): v is string | number | boolean => v !== null && v !== undefined)
    .map(String);

  const setValue = (at: number, input: string) => {
    const values = [...filter.values];
    values[at] = coerceInput(input, field?.type);
    onChange({ values });
  };
  const addListValue = () => {
    if (!pending.trim()) return;
    onChange({ values: [...filter.values, coerceInput(pending, field?.type)] });
    setPending('');
  };
  const numericOnly = !!field && (isNumeric(field.type) || field.calculated);
  const ops = numericOnly && field?.calculated ? FILTER_OPS.filter((op) => op !== 'contains') : FILTER_OPS;

  return (
    <div className="space-y-1 rounded border border-slate-100 p-2 dark:border-slate-800" role="group" aria-label={`Filter ${n}`}>
      <div className="flex flex-wrap items-center gap-1">
        <select
          aria-label={`Filter ${n} column`}
          value={filter.column}
          onChange={(e) => onChange({ column: e.target.value })}
          className={controlClass}
        >
          <ColumnOptions names={fields.map((f) => f.name)} none="Choose a column" />
        </select>
        <select
          aria-label={`Filter ${n} condition`}
          value={filter.op}
          onChange={(e) => onChange({ op: e.target.value as FilterOp })}
          className={controlClass}
        >
          {ops.map((op) => (
            <option key={op} value={op}>
              {OP_LABELS[op]}
            </option>
          ))}
        </select>
        <RemoveButton label={`Remove filter ${n}`} onClick={onRemove} />
      </div>
      <datalist id={listId}>
        {suggested.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {arity === 1 && (
        <input
          aria-label={`Filter ${n} value`}
          list={listId}
          value={text(filter.values[0])}
          onChange={(e) => setValue(0, e.target.value)}
          className={`${controlClass} w-full`}
        />
      )}
      {arity === 2 && (
        <div className="flex items-center gap-1">
          <input
            aria-label={`Filter ${n} from`}
            list={listId}
            value={text(filter.values[0])}
            onChange={(e) => setValue(0, e.target.value)}
            className={`${controlClass} min-w-0 flex-1`}
          />
          <span className="text-sm">and</span>
          <input
            aria-label={`Filter ${n} to`}
            list={listId}
            value={text(filter.values[1])}
            onChange={(e) => setValue(1, e.target.value)}
            className={`${controlClass} min-w-0 flex-1`}
          />
        </div>
      )}
      {arity === 'many' && (
        <div className="space-y-1">
          {filter.values.length > 0 && (
            <ul className="flex flex-wrap gap-1" aria-label={`Values of filter ${n}`}>
              {filter.values.map((v, i) => (
                <li
                  key={`${String(v)}-${i}`}
                  className="flex items-center rounded bg-slate-100 pl-2 text-sm dark:bg-slate-800"
                >
                  {String(v)}
                  <RemoveButton
                    label={`Remove ${String(v)} from filter ${n}`}
                    onClick={() => onChange({ values: filter.values.filter((_, j) => j !== i) })}
                  />
                </li>
              ))}
            </ul>
          )}
          <input
            aria-label={`Add a value to filter ${n}`}
            placeholder="Type or pick a value, then Enter"
            list={listId}
            value={pending}
            onChange={(e) => setPending(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addListValue();
              }
            }}
            onBlur={addListValue}
            className={`${controlClass} w-full`}
          />
        </div>
      )}
    </div>
  );
}
