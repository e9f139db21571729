import type { Tab, TabFilter, TabView } from './types';
import { sameWindow, windowFromParam, windowToParam } from './window-spec';

/**
 * The URL of a tab carries the window and filter values it is viewed with:
 * `?window=last:P7D&filter.building=Building%201&filter.building=Building%202`.
 * A value repeats instead of being comma-joined, because values may hold commas.
 */

export const FILTER_PREFIX = 'filter.';

/** What the URL asks for, falling back to the tab's saved window and filter values. */
export function viewFromSearch(search: URLSearchParams, tab: Pick<Tab, 'window' | 'filters'>): TabView {
  const window = search.has('window') ? windowFromParam(search.get('window')) ?? tab.window : tab.window;
  const fromUrl = new Map<string, string[]>();
  for (const [key, value] of search) {
    if (!key.startsWith(FILTER_PREFIX) || key.length === FILTER_PREFIX.length) continue;
    const column = key.slice(FILTER_PREFIX.length);
    fromUrl.set(column, [...(fromUrl.get(column) ?? []), ...(value === '' ? [] : [value])]);
  }
  // the tab defines which filters exist; the URL only chooses their values
  const filters = tab.filters.map((f) => ({
    column: f.column,
    values: fromUrl.has(f.column) ? unique(fromUrl.get(f.column)!) : f.values,
  }));
  return { window, filters };
}

/**
 * The search to write for a view: window and filter values always spelled out, so the URL
 * alone reproduces what is on screen; other parameters are kept.
 */
export function searchFromView(view: TabView, previous: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of previous) {
    if (key !== 'window' && !key.startsWith(FILTER_PREFIX)) next.append(key, value);
  }
  if (view.window) next.set('window', windowToParam(view.window));
  for (const filter of view.filters) {
    // an empty filter is written as `filter.col=` so that it is not refilled from the tab
    if (filter.values.length === 0) next.append(`${FILTER_PREFIX}${filter.column}`, '');
    for (const value of filter.values) next.append(`${FILTER_PREFIX}${filter.column}`, value);
  }
  return next;
}

/** The query string of `GET /api/tabs/{id}/data` for a view (empty filters are left out). */
export function dataQuery(view: TabView): string {
  const params = new URLSearchParams();
  if (view.window) params.set('window', windowToParam(view.window));
  for (const filter of view.filters) {
    for (const value of filter.values) params.append(`${FILTER_PREFIX}${filter.column}`, value);
  }
  return params.toString();
}

/**
 * Whether the URL chooses a window or filter values. When it does not, the server applies the
 * tab's own, so the tab's data can be asked for before the tab itself has arrived.
 */
export function searchChoosesView(search: URLSearchParams): boolean {
  for (const key of search.keys()) {
    if (key === 'window' || key.startsWith(FILTER_PREFIX)) return true;
  }
  return false;
}

/** Whether the view differs from what the tab has saved (offers "Save as the tab's default"). */
export function viewDiffersFromTab(view: TabView, tab: Pick<Tab, 'window' | 'filters'>): boolean {
  if (!sameWindow(view.window, tab.window)) return true;
  return view.filters.some((f) => {
    const saved = tab.filters.find((s) => s.column === f.column)?.values ?? [];
    return saved.length !== f.values.length || saved.some((v, i) => v !== f.values[i]);
  });
}

export function withFilterValues(filters: TabFilter[], column: string, values: string[]): TabFilter[] {
  return filters.map((f) => (f.column === column ? { column, values: unique(values) } : f));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
