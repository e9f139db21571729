import { describe, expect, it } from 'vitest';
import { dataQuery, searchChoosesView, searchFromView, viewDiffersFromTab, viewFromSearch } from './url-state';

const tab = {
  window: { last: 'P7D' },
  filters: [
    { column: 'building', values: ['Building 1'] },
    { column: 'location', values: [] },
  ],
};

describe('tab state in the URL', () => {
  it('tellsWhetherTheUrlChoosesAWindowOrFilters', () => {
    expect(searchChoosesView(new URLSearchParams(''))).toBe(false);
    expect(searchChoosesView(new URLSearchParams('tab=x&other=1'))).toBe(false);
    expect(searchChoosesView(new URLSearchParams('window=P1D'))).toBe(true);
    expect(searchChoosesView(new URLSearchParams('filter.building='))).toBe(true);
  });

  it('fallsBackToTheTabsWindowAndFilterValues', () => {
    expect(viewFromSearch(new URLSearchParams(''), tab)).toEqual(tab);
  });

  it('readsWindowAndRepeatedFilterValues', () => {
    const view = viewFromSearch(
      new URLSearchParams('window=period:this_month&filter.building=A%2C1&filter.building=B&filter.building=B'),
      tab,
    );
    expect(view).toEqual({
      window: { period: 'this_month' },
      filters: [
        { column: 'building', values: ['A,1', 'B'] },
        { column: 'location', values: [] },
      ],
    });
  });

  it('ignoresFiltersTheTabDoesNotDefineAndWindowsItCannotRead', () => {
    const view = viewFromSearch(new URLSearchParams('window=fortnight&filter.secret=x'), tab);
    expect(view).toEqual(tab);
  });

  it('keepsAnEmptiedFilterEmpty', () => {
    const search = searchFromView({ window: null, filters: [{ column: 'building', values: [] }] });
    expect(search.toString()).toBe('filter.building=');
    expect(viewFromSearch(search, tab).filters[0]).toEqual({ column: 'building', values: [] });
  });

  it('roundTripsAViewAndKeepsOtherParameters', () => {
    const view = {
      window: { from: '2025-01-01T00:00:00+02:00', to: '2025-02-01' },
      filters: [
        { column: 'building', values: ['Building 1', 'B&2'] },
        { column: 'location', values: ['Roof'] },
      ],
    };
    const search = searchFromView(view, new URLSearchParams('tab=x&window=P1Y&filter.building=old'));
    expect(search.get('tab')).toBe('x');
    expect(search.getAll('filter.building')).toEqual(['Building 1', 'B&2']);
    expect(viewFromSearch(new URLSearchParams(search.toString()), tab)).toEqual(view);
  });

  it('asksTheServerWithWindowAndNonEmptyFilters', () => {
    expect(dataQuery(viewFromSearch(new URLSearchParams('window=last:PT1H'), tab))).toBe(
      'window=last%3APT1H&filter.building=Building+1',
    );
  });

  it('tellsWhetherTheViewDiffersFromTheSavedTab', () => {
    expect(viewDiffersFromTab(tab, tab)).toBe(false);
    expect(viewDiffersFromTab({ ...tab, window: { last: 'P1Y' } }, tab)).toBe(true);
    expect(viewDiffersFromTab({ ...tab, filters: [{ column: 'building', values: [] }] }, tab)).toBe(true);
  });
});
