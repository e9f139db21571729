/**
 * The site editor's state and rules, pure: the model JSON becomes a form (strings for what is
 * typed), the form becomes the model again, and `validateSiteForm` says what is wrong in words.
 * Keys the form does not edit are kept (`extra`), so a model written by a script survives a save.
 */
import { ASSET_STATUSES, ASSET_TYPES } from './types';
import type { Asset, AssetStatus, AssetType, Override, Quantity, Signal, SiteModel, Tariff, TariffPeriod } from './types';

export type FilterPair = { column: string; value: string };

export type SignalSource = 'none' | 'column' | 'constant';

export type SignalForm = {
  source: SignalSource;
  /** Empty: the site's dataset. */
  dataset: string;
  column: string;
  filters: FilterPair[];
  unit: string;
  value: string;
  forecast: boolean;
  extra: Record<string, unknown>;
};

export type QuantityForm = { value: string; unit: string };
export type RangeForm = { min: string; max: string };
export type FieldValue = SignalForm | QuantityForm | RangeForm | string;

export type FieldKind = 'signal' | 'quantity' | 'range' | 'number' | 'window';

export type FieldSpec = {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** The unit a new asset starts with. */
  unit?: string;
  hint?: string;
};

export type AssetForm = {
  /** A React key, not sent. */
  id: string;
  type: AssetType;
  name: string;
  status: AssetStatus;
  /** Percent of the maximum while derated. */
  derate: string;
  fields: Record<string, FieldValue>;
  extra: Record<string, unknown>;
};

export type PeriodForm = { id: string; name: string; from: string; to: string; price: string };

export type OverrideForm = { id: string; asset: string; status: AssetStatus; derate: string; until: string; original?: string };

export type SiteForm = {
  name: string;
  dataset: string;
  time: string;
  step: string;
  demand: { electricity: SignalForm; steam: SignalForm; heat: SignalForm; extra: Record<string, unknown> };
  grid: {
    priceMode: 'signal' | 'tariff';
    importPrice: SignalForm;
    tariffUnit: string;
    periods: PeriodForm[];
    importLimit: QuantityForm;
    exportEnabled: boolean;
    exportPrice: SignalForm;
    exportLimit: QuantityForm;
    extra: Record<string, unknown>;
  };
  assets: AssetForm[];
  constraints: { minSteam: QuantityForm; gridImportCap: QuantityForm; extra: Record<string, unknown> };
  overrides: OverrideForm[];
  carbonPrice: string;
  extra: Record<string, unknown>;
};

export const ASSET_LABELS: Record<AssetType, string> = {
  chp: 'CHP (gas turbo-alternator)',
  boiler: 'Boiler',
  heat_recovery: 'Heat recovery',
  pv: 'PV',
  battery: 'Battery',
  flexible_load: 'Flexible load',
};

export const STATUS_LABELS: Record<AssetStatus, string> = {
  on: 'On',
  off: 'Off',
  maintenance: 'Maintenance',
  derated: 'Derated',
};

/** What each asset type binds and bounds, in the order the form shows it. */
export const ASSET_FIELDS: Record<AssetType, FieldSpec[]> = {
  chp: [
    { key: 'admission', label: 'Admission', kind: 'signal', required: true, unit: 't/h' },
    { key: 'extraction', label: 'Extraction', kind: 'signal', required: true, unit: 't/h' },
    { key: 'power', label: 'Power', kind: 'signal', required: true, unit: 'MW' },
    { key: 'status', label: 'Status signal', kind: 'signal', hint: 'A column holding on, off or maintenance per row.' },
    { key: 'admissionRange', label: 'Admission range', kind: 'range', required: true, unit: 't/h' },
    { key: 'extractionRange', label: 'Extraction range', kind: 'range', required: true, unit: 't/h' },
    { key: 'minPower', label: 'Minimum power when on', kind: 'quantity', unit: 'MW' },
    { key: 'steamCost', label: 'Steam cost (per t admitted)', kind: 'quantity', required: true, unit: 'EUR/t' },
  ],
  boiler: [
    { key: 'steam', label: 'Steam', kind: 'signal', unit: 't/h' },
    { key: 'capacity', label: 'Capacity', kind: 'quantity', required: true, unit: 't/h' },
    { key: 'steamCost', label: 'Steam cost (per t made)', kind: 'quantity', required: true, unit: 'EUR/t' },
  ],
  heat_recovery: [
    { key: 'steam', label: 'Steam available', kind: 'signal', required: true, unit: 't/h' },
    { key: 'capacity', label: 'Capacity', kind: 'quantity', unit: 't/h' },
    { key: 'steamCost', label: 'Steam cost', kind: 'quantity', unit: 'EUR/t' },
  ],
  pv: [{ key: 'production', label: 'Production', kind: 'signal', required: true, unit: 'kWh' }],
  battery: [
    { key: 'capacity', label: 'Capacity', kind: 'quantity', required: true, unit: 'kWh' },
    { key: 'power', label: 'Power', kind: 'quantity', required: true, unit: 'kW' },
    { key: 'efficiency', label: 'Round-trip efficiency', kind: 'number', required: true, hint: 'A fraction, e.g. 0.9.' },
    { key: 'socRange', label: 'State of charge range', kind: 'range', required: true, hint: 'Fractions of the capacity, 0 to 1.' },
    { key: 'initialSoc', label: 'Initial state of charge', kind: 'number', hint: 'A fraction; empty: from the data or empty.' },
    { key: 'endSoc', label: 'End state of charge', kind: 'number', hint: 'A fraction; empty: free.' },
    { key: 'wearCost', label: 'Wear cost (per kWh throughput)', kind: 'quantity', unit: 'EUR/kWh' },
  ],
  flexible_load: [
    { key: 'energy', label: 'Energy to deliver', kind: 'quantity', required: true, unit: 'kWh' },
    { key: 'powerMax', label: 'Maximum power', kind: 'quantity', required: true, unit: 'kW' },
    { key: 'window', label: 'Time window', kind: 'window', required: true, hint: 'HH:MM to HH:MM each day.' },
  ],
};

export const STEPS = [
  { value: 'PT1H', label: 'Hourly' },
  { value: 'PT15M', label: '15 minutes' },
] as const;

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const numText = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

function omit(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!keys.includes(key)) rest[key] = value;
  return rest;
}

// ---- signals ---------------------------------------------------------------------------

const SIGNAL_KEYS = ['column', 'dataset', 'filter', 'unit', 'value', 'forecast'] as const;

export const emptySignal = (unit = ''): SignalForm => ({
  source: 'none',
  dataset: '',
  column: '',
  filters: [],
  unit,
  value: '',
  forecast: false,
  extra: {},
});

export function signalToForm(signal: unknown, unit = ''): SignalForm {
  if (!isObject(signal)) return emptySignal(unit);
  const s = signal as Signal;
  const source: SignalSource = typeof s.column === 'string' ? 'column' : typeof s.value === 'number' ? 'constant' : 'none';
  return {
    source,
    dataset: typeof s.dataset === 'string' ? s.dataset : '',
    column: typeof s.column === 'string' ? s.column : '',
    filters: isObject(s.filter) ? Object.entries(s.filter).map(([column, value]) => ({ column, value: String(value) })) : [],
    unit: typeof s.unit === 'string' ? s.unit : source === 'none' ? unit : '',
    value: numText(s.value),
    forecast: s.forecast === true,
    extra: omit(s, SIGNAL_KEYS),
  };
}

export function signalFromForm(form: SignalForm): Signal | undefined {
  if (form.source === 'none') return undefined;
  const signal: Signal = { ...form.extra };
  if (form.source === 'column') {
    signal.column = form.column.trim();
    if (form.dataset) signal.dataset = form.dataset;
    const pairs = form.filters.filter((f) => f.column.trim());
    if (pairs.length) signal.filter = Object.fromEntries(pairs.map((f) => [f.column.trim(), f.value]));
    if (form.forecast) signal.forecast = true;
  } else {
    signal.value = Number(form.value);
  }
  if (form.unit.trim()) signal.unit = form.unit.trim();
  return signal;
}

// ---- quantities, ranges, numbers -------------------------------------------------------

export function quantityToForm(value: unknown, unit = ''): QuantityForm {
  if (typeof value === 'number') return { value: String(value), unit: '' };
  if (!isObject(value)) return { value: '', unit };
  return { value: numText(value.value), unit: typeof value.unit === 'string' ? value.unit : '' };
}

export function quantityFromForm(form: QuantityForm): Quantity | undefined {
  if (!form.value.trim()) return undefined;
  const quantity: Quantity = { value: Number(form.value) };
  if (form.unit.trim()) quantity.unit = form.unit.trim();
  return quantity;
}

function fieldToForm(spec: FieldSpec, value: unknown): FieldValue {
  switch (spec.kind) {
    case 'signal':
      return signalToForm(value, spec.unit);
    case 'quantity':
      return quantityToForm(value, spec.unit);
    case 'range':
      return Array.isArray(value) ? { min: numText(value[0]), max: numText(value[1]) } : { min: '', max: '' };
    case 'window':
      return isObject(value)
        ? { min: typeof value.from === 'string' ? value.from : '', max: typeof value.to === 'string' ? value.to : '' }
        : { min: '', max: '' };
    case 'number':
      return numText(value);
  }
}

function fieldFromForm(spec: FieldSpec, value: FieldValue): unknown {
  switch (spec.kind) {
    case 'signal':
      return signalFromForm(value as SignalForm);
    case 'quantity':
      return quantityFromForm(value as QuantityForm);
    case 'range': {
      const r = value as RangeForm;
      return r.min.trim() && r.max.trim() ? [Number(r.min), Number(r.max)] : undefined;
    }
    case 'window': {
      const r = value as RangeForm;
      return r.min && r.max ? { from: r.min, to: r.max } : undefined;
    }
    case 'number':
      return (value as string).trim() ? Number(value) : undefined;
  }
}

// ---- assets ----------------------------------------------------------------------------

const isStatus = (value: unknown): value is AssetStatus => ASSET_STATUSES.includes(value as AssetStatus);

export function newAsset(type: AssetType, existing: readonly AssetForm[] = []): AssetForm {
  const base = ASSET_LABELS[type].split(' (')[0]!;
  let name = base;
  for (let i = 2; existing.some((a) => a.name === name); i++) name = `${base} ${i}`;
  return {
    id: nextId('asset'),
    type,
    name,
    status: 'on',
    derate: '',
    fields: Object.fromEntries(ASSET_FIELDS[type].map((spec) => [spec.key, fieldToForm(spec, undefined)])),
    extra: {},
  };
}

function assetToForm(asset: Asset): AssetForm {
  const type = ASSET_TYPES.includes(asset.type) ? asset.type : 'chp';
  const specs = ASSET_FIELDS[type];
  const fields: Record<string, FieldValue> = {};
  for (const spec of specs) {
    // a chp's `status` is a signal when an object, the operator's setting when a word
    const raw = spec.key === 'status' && !isObject(asset.status) ? undefined : asset[spec.key];
    fields[spec.key] = fieldToForm(spec, raw);
  }
  return {
    id: nextId('asset'),
    type,
    name: asset.name ?? '',
    status: isStatus(asset.status) ? asset.status : 'on',
    derate: typeof asset.derate === 'number' ? String(Math.round(asset.derate * 1000) / 10) : '',
    fields,
    extra: omit(asset, ['type', 'name', 'status', 'derate', ...specs.map((s) => s.key)]),
  };
}

/** Whether the asset's status is bound to a column, so the operator's setting travels as an override. */
const hasStatusSignal = (asset: AssetForm) =>
  asset.type === 'chp' && (asset.fields.status as SignalForm | undefined)?.source === 'column';

const derateFraction = (percent: string) => Math.round(Number(percent) * 10) / 1000;

function assetFromForm(form: AssetForm): Asset {
  const asset: Asset = { ...form.extra, type: form.type, name: form.name.trim() };
  for (const spec of ASSET_FIELDS[form.type]) {
    const value = fieldFromForm(spec, form.fields[spec.key] ?? fieldToForm(spec, undefined));
    if (value !== undefined) asset[spec.key] = value;
  }
  if (form.status !== 'on' && !hasStatusSignal(form)) {
    asset.status = form.status;
    if (form.status === 'derated') asset.derate = derateFraction(form.derate);
  }
  return asset;
}

// ---- tariff periods --------------------------------------------------------------------

const isTariff = (value: unknown): value is Tariff => isObject(value) && Array.isArray(value.periods);

// ---- the whole model -------------------------------------------------------------------

const toLocalInput = (iso: string) => iso.slice(0, 16);
/** A `datetime-local` value read as UTC, the clock of the site's data. */
export const fromLocalInput = (value: string) => (value ? `${value.length === 16 ? `${value}:00` : value}Z` : '');

export function modelToForm(name: string, model: SiteModel): SiteForm {
  const m = isObject(model) ? model : ({} as SiteModel);
  const demand = isObject(m.demand) ? m.demand : {};
  const grid = isObject(m.grid) ? m.grid : {};
  const constraints = isObject(m.constraints) ? m.constraints : {};
  const assets = (Array.isArray(m.assets) ? m.assets : []).filter(isObject).map((a) => assetToForm(a as Asset));
  const overrides: OverrideForm[] = [];
  for (const o of (Array.isArray(m.overrides) ? m.overrides : []).filter(isObject) as Override[]) {
    const asset = assets.find((a) => a.name === o.asset);
    // open-ended, on an asset whose status is a column: the operator's setting of that asset
    if (!o.until && asset && hasStatusSignal(asset) && asset.status === 'on' && isStatus(o.status)) {
      asset.status = o.status;
      asset.derate = typeof o.derate === 'number' ? String(Math.round(o.derate * 1000) / 10) : '';
      continue;
    }
    overrides.push({
      id: nextId('override'),
      asset: o.asset ?? '',
      status: isStatus(o.status) ? o.status : 'off',
      derate: typeof o.derate === 'number' ? String(Math.round(o.derate * 1000) / 10) : '',
      until: typeof o.until === 'string' ? toLocalInput(o.until) : '',
      original: typeof o.until === 'string' ? o.until : undefined,
    });
  }
  const tariff = isTariff(grid.importPrice) ? grid.importPrice : null;
  return {
    name,
    dataset: typeof m.dataset === 'string' ? m.dataset : '',
    time: typeof m.time === 'string' ? m.time : '',
    step: typeof m.step === 'string' ? m.step : 'PT1H',
    demand: {
      electricity: signalToForm(demand.electricity),
      steam: signalToForm(demand.steam),
      heat: signalToForm(demand.heat),
      extra: omit(demand, ['electricity', 'steam', 'heat']),
    },
    grid: {
      priceMode: tariff ? 'tariff' : 'signal',
      importPrice: tariff ? emptySignal() : signalToForm(grid.importPrice),
      tariffUnit: tariff && typeof tariff.unit === 'string' ? tariff.unit : '',
      periods: (tariff?.periods ?? []).map((p) => ({
        id: nextId('period'),
        name: p.name ?? '',
        from: p.from ?? '',
        to: p.to ?? '',
        price: numText(p.price),
      })),
      importLimit: quantityToForm(grid.importLimit),
      exportEnabled: grid.export === true,
      exportPrice: signalToForm(grid.exportPrice),
      exportLimit: quantityToForm(grid.exportLimit),
      extra: omit(grid, ['importPrice', 'exportPrice', 'importLimit', 'exportLimit', 'export']),
    },
    assets,
    constraints: {
      minSteam: quantityToForm(constraints.minSteam, 't/h'),
      gridImportCap: quantityToForm(constraints.gridImportCap),
      extra: omit(constraints, ['minSteam', 'gridImportCap']),
    },
    overrides,
    carbonPrice: numText(m.carbonPrice),
    extra: omit(m, ['dataset', 'time', 'step', 'demand', 'grid', 'assets', 'constraints', 'overrides', 'carbonPrice']),
  };
}

export function formToModel(form: SiteForm): SiteModel {
  const demand: SiteModel['demand'] = { ...form.demand.extra };
  for (const key of ['electricity', 'steam', 'heat'] as const) {
    const signal = signalFromForm(form.demand[key]);
    if (signal) demand[key] = signal;
  }
  const grid: SiteModel['grid'] = { ...form.grid.extra };
  if (form.grid.priceMode === 'tariff') {
    const tariff: Tariff = {
      periods: form.grid.periods.map((p) => {
        const period: TariffPeriod = { from: p.from, to: p.to, price: Number(p.price) };
        return p.name.trim() ? { name: p.name.trim(), ...period } : period;
      }),
    };
    if (form.grid.tariffUnit.trim()) tariff.unit = form.grid.tariffUnit.trim();
    grid.importPrice = tariff;
  } else {
    const price = signalFromForm(form.grid.importPrice);
    if (price) grid.importPrice = price;
  }
  const importLimit = quantityFromForm(form.grid.importLimit);
  if (importLimit) grid.importLimit = importLimit;
  grid.export = form.grid.exportEnabled;
  if (form.grid.exportEnabled) {
    const exportPrice = signalFromForm(form.grid.exportPrice);
    if (exportPrice) grid.exportPrice = exportPrice;
    const exportLimit = quantityFromForm(form.grid.exportLimit);
    if (exportLimit) grid.exportLimit = exportLimit;
  }

  const model: SiteModel = {
    ...form.extra,
    dataset: form.dataset,
    time: form.time,
    step: form.step,
    demand,
    grid,
    assets: form.assets.map(assetFromForm),
  };
  const constraints: NonNullable<SiteModel['constraints']> = { ...form.constraints.extra };
  const minSteam = quantityFromForm(form.constraints.minSteam);
  if (minSteam) constraints.minSteam = minSteam;
  const cap = quantityFromForm(form.constraints.gridImportCap);
  if (cap) constraints.gridImportCap = cap;
  if (Object.keys(constraints).length) model.constraints = constraints;

  const overrides: Override[] = [];
  for (const asset of form.assets) {
    if (asset.status !== 'on' && hasStatusSignal(asset)) {
      const o: Override = { asset: asset.name.trim(), status: asset.status };
      if (asset.status === 'derated') o.derate = derateFraction(asset.derate);
      overrides.push(o);
    }
  }
  for (const o of form.overrides) {
    const override: Override = { asset: o.asset, status: o.status };
    if (o.status === 'derated') override.derate = derateFraction(o.derate);
    if (o.until) override.until = o.original && toLocalInput(o.original) === o.until ? o.original : fromLocalInput(o.until);
    overrides.push(override);
  }
  if (overrides.length) model.overrides = overrides;
  if (form.carbonPrice.trim()) model.carbonPrice = Number(form.carbonPrice);
  return model;
}

export const newPeriod = (): PeriodForm => ({ id: nextId('period'), name: '', from: '', to: '', price: '' });
export const newOverride = (asset = ''): OverrideForm => ({ id: nextId('override'), asset, status: 'off', derate: '', until: '' });

// ---- validation ------------------------------------------------------------------------

/** Messages by path (`name`, `assets.0.admission`, `grid.periods`, …); empty when the form can be saved. */
export type FormErrors = Record<string, string>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

/** Gaps and overlaps of a day's tariff periods, in words; null when they cover the day once. */
export function tariffProblem(periods: readonly { from: string; to: string }[]): string | null {
  const cover = new Array<number>(1440).fill(0);
  for (const p of periods) {
    const start = minutes(p.from);
    const end = minutes(p.to);
    const length = end > start ? end - start : 1440 - start + end;
    for (let i = 0; i < length; i++) cover[(start + i) % 1440]! += 1;
  }
  const overlap = cover.findIndex((c) => c > 1);
  if (overlap >= 0) return `Two periods both cover ${hhmm(overlap)}.`;
  const gap = cover.findIndex((c) => c === 0);
  if (gap >= 0) {
    let end = gap;
    while (end < 1440 && cover[end] === 0) end++;
    return `No period covers ${hhmm(gap)}–${hhmm(end % 1440)}: give every hour of the day a price.`;
  }
  return null;
}

/**
 * What keeps the form from being saved.
 * @param columns the columns of each dataset the page knows, by dataset name; a dataset it does not know is not checked
 */
export function validateSiteForm(form: SiteForm, columns: Record<string, readonly string[]> = {}): FormErrors {
  const errors: FormErrors = {};
  if (!form.name.trim()) errors.name = 'Give the site a name.';
  if (!form.dataset) errors.dataset = 'Pick the dataset the site reads.';
  else if (!form.time.trim()) errors.time = 'Pick the time column.';
  else if (columns[form.dataset] && !columns[form.dataset]!.includes(form.time))
    errors.time = `'${form.time}' is not a column of ${form.dataset}.`;

  const checkSignal = (path: string, label: string, signal: SignalForm, required: boolean) => {
    if (signal.source === 'none') {
      if (required) errors[path] = `Bind ${label.toLowerCase()} to a column or a constant.`;
      return;
    }
    if (signal.source === 'constant') {
      if (!isNumber(signal.value)) errors[path] = `${label}: the constant must be a number.`;
      return;
    }
    const dataset = signal.dataset || form.dataset;
    if (!signal.column.trim()) errors[path] = `${label}: pick a column.`;
    else if (columns[dataset] && !columns[dataset]!.includes(signal.column))
      errors[path] = `${label}: '${signal.column}' is not a column of ${dataset}.`;
    else if (signal.filters.some((f) => f.column.trim() && columns[dataset] && !columns[dataset]!.includes(f.column)))
      errors[path] = `${label}: the filter's column is not a column of ${dataset}.`;
  };

  checkSignal('demand.electricity', 'Electricity demand', form.demand.electricity, true);
  checkSignal('demand.steam', 'Steam demand', form.demand.steam, false);
  checkSignal('demand.heat', 'Heat demand', form.demand.heat, false);

  if (form.grid.priceMode === 'signal') checkSignal('grid.importPrice', 'Import price', form.grid.importPrice, true);
  else if (form.grid.periods.length === 0) errors['grid.periods'] = 'Add at least one tariff period.';
  else {
    const bad = form.grid.periods.findIndex((p) => !HHMM.test(p.from) || !HHMM.test(p.to) || p.from === p.to);
    const price = form.grid.periods.findIndex((p) => !isNumber(p.price));
    if (bad >= 0) errors['grid.periods'] = `Period ${bad + 1}: give its start and end as HH:MM, not equal.`;
    else if (price >= 0) errors['grid.periods'] = `Period ${price + 1}: the price must be a number.`;
    else {
      const problem = tariffProblem(form.grid.periods);
      if (problem) errors['grid.periods'] = problem;
    }
  }
  if (form.grid.importLimit.value && !isNumber(form.grid.importLimit.value))
    errors['grid.importLimit'] = 'Import limit must be a number.';
  if (form.grid.exportEnabled) {
    checkSignal('grid.exportPrice', 'Export price', form.grid.exportPrice, false);
    if (form.grid.exportLimit.value && !isNumber(form.grid.exportLimit.value))
      errors['grid.exportLimit'] = 'Export limit must be a number.';
  }

  const names = new Set<string>();
  form.assets.forEach((asset, i) => {
    const at = `assets.${i}`;
    const name = asset.name.trim();
    if (!name) errors[`${at}.name`] = 'Give the asset a name.';
    else if (names.has(name)) errors[`${at}.name`] = `Another asset is already named “${name}”.`;
    names.add(name);
    if (asset.status === 'derated' && !(isNumber(asset.derate) && Number(asset.derate) > 0 && Number(asset.derate) < 100))
      errors[`${at}.derate`] = 'Derate is the percentage of the maximum still available, between 1 and 99.';
    for (const spec of ASSET_FIELDS[asset.type]) {
      const path = `${at}.${spec.key}`;
      const value = asset.fields[spec.key];
      if (value === undefined) continue;
      switch (spec.kind) {
        case 'signal':
          checkSignal(path, spec.label, value as SignalForm, !!spec.required);
          break;
        case 'quantity': {
          const q = value as QuantityForm;
          if (!q.value.trim()) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!isNumber(q.value)) errors[path] = `${spec.label} must be a number.`;
          else if (Number(q.value) < 0) errors[path] = `${spec.label} cannot be negative.`;
          break;
        }
        case 'range': {
          const r = value as RangeForm;
          if (!r.min.trim() && !r.max.trim()) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!isNumber(r.min) || !isNumber(r.max)) errors[path] = `${spec.label}: give a minimum and a maximum.`;
          else if (Number(r.min) > Number(r.max)) errors[path] = `${spec.label}: the minimum is above the maximum.`;
          else if (spec.key === 'socRange' && (Number(r.min) < 0 || Number(r.max) > 1))
            errors[path] = 'State of charge bounds are fractions between 0 and 1.';
          break;
        }
        case 'window': {
          const r = value as RangeForm;
          if (!r.min && !r.max) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!HHMM.test(r.min) || !HHMM.test(r.max)) errors[path] = `${spec.label}: give both ends as HH:MM.`;
          break;
        }
        case 'number': {
          const text = value as string;
          if (!text.trim()) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!isNumber(text)) errors[path] = `${spec.label} must be a number.`;
          else if (spec.key === 'efficiency' && !(Number(text) > 0 && Number(text) <= 1))
            errors[path] = 'Efficiency is a fraction above 0 and at most 1.';
          else if ((spec.key === 'initialSoc' || spec.key === 'endSoc') && !(Number(text) >= 0 && Number(text) <= 1))
            errors[path] = `${spec.label} is a fraction between 0 and 1.`;
          break;
        }
      }
    }
  });

  if (form.constraints.minSteam.value && !isNumber(form.constraints.minSteam.value))
    errors['constraints.minSteam'] = 'Minimum steam must be a number.';
  if (form.constraints.gridImportCap.value && !isNumber(form.constraints.gridImportCap.value))
    errors['constraints.gridImportCap'] = 'Grid import cap must be a number.';

  form.overrides.forEach((o, i) => {
    const at = `overrides.${i}`;
    if (!form.assets.some((a) => a.name.trim() === o.asset)) errors[`${at}.asset`] = 'Pick an asset of this site.';
    if (!o.until) errors[`${at}.until`] = 'A temporary override needs an end time.';
    if (o.status === 'derated' && !(isNumber(o.derate) && Number(o.derate) > 0 && Number(o.derate) < 100))
      errors[`${at}.derate`] = 'Derate is the percentage of the maximum still available, between 1 and 99.';
  });
  if (form.carbonPrice.trim() && !isNumber(form.carbonPrice)) errors.carbonPrice = 'Carbon price must be a number.';
  return errors;
}

/** Parses the Advanced JSON; the message says where it fails. */
export function parseModelJson(text: string): { model: SiteModel } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (!isObject(value)) return { error: 'The JSON must be an object: {"dataset": …, "assets": […]}.' };
    return { model: value as SiteModel };
  } catch (e) {
    return { error: `The JSON does not parse: ${e instanceof Error ? e.message : String(e)}` };
  }
}
