/**
 * Shapes of the energy API (plan "HTTP API"; `docs/energy.md` for the site model's JSON).
 * The site model is kept loose where the server may add fields: the form keeps what it does not know.
 */
import type { ChartQuery } from '@/features/charts/types';
import type { ChartVisual } from '@/types/api';

/** A constant: `{value, unit}`. */
export type Quantity = { value: number; unit: string };

/**
 * A signal: bound to a dataset column (optionally filtered, optionally forecast from its history),
 * or a constant.
 */
export type Signal = {
  column?: string;
  dataset?: string;
  filter?: Record<string, string | number | boolean>;
  unit?: string;
  value?: number;
  forecast?: boolean;
  [key: string]: unknown;
};

export const ASSET_TYPES = ['chp', 'boiler', 'heat_recovery', 'pv', 'battery', 'flexible_load'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

export const ASSET_STATUSES = ['on', 'off', 'maintenance', 'derated'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export type Asset = {
  type: AssetType;
  name: string;
  /** The operator's setting, or (a chp) the signal holding `on` / `off` / `maintenance` per row. */
  status?: AssetStatus | Signal;
  /** 0..1 of the asset's maximum while `derated`. */
  derate?: number;
  [key: string]: unknown;
};

/**
 * Import price by time of day (`grid.tariff`): each period `[from, to)` in `HH:MM` (`24:00` for
 * midnight), on the listed days (`mon` … `sun`; none: every day); hours of no period cost `default`
 * (absent: the last period's price).
 */
export type TariffPeriod = { name: string; price: number; days?: string[]; from: string; to: string };
export type Tariff = { unit: string; periods: TariffPeriod[]; default?: number };

export type Override = { asset: string; status: AssetStatus; derate?: number; until?: string };

export type SiteModel = {
  dataset: string;
  time: string;
  step: string;
  demand: { electricity?: Signal; steam?: Signal; heat?: Signal; [key: string]: unknown };
  grid: {
    name?: string;
    importPrice?: Signal;
    tariff?: Tariff;
    exportPrice?: Signal;
    importLimit?: Quantity;
    exportLimit?: Quantity;
    export?: boolean;
    [key: string]: unknown;
  };
  assets: Asset[];
  constraints?: { minSteam?: Quantity; gridImportCap?: Quantity; [key: string]: unknown };
  overrides?: Override[];
  /** Currency per mass of CO₂, e.g. `{value: 80, unit: "EUR/t"}`. */
  carbonPrice?: Quantity;
  /** Per energy imported, e.g. `{column: "carbon_kg_per_kwh", unit: "kg/kWh"}`. */
  carbonIntensity?: Signal;
  /** Weather columns by name (`temperature`), which forecasts learn from. */
  weather?: Record<string, Signal>;
  [key: string]: unknown;
};

export type FitAsset = {
  name: string;
  target: string;
  coefficients: Record<string, number>;
  r2: number;
  mae: number;
  n: number;
  sample?: { actual: number[]; predicted: number[] };
};

export type Fit = { fittedAt: string; from?: string | null; to?: string | null; assets: FitAsset[] };

export type Site = {
  id: string;
  workspaceId: string;
  name: string;
  model: SiteModel;
  fit: Fit | null;
  createdAt: string;
  updatedAt: string;
  canEdit?: boolean;
};

/** `optimal`, `feasible` (a MILP heuristic's plan within its gap) or `time_limit` (the best plan when time ran out). */
export type RunStatus = 'optimal' | 'feasible' | 'time_limit' | string;

export type RunSummary = {
  id: string;
  createdAt: string;
  asOf: string | null;
  status: RunStatus;
  cost: number;
  baselineCost: number | null;
  savings: number | null;
  /** Savings over the baseline's cost, in percent. */
  savingsPercent?: number | null;
  /** `history` (today's practice from the data) or `merit_order`. */
  baselineKind?: string | null;
  /** The prices' currency, e.g. EUR. */
  currency?: string | null;
  solveMs: number;
  demand: 'forecast' | 'actual' | string;
  horizonHours: number;
  stepMinutes: number;
};

export type PlanCell = string | number | boolean | null | unknown[] | Record<string, unknown>;

export type RunStep = { ts: string; electricityPrice: number | null; steamPrice: number | null; binding: string[] };

export type Metrics = { mae?: number | null; cvRmse?: number | null; mase?: number | null };

export type ChartKind = 'dispatch' | 'steam' | 'soc' | 'price';

export type RunChart = { kind: ChartKind | string; title: string; query: ChartQuery; visual: ChartVisual };

export type Run = RunSummary & {
  siteId: string;
  plan: { columns: string[]; rows: PlanCell[][] };
  units?: Record<string, string>;
  explanation?: { summary: string; points: string[]; steps?: RunStep[] } | null;
  forecastMetrics?: Record<string, { model: string; xgboost?: Metrics | null; seasonalNaive?: Metrics | null }> | null;
  charts?: RunChart[];
};

export type RunInput = {
  asOf?: string;
  horizonHours?: number;
  stepMinutes?: number;
  demand?: 'forecast' | 'actual';
  overrides?: Override[];
  carbonPrice?: Quantity;
};
