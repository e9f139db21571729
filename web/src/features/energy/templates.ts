/** Starting models for a new site: the examples of docs/energy.md, an industrial plant and a home with PV and a battery. */
import type { SiteModel } from './types';

export type TemplateKey = 'plant' | 'home';

export const TEMPLATES: readonly { key: TemplateKey; label: string; dataset: string }[] = [
  { key: 'plant', label: 'Industrial plant (GTAs, boiler, heat recovery, steam)', dataset: 'plant_hourly' },
  { key: 'home', label: 'Home battery (PV, battery, time-of-use price)', dataset: 'home_hourly' },
];

const gta = (n: number, admissionMax: number, extractionMax: number, minPower: number) => ({
  type: 'chp' as const,
  name: `GTA ${n}`,
  admission: { column: `gta${n}_admission_tph`, unit: 't/h' },
  extraction: { column: `gta${n}_extraction_tph`, unit: 't/h' },
  power: { column: `gta${n}_power_mw`, unit: 'MW' },
  status: { column: `gta${n}_status` },
  admissionRange: [40, admissionMax],
  extractionRange: [10, extractionMax],
  minPower: { value: minPower, unit: 'MW' },
  steamCost: { value: 9.5, unit: 'EUR/t' },
});

/** The sample plant's model over `dataset` (columns of `plant_hourly`, docs/sample-data.md). */
export function plantTemplate(dataset = 'plant_hourly'): SiteModel {
  return {
    dataset,
    time: 'ts',
    step: 'PT1H',
    demand: {
      electricity: { column: 'electricity_demand_mw', unit: 'MW' },
      steam: { column: 'steam_demand_tph', unit: 't/h' },
    },
    grid: {
      name: 'Grid',
      importPrice: { column: 'price_eur_per_mwh', unit: 'EUR/MWh' },
      importLimit: { value: 90, unit: 'MW' },
      export: false,
    },
    assets: [
      gta(1, 180, 150, 5),
      gta(2, 180, 150, 5),
      gta(3, 160, 148, 5.5),
      {
        type: 'boiler',
        name: 'Boiler',
        steam: { column: 'boiler_steam_tph', unit: 't/h' },
        capacity: { value: 220, unit: 't/h' },
        steamCost: { value: 31, unit: 'EUR/t' },
      },
      { type: 'heat_recovery', name: 'Heat recovery', steam: { column: 'heat_recovery_steam_tph', unit: 't/h' } },
    ],
    constraints: { minSteam: { value: 200, unit: 't/h' } },
  };
}

/**
 * A home (`home_hourly` of the samples); `building` filters every signal to one home of a
 * multi-home dataset such as `home_energy` (a `building` column tells the homes apart).
 */
export function homeTemplate(dataset = 'home_hourly', building?: string): SiteModel {
  const bound = (column: string, unit: string) => (building ? { column, filter: { building }, unit } : { column, unit });
  return {
    dataset,
    time: 'ts',
    step: 'PT1H',
    demand: { electricity: bound('load_kwh', 'kWh') },
    grid: { name: 'Grid', importPrice: bound('price_usd_per_kwh', 'USD/kWh'), export: false },
    assets: [
      { type: 'pv', name: 'PV', production: bound('solar_kwh', 'kWh'), capacity: { value: 5, unit: 'kW' } },
      {
        type: 'battery',
        name: 'Battery',
        capacity: { value: 6.4, unit: 'kWh' },
        power: { value: 5, unit: 'kW' },
        efficiency: 0.9,
        socRange: [0, 1],
        initialSoc: 0,
        wearCost: { value: 0, unit: 'USD/kWh' },
      },
    ],
  };
}

/** The template's model over `dataset`; a home over a dataset with a `building` column is bound to its first home. */
export const templateModel = (key: TemplateKey, dataset?: string, columns: readonly string[] = []) =>
  key === 'plant'
    ? plantTemplate(dataset || undefined)
    : homeTemplate(dataset || undefined, columns.includes('building') ? 'Building 1' : undefined);
