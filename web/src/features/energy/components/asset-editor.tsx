import { Button } from '@/components/button';
import { InlineInput, InlineSelect } from '@/components/field';
import type { DatasetSummary } from '@/types/api';
import { ASSET_FIELDS, ASSET_LABELS, STATUS_LABELS } from '../site-form';
import type { AssetForm, FieldValue, FormErrors, QuantityForm, RangeForm, SignalForm } from '../site-form';
import { ASSET_STATUSES } from '../types';
import type { AssetStatus } from '../types';
import { FieldError, Hint, QuantityInput, RangeInput, SignalEditor } from './editor-fields';

/**
 * One asset: its name, type and status (on, off, maintenance, derated by a percentage) always
 * in view; what it binds and its limits behind "Signals and limits".
 */
export function AssetEditor({
  asset,
  index,
  onChange,
  onRemove,
  datasets,
  siteDataset,
  errors,
}: {
  asset: AssetForm;
  index: number;
  onChange: (asset: AssetForm) => void;
  onRemove: () => void;
  datasets: readonly DatasetSummary[];
  siteDataset: string;
  errors: FormErrors;
}) {
  const at = `assets.${index}`;
  const label = asset.name.trim() || `Asset ${index + 1}`;
  const setField = (key: string, value: FieldValue) => onChange({ ...asset, fields: { ...asset.fields, [key]: value } });
  const specs = ASSET_FIELDS[asset.type];
  const fieldErrors = specs.filter((s) => errors[`${at}.${s.key}`]).length;

  return (
    <section aria-label={`Asset ${label}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-slate-600 dark:text-slate-400">Name</span>
          <InlineInput
            label={`Asset ${index + 1} name`}
            value={asset.name}
            aria-invalid={errors[`${at}.name`] ? true : undefined}
            onChange={(e) => onChange({ ...asset, name: e.target.value })}
          />
        </label>
        <span className="pb-1.5 text-sm text-slate-600 dark:text-slate-400">{ASSET_LABELS[asset.type]}</span>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-slate-600 dark:text-slate-400">Status</span>
          <InlineSelect
            label={`${label} status`}
            value={asset.status}
            onChange={(e) => onChange({ ...asset, status: e.target.value as AssetStatus })}
          >
            {ASSET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </InlineSelect>
        </label>
        {asset.status === 'derated' && (
          <label className="flex flex-col gap-0.5">
            <span className="text-xs text-slate-600 dark:text-slate-400">Available (%)</span>
            <InlineInput
              label={`${label} derate percent`}
              inputMode="decimal"
              value={asset.derate}
              aria-invalid={errors[`${at}.derate`] ? true : undefined}
              onChange={(e) => onChange({ ...asset, derate: e.target.value })}
              className="max-w-24"
            />
          </label>
        )}
        <Button variant="ghost" size="sm" className="ml-auto" aria-label={`Remove ${label}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
      <FieldError message={errors[`${at}.name`]} />
      <FieldError message={errors[`${at}.derate`]} />
      <details className="mt-2" open={fieldErrors > 0 || undefined}>
        <summary className="cursor-pointer text-sm text-teal-800 dark:text-teal-300">
          Signals and limits{fieldErrors > 0 && ` (${fieldErrors} to fix)`}
        </summary>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {specs.map((spec) => {
            const value = asset.fields[spec.key];
            const error = errors[`${at}.${spec.key}`];
            const title = `${label} ${spec.label.toLowerCase()}`;
            switch (spec.kind) {
              case 'signal':
                return (
                  <div key={spec.key} className="md:col-span-2">
                    <SignalEditor
                      label={spec.label}
                      value={value as SignalForm}
                      onChange={(v) => setField(spec.key, v)}
                      datasets={datasets}
                      siteDataset={siteDataset}
                      error={error}
                      hint={spec.hint}
                      required={spec.required}
                    />
                  </div>
                );
              case 'quantity':
                return (
                  <QuantityInput
                    key={spec.key}
                    label={spec.label}
                    value={value as QuantityForm}
                    onChange={(v) => setField(spec.key, v)}
                    error={error}
                    hint={spec.hint}
                  />
                );
              case 'range':
                return (
                  <RangeInput
                    key={spec.key}
                    label={spec.label}
                    value={value as RangeForm}
                    onChange={(v) => setField(spec.key, v)}
                    error={error}
                    hint={spec.hint}
                    unit={spec.unit}
                  />
                );
              case 'time':
              case 'number':
                return (
                  <div key={spec.key}>
                    <label className="mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200">
                      {spec.label}
                      <InlineInput
                        label={title}
                        inputMode={spec.kind === 'number' ? 'decimal' : undefined}
                        placeholder={spec.kind === 'time' ? 'HH:MM' : undefined}
                        value={value as string}
                        aria-invalid={error ? true : undefined}
                        onChange={(e) => setField(spec.key, e.target.value)}
                        className="mt-1 max-w-32"
                      />
                    </label>
                    <Hint>{spec.hint}</Hint>
                    <FieldError message={error} />
                  </div>
                );
            }
          })}
        </div>
      </details>
    </section>
  );
}
