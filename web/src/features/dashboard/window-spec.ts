import type { CalendarPeriod, TimeWindow } from './types';

/**
 * Tab and chart windows: the presets the picker offers and their spelling in the server's
 * `window` query parameter (`WindowParameter`: `last:P7D`, `period:this_month`,
 * `<from>/<to>`, `points:500`, `all`). One pure module so that the URL, the picker and the
 * request agree.
 */

export type WindowPreset = { id: string; label: string; window: TimeWindow };

export const WINDOW_PRESETS: readonly WindowPreset[] = [
  { id: 'PT15M', label: 'Last 15 minutes', window: { last: 'PT15M' } },
  { id: 'PT1H', label: 'Last hour', window: { last: 'PT1H' } },
  { id: 'PT6H', label: 'Last 6 hours', window: { last: 'PT6H' } },
  { id: 'PT24H', label: 'Last 24 hours', window: { last: 'PT24H' } },
  { id: 'P7D', label: 'Last 7 days', window: { last: 'P7D' } },
  { id: 'P30D', label: 'Last 30 days', window: { last: 'P30D' } },
  { id: 'P90D', label: 'Last 90 days', window: { last: 'P90D' } },
  { id: 'P1Y', label: 'Last year', window: { last: 'P1Y' } },
  { id: 'today', label: 'Today', window: { period: 'today' } },
  { id: 'yesterday', label: 'Yesterday', window: { period: 'yesterday' } },
  { id: 'this_week', label: 'This week', window: { period: 'this_week' } },
  { id: 'this_month', label: 'This month', window: { period: 'this_month' } },
  { id: 'this_year', label: 'This year', window: { period: 'this_year' } },
  { id: 'last_week', label: 'Previous week', window: { period: 'last_week' } },
  { id: 'last_month', label: 'Previous month', window: { period: 'last_month' } },
];

const PERIODS: readonly CalendarPeriod[] = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'this_year',
  'last_year',
];

/** The server accepts 1..1,000,000 points (`TimeWindow.Points`). */
export const MAX_POINTS = 1_000_000;

/** The `window=` value the server reads for a window. */
export function windowToParam(window: TimeWindow): string {
  if ('last' in window) return `last:${window.last.toUpperCase()}`;
  if ('period' in window) return `period:${window.period}`;
  if ('points' in window) return `points:${window.points}`;
  return `${window.from}/${window.to}`;
}

const ISO_AMOUNT = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const ISO_DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a `window=` value (from a bookmarked URL) back into a window; null when it is absent
 * or not a spelling this page understands, so a mangled link falls back to the tab's window.
 */
export function windowFromParam(text: string | null | undefined): TimeWindow | null {
  if (!text) return null;
  const value = text.trim();
  const lower = value.toLowerCase();
  if (lower.startsWith('points:')) {
    const n = Number(value.slice('points:'.length));
    return Number.isInteger(n) && n >= 1 && n <= MAX_POINTS ? { points: n } : null;
  }
  if (lower.startsWith('period:') || PERIODS.includes(lower as CalendarPeriod)) {
    const period = lower.replace(/^period:/, '') as CalendarPeriod;
    return PERIODS.includes(period) ? { period } : null;
  }
  const range = value.includes('..') ? value.split('..') : value.includes('/') ? value.split('/') : null;
  if (range) {
    const [from, to] = range;
    if (range.length !== 2 || !from || !to) return null;
    if (!ISO_DATE_OR_INSTANT.test(from) || !ISO_DATE_OR_INSTANT.test(to)) return null;
    return Date.parse(from) < Date.parse(to) ? { from, to } : null;
  }
  const amount = (lower.startsWith('last:') ? value.slice('last:'.length) : value).toUpperCase();
  return ISO_AMOUNT.test(amount) ? { last: amount } : null;
}

export function sameWindow(a: TimeWindow | null | undefined, b: TimeWindow | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return windowToParam(a) === windowToParam(b);
}

export function presetOf(window: TimeWindow | null | undefined): WindowPreset | undefined {
  if (!window) return undefined;
  return WINDOW_PRESETS.find((p) => sameWindow(p.window, window));
}

const UNIT_WORDS: Record<string, string> = { Y: 'year', W: 'week', D: 'day', H: 'hour', S: 'second' };

function describeAmount(amount: string): string {
  const [datePart = '', timePart = ''] = amount.slice(1).split('T');
  const parts: string[] = [];
  for (const [, n, unit] of datePart.matchAll(/(\d+)([YMWD])/g)) {
    parts.push(`${n} ${unit === 'M' ? 'month' : UNIT_WORDS[unit!]}${n === '1' ? '' : 's'}`);
  }
  for (const [, n, unit] of timePart.matchAll(/(\d+(?:\.\d+)?)([HMS])/g)) {
    parts.push(`${n} ${unit === 'M' ? 'minute' : UNIT_WORDS[unit!]}${n === '1' ? '' : 's'}`);
  }
  return parts.join(' ');
}

/** A window in words, for buttons and the chart's "shows …" line. */
export function describeWindow(window: TimeWindow | null | undefined): string {
  if (!window) return 'Each chart’s own window';
  const preset = presetOf(window);
  if (preset) return preset.label;
  if ('last' in window) return `Last ${describeAmount(window.last)}`;
  if ('period' in window) return window.period === 'last_year' ? 'Previous year' : window.period.replace('_', ' ');
  if ('points' in window) return `Last ${window.points.toLocaleString('en')} points`;
  return `${window.from} → ${window.to}`;
}
