import { describe, expect, it } from 'vitest';
import { describeTurnQuery, formatMs, formatRate, scorePercent, turnQueryOf, turnsLink, turnsPerDayData } from './analytics-figures';
import { anAnalyticsReport } from './test-builders';

describe('assistant analytics figures', () => {
  it('drawsEveryDayOfTheWindowIncludingEmptyOnes', () => {
    const data = turnsPerDayData(anAnalyticsReport());
    expect(data.columns.map((c) => c.name)).toEqual(['day', 'turns']);
    expect(data.rows).toEqual([
      ['2026-03-01', 3],
      ['2026-03-02', 0],
      ['2026-03-03', 2],
    ]);
  });

  it('linksAFigureToItsTurnsKeepingTheWindow', () => {
    const link = turnsLink({ from: '2026-03-01', to: '2026-03-03' }, { intent: 'chart' });
    expect(link).toBe('/settings/assistant?from=2026-03-01&to=2026-03-03&turns=1&intent=chart#turns');
    const query = turnQueryOf(new URL(link, 'http://x').searchParams);
    expect(query).toMatchObject({ from: '2026-03-01', to: '2026-03-03', intent: 'chart' });
    expect(turnQueryOf(new URLSearchParams('from=2026-03-01'))).toBeNull();
  });

  it('readsOnlyKnownSortsFromTheAddress', () => {
    expect(turnQueryOf(new URLSearchParams('turns=1&sort=slowest'))?.sort).toBe('slowest');
    expect(turnQueryOf(new URLSearchParams('turns=1&sort=content'))?.sort).toBeUndefined();
  });

  it('saysWhatAListShows', () => {
    expect(describeTurnQuery({ day: '2026-03-01', outcome: 'fallback' })).toBe('Turns on 2026-03-01, that ended as fallback');
    expect(describeTurnQuery({ intent: 'none', sort: 'slowest' })).toBe('Slowest turns without an intent');
    expect(describeTurnQuery({})).toBe('Turns');
  });

  it('formatsMissingFiguresAsADash', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(1 / 6)).toBe('16.7 %');
    expect(formatMs(null)).toBe('—');
    expect(formatMs(123.4)).toBe('123 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
  });

  it('clampsScoresToABarWidth', () => {
    expect(scorePercent(-0.2)).toBe(0);
    expect(scorePercent(0.514)).toBe(51);
    expect(scorePercent(1.3)).toBe(100);
  });
});
