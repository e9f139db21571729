import type { ReactNode } from 'react';
import { Button } from '@/components/button';
import { InlineInput, InlineSelect } from '@/components/field';
import type { DatasetSummary } from '@/types/api';
import type { QuantityForm, RangeForm, SignalForm, SignalSource } from '../site-form';

const legendClass = 'mb-1 text-sm font-medium text-slate-800 dark:text-slate-200';
const smallLabel = 'block text-xs text-slate-600 dark:text-slate-400';

export function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">{message}</p>;
}

export function Hint({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{children}</p>;
}

/** A labelled cell of a compact row: the label sits above its control. */
function Cell({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <label className={`flex flex-col gap-0.5 ${className}`}>
      <span className={smallLabel}>{label}</span>
      {children}
    </label>
  );
}

/** A number with its unit: `{value, unit}`. */
export function QuantityInput({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: QuantityForm;
  onChange: (value: QuantityForm) => void;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <fieldset>
      <legend className={legendClass}>{label}</legend>
      <div className="flex gap-2">
        <InlineInput
          label={`${label} value`}
          inputMode="decimal"
          value={value.value}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange({ ...value, value: e.target.value })}
          className="max-w-32"
        />
        <InlineInput
          label={`${label} unit`}
          value={value.unit}
          placeholder="unit"
          onChange={(e) => onChange({ ...value, unit: e.target.value })}
          className="max-w-28"
        />
      </div>
      <Hint>{hint}</Hint>
      <FieldError message={error} />
    </fieldset>
  );
}

/** Two bounds, `[min, max]`, or (`time`) two times of day. */
export function RangeInput({
  label,
  value,
  onChange,
  error,
  hint,
  unit,
  time = false,
}: {
  label: string;
  value: RangeForm;
  onChange: (value: RangeForm) => void;
  error?: string;
  hint?: ReactNode;
  unit?: string;
  time?: boolean;
}) {
  return (
    <fieldset>
      <legend className={legendClass}>
        {label}
        {unit && <span className="font-normal text-slate-500 dark:text-slate-400"> ({unit})</span>}
      </legend>
      <div className="flex items-center gap-2">
        <InlineInput
          label={`${label} ${time ? 'from' : 'minimum'}`}
          type={time ? 'time' : 'text'}
          inputMode={time ? undefined : 'decimal'}
          value={value.min}
          onChange={(e) => onChange({ ...value, min: e.target.value })}
          className="max-w-32"
        />
        <span aria-hidden>to</span>
        <InlineInput
          label={`${label} ${time ? 'to' : 'maximum'}`}
          type={time ? 'time' : 'text'}
          inputMode={time ? undefined : 'decimal'}
          value={value.max}
          onChange={(e) => onChange({ ...value, max: e.target.value })}
          className="max-w-32"
        />
      </div>
      <Hint>{hint}</Hint>
      <FieldError message={error} />
    </fieldset>
  );
}

const SOURCES: { value: SignalSource; label: string }[] = [
  { value: 'none', label: 'Not bound' },
  { value: 'column', label: 'Column' },
  { value: 'constant', label: 'Constant' },
];

/**
 * One signal: a column of the site's dataset (or another), optionally filtered to the rows where
 * a column holds a value and optionally forecast from its history, or a constant; with its unit.
 */
export function SignalEditor({
  label,
  value,
  onChange,
  datasets,
  siteDataset,
  error,
  hint,
  required = false,
}: {
  label: string;
  value: SignalForm;
  onChange: (value: SignalForm) => void;
  datasets: readonly DatasetSummary[];
  siteDataset: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
}) {
  const datasetName = value.dataset || siteDataset;
  const known = datasets.find((d) => d.name === datasetName)?.columns.map((c) => c.name) ?? [];
  const columns = value.column && !known.includes(value.column) ? [value.column, ...known] : known;
  const set = (patch: Partial<SignalForm>) => onChange({ ...value, ...patch });
  const otherDatasets = datasets.filter((d) => d.name !== siteDataset).map((d) => d.name);
  if (value.dataset && value.dataset !== siteDataset && !otherDatasets.includes(value.dataset)) otherDatasets.unshift(value.dataset);

  return (
    <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
        {required && <span className="text-slate-500 dark:text-slate-400"> (required)</span>}
      </legend>
      <div className="flex flex-wrap items-end gap-3">
        <Cell label="Source">
          <InlineSelect label={`${label} source`} value={value.source} onChange={(e) => set({ source: e.target.value as SignalSource })}>
            {SOURCES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </InlineSelect>
        </Cell>
        {value.source === 'column' && (
          <>
            {otherDatasets.length > 0 && (
              <Cell label="Dataset">
                <InlineSelect label={`${label} dataset`} value={value.dataset} onChange={(e) => set({ dataset: e.target.value })}>
                  <option value="">{siteDataset ? `${siteDataset} (the site's)` : "The site's dataset"}</option>
                  {otherDatasets.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </InlineSelect>
              </Cell>
            )}
            <Cell label="Column">
              {columns.length > 0 ? (
                <InlineSelect
                  label={`${label} column`}
                  value={value.column}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => set({ column: e.target.value })}
                >
                  <option value="">Pick a column…</option>
                  {columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </InlineSelect>
              ) : (
                <InlineInput label={`${label} column`} value={value.column} onChange={(e) => set({ column: e.target.value })} />
              )}
            </Cell>
          </>
        )}
        {value.source === 'constant' && (
          <Cell label="Value">
            <InlineInput
              label={`${label} value`}
              inputMode="decimal"
              value={value.value}
              aria-invalid={error ? true : undefined}
              onChange={(e) => set({ value: e.target.value })}
              className="max-w-32"
            />
          </Cell>
        )}
        {value.source !== 'none' && (
          <Cell label="Unit">
            <InlineInput label={`${label} unit`} value={value.unit} placeholder="e.g. MW" onChange={(e) => set({ unit: e.target.value })} className="max-w-28" />
          </Cell>
        )}
        {value.source === 'column' && (
          <label className="flex items-center gap-2 pb-1 text-sm text-slate-700 dark:text-slate-300">
            <input type="checkbox" checked={value.forecast} onChange={(e) => set({ forecast: e.target.checked })} />
            Forecast from history
          </label>
        )}
      </div>
      {value.source === 'column' && (
        <div className="mt-2 space-y-2">
          {value.filters.map((filter, i) => (
            <div key={i} className="flex flex-wrap items-end gap-2">
              <Cell label="Where column">
                <InlineSelect
                  label={`${label} filter ${i + 1} column`}
                  value={filter.column}
                  onChange={(e) =>
                    set({ filters: value.filters.map((f, j) => (j === i ? { ...f, column: e.target.value } : f)) })
                  }
                >
                  <option value="">Pick a column…</option>
                  {(filter.column && !known.includes(filter.column) ? [filter.column, ...known] : known).map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </InlineSelect>
              </Cell>
              <span className="pb-1.5 text-sm" aria-hidden>
                =
              </span>
              <Cell label="Value">
                <InlineInput
                  label={`${label} filter ${i + 1} value`}
                  value={filter.value}
                  onChange={(e) =>
                    set({ filters: value.filters.map((f, j) => (j === i ? { ...f, value: e.target.value } : f)) })
                  }
                />
              </Cell>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${label} filter ${i + 1}`}
                onClick={() => set({ filters: value.filters.filter((_, j) => j !== i) })}
              >
                Remove
              </Button>
            </div>
          ))}
          {value.filters.length === 0 && (
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Add a filter to ${label}`}
              onClick={() => set({ filters: [...value.filters, { column: '', value: '' }] })}
            >
              + Filter rows
            </Button>
          )}
        </div>
      )}
      <Hint>{hint}</Hint>
      <FieldError message={error} />
    </fieldset>
  );
}
