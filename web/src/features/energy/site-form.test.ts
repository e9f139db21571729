import { describe, expect, it } from 'vitest';
import {
  formToModel,
  modelToForm,
  newAsset,
  newOverride,
  newPeriod,
  newWeather,
  parseModelJson,
  signalFromForm,
  signalToForm,
  validateSiteForm,
} from './site-form';
import type { SignalForm } from './site-form';
import { homeTemplate, plantTemplate } from './templates';
import type { SiteModel } from './types';

const PLANT_COLUMNS = [
  'ts',
  'electricity_demand_mw',
  'steam_demand_tph',
  ...[1, 2, 3].flatMap((n) => [`gta${n}_admission_tph`, `gta${n}_extraction_tph`, `gta${n}_power_mw`, `gta${n}_status`]),
  'boiler_steam_tph',
  'heat_recovery_steam_tph',
  'grid_import_mw',
  'tariff_period',
  'price_eur_per_mwh',
];
const HOME_COLUMNS = ['ts', 'building', 'load_kwh', 'solar_kwh', 'price_usd_per_kwh'];
const columns = { plant_hourly: PLANT_COLUMNS, home_energy: HOME_COLUMNS, home_hourly: HOME_COLUMNS };

const roundTrip = (model: SiteModel) => formToModel(modelToForm('Site', model));

describe('site form', () => {
  it('turnsThePlantAndHomeTemplatesIntoAFormAndBackUnchanged', () => {
    expect(roundTrip(plantTemplate())).toEqual(plantTemplate());
    expect(roundTrip(homeTemplate())).toEqual(homeTemplate());
    expect(roundTrip(homeTemplate('home_energy', 'Building 3'))).toEqual(homeTemplate('home_energy', 'Building 3'));
  });

  it('readsAnAbsentForecastAsForecastFromHistoryAndWritesFalseWhenUnchecked', () => {
    const absent = signalToForm({ column: 'load_kwh', unit: 'kWh' });
    expect(absent.forecast).toBe(true);
    expect(signalFromForm(absent)).toEqual({ column: 'load_kwh', unit: 'kWh' });
    expect(signalFromForm({ ...absent, forecast: false })).toEqual({ column: 'load_kwh', unit: 'kWh', forecast: false });
    const off = signalToForm({ column: 'load_kwh', unit: 'kWh', forecast: false });
    expect(off.forecast).toBe(false);
    expect(signalFromForm(off)).toEqual({ column: 'load_kwh', unit: 'kWh', forecast: false });
  });

  it('keepsKeysTheFormDoesNotEdit', () => {
    const model = {
      ...plantTemplate(),
      schedule: { cron: '0 * * * *' },
      assets: [{ ...plantTemplate().assets[0]!, note: 'rebuilt 2019', admission: { column: 'a', unit: 't/h', weather: 'x' } }],
      demand: { electricity: { column: 'electricity_demand_mw', unit: 'MW', forecast: true }, cooling: { value: 1 } },
    } as SiteModel;
    expect(roundTrip(model)).toEqual(model);
  });

  it('keepsTheTariffConstraintsOverridesAndCarbon', () => {
    const model: SiteModel = {
      ...plantTemplate(),
      grid: {
        tariff: {
          unit: 'EUR/MWh',
          periods: [
            { name: 'peak', price: 140, days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '17:00', to: '21:00' },
            { name: 'standard', price: 90, from: '06:00', to: '24:00' },
          ],
          default: 55,
        },
        importLimit: { value: 90, unit: 'MW' },
        export: true,
        exportPrice: { value: 20, unit: 'EUR/MWh' },
        exportLimit: { value: 5, unit: 'MW' },
      },
      constraints: { minSteam: { value: 250, unit: 't/h' }, gridImportCap: { value: 40, unit: 'MW' } },
      overrides: [{ asset: 'GTA 3', status: 'derated', derate: 0.6, until: '2025-03-14T18:00:00Z' }],
      carbonPrice: { value: 80, unit: 'EUR/t' },
      carbonIntensity: { column: 'carbon_kg_per_mwh', unit: 'kg/MWh' },
      weather: { temperature: { column: 'outdoor_temp_c', unit: '°C' } },
    };
    expect(roundTrip(model)).toEqual(model);
  });

  it('sendsMaintenanceOfAChpBoundToAStatusColumnAsAnOpenOverride', () => {
    const form = modelToForm('Sample plant', plantTemplate());
    form.assets[1]!.status = 'maintenance';
    const model = formToModel(form);
    expect(model.assets[1]!.status).toEqual({ column: 'gta2_status' });
    expect(model.overrides).toEqual([{ asset: 'GTA 2', status: 'maintenance' }]);
    // and reads back as the asset's status, not as a temporary override
    const again = modelToForm('Sample plant', model);
    expect(again.assets[1]!.status).toBe('maintenance');
    expect(again.overrides).toEqual([]);
  });

  it('writesTheStatusOnTheAssetWhenItsTypeHasNoStatusColumn', () => {
    const form = modelToForm('Plant', plantTemplate());
    form.assets[4]!.status = 'derated';
    form.assets[4]!.derate = '60';
    form.assets[3]!.status = 'off';
    const model = formToModel(form);
    expect(model.assets[4]).toMatchObject({ name: 'Heat recovery', status: 'derated', derate: 0.6 });
    // a boiler's status may be a column: its setting goes as an override, as a chp's
    expect(model.assets[3]!.status).toBeUndefined();
    expect(model.overrides).toEqual([{ asset: 'Boiler', status: 'off' }]);
  });

  it('readsAStatusWordOnAChpAndSendsItAsAnOverride', () => {
    const model = { ...plantTemplate(), assets: plantTemplate().assets.map((a) => (a.name === 'GTA 3' ? { ...a, status: 'off' as const } : a)) };
    const form = modelToForm('Plant', model);
    expect(form.assets[2]!.status).toBe('off');
    expect(formToModel(form).overrides).toEqual([{ asset: 'GTA 3', status: 'off' }]);
  });

  it('writesAnOverridesEndTimeAsAUtcInstant', () => {
    const form = modelToForm('Plant', plantTemplate());
    form.overrides.push({ ...newOverride('GTA 1'), until: '2025-03-12T09:00' });
    expect(formToModel(form).overrides).toEqual([{ asset: 'GTA 1', status: 'off', until: '2025-03-12T09:00:00Z' }]);
  });

  it('namesANewAssetAfterItsTypeWithoutClashing', () => {
    const form = modelToForm('Plant', plantTemplate());
    expect(newAsset('boiler', form.assets).name).toBe('Boiler 2');
    expect(newAsset('battery', form.assets).name).toBe('Battery');
  });

  it('acceptsTheTemplatesOverTheirDatasets', () => {
    expect(validateSiteForm(modelToForm('Plant', plantTemplate()), columns)).toEqual({});
    expect(validateSiteForm(modelToForm('Home', homeTemplate()), columns)).toEqual({});
    expect(validateSiteForm(modelToForm('Home', homeTemplate('home_energy', 'Building 3')), columns)).toEqual({});
  });

  it('saysWhatIsMissingOrWrongInWords', () => {
    const form = modelToForm('', plantTemplate());
    form.demand.electricity = { ...form.demand.electricity, column: 'load_mw' };
    form.assets[1]!.name = 'GTA 1';
    form.assets[0]!.fields.admissionRange = { min: '180', max: '40' };
    form.assets[0]!.fields.steamCost = { value: '', unit: 'EUR/t' };
    form.assets[2]!.status = 'derated';
    form.assets[2]!.derate = '140';
    form.overrides.push(newOverride('GTA 9'));
    const errors = validateSiteForm(form, columns);
    expect(errors).toEqual({
      name: 'Give the site a name.',
      'demand.electricity': "Electricity demand: 'load_mw' is not a column of plant_hourly.",
      'assets.1.name': 'Another asset is already named “GTA 1”.',
      'assets.0.admissionRange': 'Admission range: the minimum is above the maximum.',
      'assets.0.steamCost': 'Steam cost (per t admitted) is required.',
      'assets.2.derate': 'Derate is the percentage of the maximum still available, between 1 and 99.',
      'overrides.0.asset': 'Pick an asset of this site.',
      'overrides.0.until': 'A temporary override needs an end time.',
    });
  });

  it('checksABatterysFractions', () => {
    const form = modelToForm('Home', homeTemplate());
    const battery = form.assets[1]!;
    battery.fields.efficiency = '90';
    battery.fields.socRange = { min: '0', max: '6.4' };
    const errors = validateSiteForm(form, columns);
    expect(errors['assets.1.efficiency']).toBe('Round-trip efficiency is a fraction above 0 and at most 1.');
    expect(errors['assets.1.socRange']).toBe('State of charge bounds are shares of the capacity, between 0 and 1.');
  });

  it('requiresTheElectricityDemandAndAPriceButNotSteam', () => {
    const form = modelToForm('Home', homeTemplate());
    form.demand.electricity = { ...form.demand.electricity, source: 'none' } as SignalForm;
    form.grid.importPrice = { ...form.grid.importPrice, source: 'none' } as SignalForm;
    expect(validateSiteForm(form, columns)).toEqual({
      'demand.electricity': 'Bind electricity demand to a column or a constant.',
      'grid.importPrice': 'Bind import price to a column or a constant.',
    });
  });

  it('checksTariffPeriodsAsTheServerReadsThem', () => {
    const form = modelToForm('Plant', plantTemplate());
    form.grid.priceMode = 'tariff';
    expect(validateSiteForm(form, columns)['grid.periods']).toBe('Write the tariff’s unit, e.g. EUR/MWh.');
    form.grid.tariffUnit = 'EUR/MWh';
    expect(validateSiteForm(form, columns)['grid.periods']).toBe('Add at least one tariff period.');
    form.grid.periods = [{ ...newPeriod(), name: 'peak', from: '17:00', to: '21:00', price: '140', days: 'mon, fri' }];
    expect(validateSiteForm(form, columns)).toEqual({});
    form.grid.periods.push({ ...newPeriod(), name: 'night', from: '22:00', to: '24:00', price: '50', days: 'weekend' });
    expect(validateSiteForm(form, columns)['grid.periods']).toBe(
      "Period 2: 'weekend' is not a day; use mon, tue, wed, thu, fri, sat, sun.",
    );
    form.grid.periods[1]!.days = '';
    form.grid.periods[1]!.to = '25:00';
    expect(validateSiteForm(form, columns)['grid.periods']).toBe('Period 2: give its start and end as HH:MM, not equal.');
    form.grid.periods[1]!.to = '24:00';
    const model = formToModel(form);
    expect(model.grid.importPrice).toBeUndefined();
    expect(model.grid.tariff).toEqual({
      unit: 'EUR/MWh',
      periods: [
        { name: 'peak', price: 140, from: '17:00', to: '21:00', days: ['mon', 'fri'] },
        { name: 'night', price: 50, from: '22:00', to: '24:00' },
      ],
    });
  });

  it('asksForUnitsTheServerCannotGuess', () => {
    const form = modelToForm('Plant', plantTemplate());
    form.demand.steam = { ...form.demand.steam, unit: '' };
    form.assets[3]!.fields.capacity = { value: '220', unit: '' };
    form.assets[0]!.name = 'GTA.1';
    expect(validateSiteForm(form, columns)).toEqual({
      'demand.steam': 'Steam demand: write its unit (MW, kWh, t/h, EUR/MWh…).',
      'assets.3.capacity': 'Capacity: write its unit.',
      'assets.0.name': 'A name has at most 60 characters and no dot (plan columns are named <asset>.<quantity>).',
    });
  });

  it('asksForANamedWeatherColumn', () => {
    const form = modelToForm('Home', homeTemplate());
    form.weather.push({ ...newWeather(), name: 'temperature' });
    expect(validateSiteForm(form, columns)).toEqual({ 'weather.0': 'Weather temperature: pick a column.' });
    form.weather[0]!.signal.column = 'outdoor_temp_c';
    expect(validateSiteForm(form, { ...columns, home_hourly: [...HOME_COLUMNS, 'outdoor_temp_c'] })).toEqual({});
    expect(formToModel(form).weather).toEqual({ temperature: { column: 'outdoor_temp_c', unit: '°C' } });
  });

  it('readsTheAdvancedJsonOrSaysWhyNot', () => {
    expect(parseModelJson('{"dataset": "x"}')).toEqual({ model: { dataset: 'x' } });
    expect(parseModelJson('[1]')).toEqual({ error: 'The JSON must be an object: {"dataset": …, "assets": […]}.' });
    expect('error' in parseModelJson('{"dataset": ')).toBe(true);
  });
});
