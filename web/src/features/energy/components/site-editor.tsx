import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { InlineInput, InlineSelect, SelectField, TextField } from '@/components/field';
import type { DatasetSummary } from '@/types/api';
import { ASSET_LABELS, ASSET_FIELDS, STATUS_LABELS, STEPS, newAsset, newOverride, newPeriod, newWeather } from '../site-form';
import type { AssetForm, FormErrors, SiteForm } from '../site-form';
import { ASSET_STATUSES, ASSET_TYPES } from '../types';
import type { AssetStatus, AssetType } from '../types';
import { AssetEditor } from './asset-editor';
import { FieldError, QuantityInput, SignalEditor } from './editor-fields';

/** The editor's state, kept by the page so that switching tabs loses nothing. */
export type EditorState = {
  form: SiteForm;
  /** The Advanced JSON is shown (and is what a save sends). */
  json: boolean;
  jsonText: string;
  jsonError: string | null;
  /** Validation messages show once a save was tried. */
  showErrors: boolean;
};

function Group({ title, children, description }: { title: string; children: ReactNode; description?: ReactNode }) {
  return (
    <fieldset className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      <legend className="pr-2 text-sm font-semibold text-slate-900 dark:text-slate-50">{title}</legend>
      {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      {children}
    </fieldset>
  );
}

/** Which part of the form a message's path points at, for the list above the Save button. */
function where(path: string, form: SiteForm): string {
  const asset = /^assets\.(\d+)\.(\w+)/.exec(path);
  if (asset) return form.assets[Number(asset[1])]?.name.trim() || `Asset ${Number(asset[1]) + 1}`;
  const override = /^overrides\.(\d+)/.exec(path);
  if (override) return `Override ${Number(override[1]) + 1}`;
  if (path.startsWith('demand.')) return 'Demand';
  if (path.startsWith('grid.')) return 'Grid';
  if (path.startsWith('constraints.')) return 'Constraints';
  if (path.startsWith('weather.')) return 'Weather';
  return 'General';
}

/**
 * The site model as a form: general, demand, grid, assets, business constraints, overrides;
 * "Advanced: JSON" shows the same model as JSON to read or edit.
 */
export function SiteEditor({
  state,
  onChange,
  datasets,
  errors,
  readOnly,
  dirty,
  onSave,
  saving,
  saveError,
  saved,
  onToggleJson,
}: {
  state: EditorState;
  onChange: (state: EditorState) => void;
  datasets: readonly DatasetSummary[];
  errors: FormErrors;
  readOnly: boolean;
  dirty: boolean;
  onSave: () => void;
  saving: boolean;
  saveError: unknown;
  saved: string | null;
  onToggleJson: (on: boolean) => void;
}) {
  const { form } = state;
  const jsonId = useId();
  const [addType, setAddType] = useState<AssetType>('chp');
  const setForm = (patch: Partial<SiteForm>) => onChange({ ...state, form: { ...form, ...patch } });
  const shown = state.showErrors ? errors : {};
  const dataset = datasets.find((d) => d.name === form.dataset);
  const timeColumns = dataset?.columns.filter((c) => c.type === 'timestamp' || c.type === 'date').map((c) => c.name) ?? [];
  const setAsset = (i: number, asset: AssetForm) => setForm({ assets: form.assets.map((a, j) => (j === i ? asset : a)) });
  const assetNames = form.assets.map((a) => a.name.trim()).filter(Boolean);
  const messages = Object.entries(shown);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };

  return (
    <form onSubmit={submit} aria-label="Site model" className="space-y-5">
      <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <input type="checkbox" checked={state.json} onChange={(e) => onToggleJson(e.target.checked)} />
        Advanced: JSON
      </label>
      {state.json ? (
        <div>
          <label htmlFor={jsonId} className="mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200">
            Model JSON
          </label>
          <textarea
            id={jsonId}
            value={state.jsonText}
            readOnly={readOnly}
            spellCheck={false}
            onChange={(e) => onChange({ ...state, jsonText: e.target.value, jsonError: null })}
            rows={24}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            The format is in docs/energy.md. Unticking "Advanced: JSON" reads it back into the form.
          </p>
          {state.jsonError && (
            <Alert tone="error" className="mt-2">
              {state.jsonError}
            </Alert>
          )}
        </div>
      ) : (
        <fieldset disabled={readOnly} className="space-y-5">
          <Group title="General">
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <TextField label="Site name" value={form.name} onChange={(e) => setForm({ name: e.target.value })} error={shown.name} />
              <SelectField
                label="Dataset"
                value={form.dataset}
                onChange={(e) => setForm({ dataset: e.target.value })}
                error={shown.dataset}
              >
                <option value="">Pick a dataset…</option>
                {form.dataset && !datasets.some((d) => d.name === form.dataset) && <option value={form.dataset}>{form.dataset}</option>}
                {datasets.map((d) => (
                  <option key={d.id} value={d.name}>
                    {d.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="Time column"
                value={form.time}
                onChange={(e) => setForm({ time: e.target.value })}
                error={shown.time}
              >
                <option value="">Pick a column…</option>
                {[...new Set([...(form.time ? [form.time] : []), ...timeColumns, ...(dataset?.columns.map((c) => c.name) ?? [])])].map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Step" value={form.step} onChange={(e) => setForm({ step: e.target.value })}>
                {!STEPS.some((s) => s.value === form.step) && <option value={form.step}>{form.step}</option>}
                {STEPS.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <QuantityInput
                label="Carbon price"
                value={form.carbonPrice}
                onChange={(v) => setForm({ carbonPrice: v })}
                error={shown.carbonPrice}
                hint="Optional, e.g. 80 EUR/t; the plan then minimizes cost plus carbon."
              />
              <SignalEditor
                label="Carbon intensity"
                value={form.carbonIntensity}
                onChange={(v) => setForm({ carbonIntensity: v })}
                datasets={datasets}
                siteDataset={form.dataset}
                error={shown.carbonIntensity}
                hint="Of grid electricity, e.g. kg/kWh; needed for a carbon price to count."
              />
            </div>
          </Group>

          <Group title="Demand">
            {(['electricity', 'steam', 'heat'] as const).map((key) => (
              <SignalEditor
                key={key}
                label={`${key[0]!.toUpperCase()}${key.slice(1)} demand`}
                value={form.demand[key]}
                onChange={(v) => setForm({ demand: { ...form.demand, [key]: v } })}
                datasets={datasets}
                siteDataset={form.dataset}
                error={shown[`demand.${key}`]}
                required={key === 'electricity'}
              />
            ))}
          </Group>

          <Group title="Weather" description="Columns forecasts learn from besides the calendar, e.g. the outdoor temperature (history up to As of only).">
            {form.weather.map((w, i) => {
              const setWeather = (patch: Partial<typeof w>) =>
                setForm({ weather: form.weather.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
              return (
                <div key={w.id} className="space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <InlineInput
                      label={`Weather ${i + 1} name`}
                      placeholder="temperature"
                      value={w.name}
                      onChange={(e) => setWeather({ name: e.target.value })}
                      className="max-w-48"
                    />
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Remove weather ${i + 1}`}
                      onClick={() => setForm({ weather: form.weather.filter((_, j) => j !== i) })}
                    >
                      Remove
                    </Button>
                  </div>
                  <SignalEditor
                    label={`Weather ${w.name.trim() || i + 1}`}
                    value={w.signal}
                    onChange={(signal) => setWeather({ signal })}
                    datasets={datasets}
                    siteDataset={form.dataset}
                    error={shown[`weather.${i}`]}
                  />
                </div>
              );
            })}
            <Button variant="secondary" size="sm" onClick={() => setForm({ weather: [...form.weather, newWeather()] })}>
              + Weather
            </Button>
          </Group>

          <Group title="Grid">
            <div className="flex flex-wrap gap-4 text-sm text-slate-800 dark:text-slate-200" role="radiogroup" aria-label="Import price from">
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="priceMode"
                  checked={form.grid.priceMode === 'signal'}
                  onChange={() => setForm({ grid: { ...form.grid, priceMode: 'signal' } })}
                />
                Import price from a column
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="priceMode"
                  checked={form.grid.priceMode === 'tariff'}
                  onChange={() => setForm({ grid: { ...form.grid, priceMode: 'tariff' } })}
                />
                Tariff periods
              </label>
            </div>
            {form.grid.priceMode === 'signal' ? (
              <SignalEditor
                label="Import price"
                value={form.grid.importPrice}
                onChange={(v) => setForm({ grid: { ...form.grid, importPrice: v } })}
                datasets={datasets}
                siteDataset={form.dataset}
                error={shown['grid.importPrice']}
                required
              />
            ) : (
              <div className="space-y-2">
                {form.grid.periods.map((p, i) => {
                  const setPeriod = (patch: Partial<typeof p>) =>
                    setForm({ grid: { ...form.grid, periods: form.grid.periods.map((q, j) => (j === i ? { ...q, ...patch } : q)) } });
                  return (
                    <div key={p.id} className="flex flex-wrap items-center gap-2">
                      <InlineInput label={`Period ${i + 1} name`} placeholder="peak" value={p.name} onChange={(e) => setPeriod({ name: e.target.value })} className="max-w-32" />
                      <InlineInput label={`Period ${i + 1} days`} placeholder="every day" value={p.days} onChange={(e) => setPeriod({ days: e.target.value })} className="max-w-44" />
                      <InlineInput label={`Period ${i + 1} from`} type="time" value={p.from} onChange={(e) => setPeriod({ from: e.target.value })} className="max-w-32" />
                      <span aria-hidden>to</span>
                      <InlineInput label={`Period ${i + 1} to`} type="time" value={p.to} onChange={(e) => setPeriod({ to: e.target.value })} className="max-w-32" />
                      <InlineInput label={`Period ${i + 1} price`} inputMode="decimal" placeholder="price" value={p.price} onChange={(e) => setPeriod({ price: e.target.value })} className="max-w-28" />
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={`Remove period ${i + 1}`}
                        onClick={() => setForm({ grid: { ...form.grid, periods: form.grid.periods.filter((_, j) => j !== i) } })}
                      >
                        Remove
                      </Button>
                    </div>
                  );
                })}
                <div className="flex flex-wrap items-center gap-3">
                  <Button variant="secondary" size="sm" onClick={() => setForm({ grid: { ...form.grid, periods: [...form.grid.periods, newPeriod()] } })}>
                    + Period
                  </Button>
                  <label className="flex items-center gap-2 text-sm">
                    Price unit
                    <InlineInput label="Tariff unit" placeholder="EUR/MWh" value={form.grid.tariffUnit} onChange={(e) => setForm({ grid: { ...form.grid, tariffUnit: e.target.value } })} className="max-w-32" />
                  </label>
                  <label className="flex items-center gap-2 text-sm">
                    Other hours
                    <InlineInput label="Tariff default price" placeholder="last period's" value={form.grid.tariffDefault} onChange={(e) => setForm({ grid: { ...form.grid, tariffDefault: e.target.value } })} className="max-w-32" />
                  </label>
                </div>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  Each period from HH:MM to HH:MM (24:00 for midnight) on its days (mon, tue, … ; empty: every day); hours of no period cost the
                  other hours' price.
                </p>
                <FieldError message={shown['grid.periods']} />
              </div>
            )}
            <div className="grid gap-4 sm:grid-cols-2">
              <QuantityInput
                label="Import limit"
                value={form.grid.importLimit}
                onChange={(v) => setForm({ grid: { ...form.grid, importLimit: v } })}
                error={shown['grid.importLimit']}
                hint="The connection's rating; empty: none."
              />
            </div>
            <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
              <input
                type="checkbox"
                checked={form.grid.exportEnabled}
                onChange={(e) => setForm({ grid: { ...form.grid, exportEnabled: e.target.checked } })}
              />
              The site may export to the grid
            </label>
            {form.grid.exportEnabled && (
              <div className="space-y-3">
                <SignalEditor
                  label="Export price"
                  value={form.grid.exportPrice}
                  onChange={(v) => setForm({ grid: { ...form.grid, exportPrice: v } })}
                  datasets={datasets}
                  siteDataset={form.dataset}
                  error={shown['grid.exportPrice']}
                  hint="Not bound: exports earn nothing."
                />
                <QuantityInput
                  label="Export limit"
                  value={form.grid.exportLimit}
                  onChange={(v) => setForm({ grid: { ...form.grid, exportLimit: v } })}
                  error={shown['grid.exportLimit']}
                />
              </div>
            )}
          </Group>

          <Group title="Assets" description="Status applies to every run until changed; a temporary change with an end time goes under Overrides.">
            {form.assets.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No assets yet.</p>}
            {form.assets.map((asset, i) => (
              <AssetEditor
                key={asset.id}
                asset={asset}
                index={i}
                onChange={(a) => setAsset(i, a)}
                onRemove={() => setForm({ assets: form.assets.filter((_, j) => j !== i) })}
                datasets={datasets}
                siteDataset={form.dataset}
                errors={shown}
              />
            ))}
            <div className="flex flex-wrap items-center gap-2">
              <InlineSelect label="Type of asset to add" value={addType} onChange={(e) => setAddType(e.target.value as AssetType)}>
                {ASSET_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {ASSET_LABELS[t]}
                  </option>
                ))}
              </InlineSelect>
              <Button variant="secondary" size="sm" onClick={() => setForm({ assets: [...form.assets, newAsset(addType, form.assets)] })}>
                Add asset
              </Button>
              <span className="text-xs text-slate-500 dark:text-slate-400">
                {ASSET_FIELDS[addType].map((s) => s.label.toLowerCase()).join(', ')}
              </span>
            </div>
          </Group>

          <Group title="Business constraints">
            <div className="grid gap-4 sm:grid-cols-2">
              <QuantityInput
                label="Minimum steam"
                value={form.constraints.minSteam}
                onChange={(v) => setForm({ constraints: { ...form.constraints, minSteam: v } })}
                error={shown['constraints.minSteam']}
                hint="What a client needs at least, every step; empty: none."
              />
              <QuantityInput
                label="Grid import cap"
                value={form.constraints.gridImportCap}
                onChange={(v) => setForm({ constraints: { ...form.constraints, gridImportCap: v } })}
                error={shown['constraints.gridImportCap']}
                hint="A contractual cap below the connection's limit; empty: none."
              />
            </div>
          </Group>

          <Group title="Overrides" description="Temporary: an asset's status until an end time (UTC), e.g. GTA 2 off until Friday.">
            {form.overrides.map((o, i) => {
              const setOverride = (patch: Partial<typeof o>) =>
                setForm({ overrides: form.overrides.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
              return (
                <div key={o.id}>
                  <div className="flex flex-wrap items-center gap-2">
                    <InlineSelect label={`Override ${i + 1} asset`} value={o.asset} onChange={(e) => setOverride({ asset: e.target.value })}>
                      <option value="">Pick an asset…</option>
                      {[...new Set([...(o.asset ? [o.asset] : []), ...assetNames])].map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </InlineSelect>
                    <InlineSelect
                      label={`Override ${i + 1} status`}
                      value={o.status}
                      onChange={(e) => setOverride({ status: e.target.value as AssetStatus })}
                    >
                      {ASSET_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {STATUS_LABELS[s]}
                        </option>
                      ))}
                    </InlineSelect>
                    {o.status === 'derated' && (
                      <InlineInput
                        label={`Override ${i + 1} derate percent`}
                        placeholder="% available"
                        value={o.derate}
                        onChange={(e) => setOverride({ derate: e.target.value })}
                        className="max-w-28"
                      />
                    )}
                    <span className="text-sm">until</span>
                    <InlineInput
                      label={`Override ${i + 1} until`}
                      type="datetime-local"
                      value={o.until}
                      onChange={(e) => setOverride({ until: e.target.value })}
                      className="max-w-56"
                    />
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Remove override ${i + 1}`}
                      onClick={() => setForm({ overrides: form.overrides.filter((_, j) => j !== i) })}
                    >
                      Remove
                    </Button>
                  </div>
                  <FieldError message={shown[`overrides.${i}.asset`]} />
                  <FieldError message={shown[`overrides.${i}.derate`]} />
                  <FieldError message={shown[`overrides.${i}.until`]} />
                </div>
              );
            })}
            <Button variant="secondary" size="sm" onClick={() => setForm({ overrides: [...form.overrides, newOverride(assetNames[0])] })}>
              + Override
            </Button>
          </Group>
        </fieldset>
      )}

      {messages.length > 0 && !state.json && (
        <Alert tone="error">
          <p className="font-medium">Fix these before saving:</p>
          <ul className="mt-1 list-disc pl-5">
            {messages.map(([path, message]) => (
              <li key={path}>
                {where(path, form)}: {message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <ErrorAlert error={saveError} />
      {saved && !dirty && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {saved}
        </p>
      )}
      {!readOnly && (
        <div className="flex items-center gap-3">
          <Button type="submit" pending={saving}>
            Save
          </Button>
          {dirty && <span className="text-sm text-amber-700 dark:text-amber-400">Unsaved changes</span>}
        </div>
      )}
    </form>
  );
}
