/** Starting models for a new site: an industrial plant (docs/energy.md) and a home with PV and a battery. */
import type { SiteModel } from './types';

export type TemplateKey = 'plant' | 'home';

export const TEMPLATES: readonly { key: TemplateKey; label: string; dataset: string }[] = [
  { key: 'plant', label: 'Industrial plant (GTAs, boiler, heat recovery, steam)', dataset: 'plant_hourly' },
  { key: 'home', label: 'Home battery (PV, battery, time-of-use price)', dataset: 'home_energy' },
];

const gta = (n: number, admissionMax: number, minPower: number) => ({
  type: 'chp' as const,
  name: `GTA ${n}`,
  admission: { column: `gta${n}_admission_tph`, unit: 't/h' },
  extraction: { column: `gta${n}_extraction_tph`, unit: 't/h' },
  power: { column: `gta${n}_power_mw`, unit: 'MW' },
  status: { column: `gta${n}_status` },
  admissionRange: [40, admissionMax],
  extractionRange: [0, admissionMax - 12],
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
      importPrice: { column: 'price_eur_per_mwh', unit: 'EUR/MWh' },
      importLimit: { value: 90, unit: 'MW' },
      export: false,
    },
    assets: [
      gta(1, 180, 5),
      gta(2, 180, 5),
      gta(3, 160, 5.5),
      {
        type: 'boiler',
        name: 'Boiler',
        steam: { column: 'boiler_steam_tph', unit: 't/h' },
        capacity: { value: 220, unit: 't/h' },
        steamCost: { value: 31, unit: 'EUR/t' },
      },
      { type: 'heat_recovery', name: 'Heat recovery', steam: { column: 'heat_recovery_steam_tph', unit: 't/h' } },
    ],
  };
}

/** One home of `home_energy` (a `building` column tells the homes apart), hourly kWh and USD/kWh. */
export function homeTemplate(dataset = 'home_energy', building = 'Building 1'): SiteModel {
  return {
    dataset,
    time: 'ts',
    step: 'PT1H',
    demand: { electricity: { column: 'load_kwh', filter: { building }, unit: 'kWh' } },
    grid: { importPrice: { column: 'price_usd_per_kwh', filter: { building }, unit: 'USD/kWh' }, export: false },
    assets: [
      { type: 'pv', name: 'PV', production: { column: 'solar_kwh', filter: { building }, unit: 'kWh' } },
      {
        type: 'battery',
        name: 'Battery',
        capacity: { value: 6.4, unit: 'kWh' },
        power: { value: 5, unit: 'kW' },
        efficiency: 0.9,
        socRange: [0, 1],
        wearCost: { value: 0, unit: 'USD/kWh' },
      },
    ],
  };
}

export const templateModel = (key: TemplateKey, dataset?: string) =>
  key === 'plant' ? plantTemplate(dataset || undefined) : homeTemplate(dataset || undefined);
