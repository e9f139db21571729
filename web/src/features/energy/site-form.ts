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
  /** Forecast the signal from its history: the server's default when the model says nothing. */
  forecast: boolean;
  /** Whether the model wrote `forecast: true` itself (kept on the way back). */
  forecastStated?: boolean;
  extra: Record<string, unknown>;
};

export type QuantityForm = { value: string; unit: string };
export type RangeForm = { min: string; max: string };
export type FieldValue = SignalForm | QuantityForm | RangeForm | string;

export type FieldKind = 'signal' | 'quantity' | 'range' | 'number' | 'time';

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

/** `days`: `mon, tue, …` as typed; empty: every day. */
export type PeriodForm = { id: string; name: string; days: string; from: string; to: string; price: string };

export type WeatherForm = { id: string; name: string; signal: SignalForm };

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
    /** The price of hours no period covers; empty: the last period's. */
    tariffDefault: string;
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
  carbonPrice: QuantityForm;
  carbonIntensity: SignalForm;
  weather: WeatherForm[];
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
    { key: 'extractionRange', label: 'Extraction range', kind: 'range', unit: 't/h' },
    { key: 'minPower', label: 'Minimum power when on', kind: 'quantity', unit: 'MW' },
    { key: 'steamCost', label: 'Steam cost (per t admitted)', kind: 'quantity', required: true, unit: 'EUR/t' },
  ],
  boiler: [
    { key: 'steam', label: 'Steam', kind: 'signal', unit: 't/h' },
    { key: 'status', label: 'Status signal', kind: 'signal', hint: 'A column holding on, off or maintenance per row.' },
    { key: 'capacity', label: 'Capacity', kind: 'quantity', required: true, unit: 't/h' },
    { key: 'steamCost', label: 'Steam cost (per t made)', kind: 'quantity', required: true, unit: 'EUR/t' },
  ],
  heat_recovery: [
    { key: 'steam', label: 'Steam available', kind: 'signal', unit: 't/h', hint: 'What it can give each step; or set a capacity.' },
    { key: 'capacity', label: 'Capacity', kind: 'quantity', unit: 't/h' },
    { key: 'steamCost', label: 'Steam cost', kind: 'quantity', unit: 'EUR/t' },
  ],
  pv: [
    { key: 'production', label: 'Production', kind: 'signal', required: true, unit: 'kWh' },
    { key: 'status', label: 'Status signal', kind: 'signal', hint: 'A column holding on, off or maintenance per row.' },
    { key: 'capacity', label: 'Capacity', kind: 'quantity', unit: 'kW' },
  ],
  battery: [
    { key: 'capacity', label: 'Capacity', kind: 'quantity', required: true, unit: 'kWh' },
    { key: 'power', label: 'Power', kind: 'quantity', required: true, unit: 'kW' },
    { key: 'efficiency', label: 'Round-trip efficiency', kind: 'number', hint: 'A fraction, e.g. 0.9.' },
    { key: 'chargeEfficiency', label: 'Charge efficiency', kind: 'number', hint: 'Optional, instead of the round trip.' },
    { key: 'dischargeEfficiency', label: 'Discharge efficiency', kind: 'number', hint: 'Optional, instead of the round trip.' },
    { key: 'socRange', label: 'State of charge range', kind: 'range', hint: 'Shares of the capacity, 0 to 1.' },
    { key: 'initialSoc', label: 'Initial state of charge', kind: 'number', hint: 'A share of the capacity; empty: from the data or empty.' },
    { key: 'endSoc', label: 'End state of charge', kind: 'number', hint: 'A share of the capacity; empty: free.' },
    { key: 'wearCost', label: 'Wear cost (per kWh throughput)', kind: 'quantity', unit: 'EUR/kWh' },
    { key: 'status', label: 'Status signal', kind: 'signal', hint: 'A column holding on, off or maintenance per row.' },
  ],
  flexible_load: [
    { key: 'energy', label: 'Energy to deliver', kind: 'quantity', required: true, unit: 'kWh' },
    { key: 'powerMax', label: 'Maximum power', kind: 'quantity', required: true, unit: 'kW' },
    { key: 'from', label: 'Window from', kind: 'time', required: true, hint: 'Time of day, e.g. 08:00.' },
    { key: 'to', label: 'Window to', kind: 'time', required: true, hint: 'Time of day; 24:00 for midnight.' },
  ],
};

/** Signals whose unit may be left out: a status column holds words. */
const UNITLESS = new Set(['status']);

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
  forecast: true,
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
    forecast: s.forecast !== false,
    forecastStated: s.forecast === true,
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
    if (!form.forecast) signal.forecast = false;
    else if (form.forecastStated) signal.forecast = true;
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
  // a missing unit is sent empty: the server names the field that needs one
  return { value: Number(form.value), unit: form.unit.trim() } satisfies Quantity;
}

function fieldToForm(spec: FieldSpec, value: unknown): FieldValue {
  switch (spec.kind) {
    case 'signal':
      return signalToForm(value, spec.unit);
    case 'quantity':
      return quantityToForm(value, spec.unit);
    case 'range':
      return Array.isArray(value) ? { min: numText(value[0]), max: numText(value[1]) } : { min: '', max: '' };
    case 'time':
      return typeof value === 'string' ? value : '';
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
    case 'time':
      return (value as string).trim() || undefined;
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
    // `status` is a signal when an object, the operator's setting when a word
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

/**
 * Whether the operator's status travels as an override without an end rather than on the asset:
 * for the types whose `status` may be a column (chp, boiler, PV, battery), where `status` holds
 * the column and cannot also hold a word.
 */
const statusAsOverride = (asset: AssetForm) => ASSET_FIELDS[asset.type].some((spec) => spec.key === 'status');

const derateFraction = (percent: string) => Math.round(Number(percent) * 10) / 1000;

function assetFromForm(form: AssetForm): Asset {
  const asset: Asset = { ...form.extra, type: form.type, name: form.name.trim() };
  for (const spec of ASSET_FIELDS[form.type]) {
    const value = fieldFromForm(spec, form.fields[spec.key] ?? fieldToForm(spec, undefined));
    if (value !== undefined) asset[spec.key] = value;
  }
  if (form.status !== 'on' && !statusAsOverride(form)) {
    asset.status = form.status;
    if (form.status === 'derated') asset.derate = derateFraction(form.derate);
  }
  return asset;
}

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
    // open-ended, on an asset whose status may be a column: the operator's setting of that asset
    if (!o.until && asset && statusAsOverride(asset) && asset.status === 'on' && isStatus(o.status)) {
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
  const tariff = isObject(grid.tariff) ? (grid.tariff as Partial<Tariff>) : null;
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
      priceMode: tariff && !grid.importPrice ? 'tariff' : 'signal',
      importPrice: signalToForm(grid.importPrice),
      tariffUnit: tariff && typeof tariff.unit === 'string' ? tariff.unit : '',
      tariffDefault: numText(tariff?.default),
      periods: (Array.isArray(tariff?.periods) ? tariff.periods : []).map((p) => ({
        id: nextId('period'),
        name: p.name ?? '',
        days: Array.isArray(p.days) ? p.days.join(', ') : '',
        from: p.from ?? '',
        to: p.to ?? '',
        price: numText(p.price),
      })),
      importLimit: quantityToForm(grid.importLimit),
      exportEnabled: grid.export === true,
      exportPrice: signalToForm(grid.exportPrice),
      exportLimit: quantityToForm(grid.exportLimit),
      extra: omit(grid, ['importPrice', 'tariff', 'exportPrice', 'importLimit', 'exportLimit', 'export']),
    },
    assets,
    constraints: {
      minSteam: quantityToForm(constraints.minSteam, 't/h'),
      gridImportCap: quantityToForm(constraints.gridImportCap),
      extra: omit(constraints, ['minSteam', 'gridImportCap']),
    },
    overrides,
    carbonPrice: quantityToForm(m.carbonPrice, 'EUR/t'),
    carbonIntensity: signalToForm(m.carbonIntensity, 'kg/kWh'),
    weather: Object.entries(isObject(m.weather) ? m.weather : {}).map(([name, signal]) => ({
      id: nextId('weather'),
      name,
      signal: signalToForm(signal),
    })),
    extra: omit(m, [
      'weather',
      'dataset',
      'time',
      'step',
      'demand',
      'grid',
      'assets',
      'constraints',
      'overrides',
      'carbonPrice',
      'carbonIntensity',
    ]),
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
      unit: form.grid.tariffUnit.trim(),
      periods: form.grid.periods.map((p) => {
        const period: TariffPeriod = { name: p.name.trim(), price: Number(p.price), from: p.from, to: p.to };
        const days = splitDays(p.days);
        return days.length ? { ...period, days } : period;
      }),
    };
    if (form.grid.tariffDefault.trim()) tariff.default = Number(form.grid.tariffDefault);
    grid.tariff = tariff;
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
    if (asset.status !== 'on' && statusAsOverride(asset)) {
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
  const carbonPrice = quantityFromForm(form.carbonPrice);
  if (carbonPrice) model.carbonPrice = carbonPrice;
  const carbonIntensity = signalFromForm(form.carbonIntensity);
  if (carbonIntensity) model.carbonIntensity = carbonIntensity;
  const weather = form.weather.flatMap((w) => {
    const signal = signalFromForm(w.signal);
    return signal && w.name.trim() ? [[w.name.trim(), signal] as const] : [];
  });
  if (weather.length) model.weather = Object.fromEntries(weather);
  return model;
}

const splitDays = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const newPeriod = (): PeriodForm => ({ id: nextId('period'), name: '', days: '', from: '', to: '', price: '' });
export const newWeather = (): WeatherForm => ({
  id: nextId('weather'),
  name: '',
  signal: { ...emptySignal('°C'), source: 'column' },
});
export const newOverride = (asset = ''): OverrideForm => ({ id: nextId('override'), asset, status: 'off', derate: '', until: '' });

// ---- validation ------------------------------------------------------------------------

/** Messages by path (`name`, `assets.0.admission`, `grid.periods`, …); empty when the form can be saved. */
export type FormErrors = Record<string, string>;

const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

/**
 * What keeps the form from being saved: the rules of the server's reader that need no data,
 * and (where the page knows a dataset's columns) whether each bound column exists.
 * @param columns the columns of each dataset the page knows, by dataset name; a dataset it does not know is not checked
 */
export function validateSiteForm(form: SiteForm, columns: Record<string, readonly string[]> = {}): FormErrors {
  const errors: FormErrors = {};
  if (!form.name.trim()) errors.name = 'Give the site a name.';
  if (!form.dataset) errors.dataset = 'Pick the dataset the site reads.';
  else if (!form.time.trim()) errors.time = 'Pick the time column.';
  else if (columns[form.dataset] && !columns[form.dataset]!.includes(form.time))
    errors.time = `'${form.time}' is not a column of ${form.dataset}.`;

  const checkSignal = (path: string, label: string, signal: SignalForm, required: boolean, needsUnit = true) => {
    if (signal.source === 'none') {
      if (required) errors[path] = `Bind ${label.toLowerCase()} to a column or a constant.`;
      return;
    }
    if (signal.source === 'constant') {
      if (!isNumber(signal.value)) errors[path] = `${label}: the constant must be a number.`;
    } else {
      const dataset = signal.dataset || form.dataset;
      const known = columns[dataset];
      if (!signal.column.trim()) errors[path] = `${label}: pick a column.`;
      else if (known && !known.includes(signal.column)) errors[path] = `${label}: '${signal.column}' is not a column of ${dataset}.`;
      else if (signal.filters.some((f) => f.column.trim() && known && !known.includes(f.column)))
        errors[path] = `${label}: the filter's column is not a column of ${dataset}.`;
      if (errors[path]) return;
    }
    if (needsUnit && !signal.unit.trim()) errors[path] = `${label}: write its unit (MW, kWh, t/h, EUR/MWh…).`;
  };
  const checkQuantity = (path: string, label: string, q: QuantityForm, required: boolean) => {
    if (!q.value.trim()) {
      if (required) errors[path] = `${label} is required.`;
    } else if (!isNumber(q.value)) errors[path] = `${label} must be a number.`;
    else if (Number(q.value) < 0) errors[path] = `${label} cannot be negative.`;
    else if (!q.unit.trim()) errors[path] = `${label}: write its unit.`;
  };

  checkSignal('demand.electricity', 'Electricity demand', form.demand.electricity, true);
  checkSignal('demand.steam', 'Steam demand', form.demand.steam, false);
  checkSignal('demand.heat', 'Heat demand', form.demand.heat, false);

  if (form.grid.priceMode === 'signal') checkSignal('grid.importPrice', 'Import price', form.grid.importPrice, true);
  else if (!form.grid.tariffUnit.trim()) errors['grid.periods'] = 'Write the tariff’s unit, e.g. EUR/MWh.';
  else if (form.grid.periods.length === 0) errors['grid.periods'] = 'Add at least one tariff period.';
  else {
    form.grid.periods.some((p, i) => {
      const at = `Period ${i + 1}`;
      const badDay = splitDays(p.days).find((d) => !DAYS.some((day) => d.startsWith(day)));
      if (!p.name.trim()) errors['grid.periods'] = `${at}: give it a name, e.g. peak.`;
      else if (!HHMM.test(p.from) || !HHMM.test(p.to) || p.from === p.to)
        errors['grid.periods'] = `${at}: give its start and end as HH:MM, not equal.`;
      else if (!isNumber(p.price)) errors['grid.periods'] = `${at}: the price must be a number.`;
      else if (badDay) errors['grid.periods'] = `${at}: '${badDay}' is not a day; use mon, tue, wed, thu, fri, sat, sun.`;
      return !!errors['grid.periods'];
    });
    if (!errors['grid.periods'] && form.grid.tariffDefault.trim() && !isNumber(form.grid.tariffDefault))
      errors['grid.periods'] = 'The price of the other hours must be a number.';
  }
  checkQuantity('grid.importLimit', 'Import limit', form.grid.importLimit, false);
  if (form.grid.exportEnabled) {
    checkSignal('grid.exportPrice', 'Export price', form.grid.exportPrice, false);
    checkQuantity('grid.exportLimit', 'Export limit', form.grid.exportLimit, false);
  }

  const names = new Set<string>();
  form.assets.forEach((asset, i) => {
    const at = `assets.${i}`;
    const name = asset.name.trim();
    if (!name) errors[`${at}.name`] = 'Give the asset a name.';
    else if (name.includes('.') || name.length > 60)
      errors[`${at}.name`] = 'A name has at most 60 characters and no dot (plan columns are named <asset>.<quantity>).';
    else if (names.has(name.toLowerCase())) errors[`${at}.name`] = `Another asset is already named “${name}”.`;
    names.add(name.toLowerCase());
    if (asset.status === 'derated' && !(isNumber(asset.derate) && Number(asset.derate) > 0 && Number(asset.derate) < 100))
      errors[`${at}.derate`] = 'Derate is the percentage of the maximum still available, between 1 and 99.';
    for (const spec of ASSET_FIELDS[asset.type]) {
      const path = `${at}.${spec.key}`;
      const value = asset.fields[spec.key];
      if (value === undefined) continue;
      switch (spec.kind) {
        case 'signal':
          checkSignal(path, spec.label, value as SignalForm, !!spec.required, !UNITLESS.has(spec.key));
          break;
        case 'quantity':
          checkQuantity(path, spec.label, value as QuantityForm, !!spec.required);
          break;
        case 'range': {
          const r = value as RangeForm;
          if (!r.min.trim() && !r.max.trim()) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!isNumber(r.min) || !isNumber(r.max)) errors[path] = `${spec.label}: give a minimum and a maximum.`;
          else if (Number(r.min) < 0) errors[path] = `${spec.label}: the minimum cannot be negative.`;
          else if (Number(r.min) > Number(r.max)) errors[path] = `${spec.label}: the minimum is above the maximum.`;
          else if (spec.key === 'socRange' && Number(r.max) > 1)
            errors[path] = 'State of charge bounds are shares of the capacity, between 0 and 1.';
          break;
        }
        case 'time': {
          const text = (value as string).trim();
          if (!text) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!HHMM.test(text)) errors[path] = `${spec.label}: a time of day such as 08:00.`;
          break;
        }
        case 'number': {
          const text = value as string;
          if (!text.trim()) {
            if (spec.required) errors[path] = `${spec.label} is required.`;
          } else if (!isNumber(text)) errors[path] = `${spec.label} must be a number.`;
          else if (spec.key.endsWith('fficiency') && !(Number(text) > 0 && Number(text) <= 1))
            errors[path] = `${spec.label} is a fraction above 0 and at most 1.`;
          else if ((spec.key === 'initialSoc' || spec.key === 'endSoc') && !(Number(text) >= 0 && Number(text) <= 1))
            errors[path] = `${spec.label} is a share of the capacity, between 0 and 1.`;
          break;
        }
      }
    }
    if (asset.type === 'heat_recovery' && !errors[`${at}.steam`] && !errors[`${at}.capacity`]) {
      const steam = asset.fields.steam as SignalForm;
      const capacity = asset.fields.capacity as QuantityForm;
      if (steam.source === 'none' && !capacity.value.trim())
        errors[`${at}.steam`] = 'Bind the steam it can give to a column, or set a capacity.';
    }
  });

  checkQuantity('constraints.minSteam', 'Minimum steam', form.constraints.minSteam, false);
  if (form.constraints.minSteam.value.trim() && form.demand.steam.source === 'none' && !errors['constraints.minSteam'])
    errors['constraints.minSteam'] = 'A minimum steam needs a steam demand.';
  checkQuantity('constraints.gridImportCap', 'Grid import cap', form.constraints.gridImportCap, false);

  form.overrides.forEach((o, i) => {
    const at = `overrides.${i}`;
    if (!form.assets.some((a) => a.name.trim().toLowerCase() === o.asset.toLowerCase()))
      errors[`${at}.asset`] = 'Pick an asset of this site.';
    if (!o.until) errors[`${at}.until`] = 'A temporary override needs an end time.';
    if (o.status === 'derated' && !(isNumber(o.derate) && Number(o.derate) > 0 && Number(o.derate) < 100))
      errors[`${at}.derate`] = 'Derate is the percentage of the maximum still available, between 1 and 99.';
  });
  checkQuantity('carbonPrice', 'Carbon price', form.carbonPrice, false);
  checkSignal('carbonIntensity', 'Carbon intensity', form.carbonIntensity, false);
  const weatherNames = new Set<string>();
  form.weather.forEach((w, i) => {
    const at = `weather.${i}`;
    const name = w.name.trim();
    if (!name) errors[at] = 'Give the weather signal a name, e.g. temperature.';
    else if (weatherNames.has(name)) errors[at] = `Another weather signal is already named “${name}”.`;
    else if (w.signal.source !== 'column') errors[at] = `Weather ${name}: bind it to a column; forecasts learn from its history.`;
    else checkSignal(at, `Weather ${name}`, w.signal, true);
    weatherNames.add(name);
  });
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
