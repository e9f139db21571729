import { describe, expect, it } from 'vitest';
import { describeWindow, presetOf, WINDOW_PRESETS, windowFromParam, windowToParam } from './window-spec';

describe('window spelling for the server', () => {
  it('spellsEveryPresetTheWayWindowParameterReadsIt', () => {
    const spelled = Object.fromEntries(WINDOW_PRESETS.map((p) => [p.id, windowToParam(p.window)]));
    expect(spelled).toEqual({
      PT15M: 'last:PT15M',
      PT1H: 'last:PT1H',
      PT6H: 'last:PT6H',
      PT24H: 'last:PT24H',
      P7D: 'last:P7D',
      P30D: 'last:P30D',
      P90D: 'last:P90D',
      P1Y: 'last:P1Y',
      today: 'period:today',
      yesterday: 'period:yesterday',
      this_week: 'period:this_week',
      this_month: 'period:this_month',
      this_year: 'period:this_year',
      last_week: 'period:last_week',
      last_month: 'period:last_month',
    });
  });

  it('spellsAbsoluteRangesAndPoints', () => {
    expect(windowToParam({ from: '2025-01-01', to: '2025-02-01T00:00:00+02:00' })).toBe(
      '2025-01-01/2025-02-01T00:00:00+02:00',
    );
    expect(windowToParam({ points: 500 })).toBe('points:500');
  });

  it('readsBackEveryPresetItWrites', () => {
    for (const preset of WINDOW_PRESETS) {
      expect(windowFromParam(windowToParam(preset.window))).toEqual(preset.window);
    }
  });

  it('readsTheShortSpellingsTheServerAlsoAccepts', () => {
    expect(windowFromParam('p7d')).toEqual({ last: 'P7D' });
    expect(windowFromParam('this_month')).toEqual({ period: 'this_month' });
    expect(windowFromParam('2025-01-01..2025-02-01')).toEqual({ from: '2025-01-01', to: '2025-02-01' });
  });

  it('dropsWhatTheServerWouldRefuse', () => {
    expect(windowFromParam('points:0')).toBeNull();
    expect(windowFromParam('points:1000000000')).toBeNull();
    expect(windowFromParam('fortnight')).toBeNull();
    expect(windowFromParam('2025-02-01/2025-01-01')).toBeNull();
    expect(windowFromParam('99999-01-01/2025-01-01')).toBeNull();
    expect(windowFromParam('')).toBeNull();
  });

  it('namesPresetsAndDescribesTheRest', () => {
    expect(presetOf({ last: 'P7D' })?.label).toBe('Last 7 days');
    expect(describeWindow({ last: 'P2W' })).toBe('Last 2 weeks');
    expect(describeWindow({ last: 'PT30M' })).toBe('Last 30 minutes');
    expect(describeWindow({ points: 1500 })).toBe('Last 1,500 points');
    expect(describeWindow({ period: 'last_month' })).toBe('Previous month');
  });
});
