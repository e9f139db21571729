import { describe, expect, it } from 'vitest';
import { currencyOf, formatMoney, formatSavings, formatStep, instructionLines, keyColumns, savingsPercent } from './run-format';
import { homeTemplate, plantTemplate } from './templates';

describe('run format', () => {
  it('readsTheCurrencyFromTheImportPricesUnit', () => {
    expect(currencyOf(plantTemplate())).toBe('EUR');
    expect(currencyOf(homeTemplate())).toBe('USD');
    expect(currencyOf({ ...plantTemplate(), grid: { tariff: { unit: 'MAD/kWh', periods: [] } } })).toBe('MAD');
    expect(currencyOf({ ...plantTemplate(), grid: { export: false } })).toBe('');
  });

  it('statesSavingsWithTheirShareOfTheBaseline', () => {
    expect(savingsPercent({ baselineCost: 200, savings: 25 })).toBe(12.5);
    expect(savingsPercent({ baselineCost: null, savings: null })).toBeNull();
    expect(savingsPercent({ baselineCost: 200, savings: 25, savingsPercent: 12.54 })).toBe(12.5);
    expect(formatSavings({ baselineCost: 20000, savings: 1234.5 }, 'EUR')).toBe('1,234.50 EUR (6.2 %)');
    expect(formatMoney(-3, '')).toBe('−3.00');
  });

  it('showsPowerSteamGridBatteryAndDemandFirst', () => {
    expect(
      keyColumns([
        'ts',
        'GTA 1.power',
        'GTA 1.admission',
        'GTA 1.extraction',
        'Boiler.steam',
        'Grid.import',
        'Battery.soc',
        'PV.curtailed',
        'demand.electricity',
        'price.electricity',
        'binding',
        'instructions',
      ]),
    ).toEqual(['GTA 1.power', 'Boiler.steam', 'Grid.import', 'Battery.soc', 'demand.electricity']);
  });

  it('readsInstructionsAsSentencesWhateverTheirShape', () => {
    expect(instructionLines('GTA 1: run at 12 MW')).toEqual(['GTA 1: run at 12 MW']);
    expect(instructionLines(['a', { text: 'Battery: hold' }, { asset: 'Boiler', action: 'standby' }])).toEqual([
      'a',
      'Battery: hold',
      'Boiler: standby',
    ]);
    expect(instructionLines(null)).toEqual([]);
    expect(
      instructionLines('GTA 1: run at 22 MW (admission 180 t/h) GTA 2: off (maintenance) Grid: import up to 12 MW', [
        'GTA 1',
        'GTA 2',
        'Grid',
      ]),
    ).toEqual(['GTA 1: run at 22 MW (admission 180 t/h)', 'GTA 2: off (maintenance)', 'Grid: import up to 12 MW']);
    expect(instructionLines('GTA 1: run at 21.5 MW. Boiler: make 40.0 t/h. Battery: hold.')).toEqual([
      'GTA 1: run at 21.5 MW.',
      'Boiler: make 40.0 t/h.',
      'Battery: hold.',
    ]);
  });

  it('showsAStepInUtc', () => {
    expect(formatStep('2025-03-12T09:00:00Z')).toBe('12 Mar, 09:00');
    expect(formatStep('2025-03-12T09:00:00')).toBe('12 Mar, 09:00');
  });
});
