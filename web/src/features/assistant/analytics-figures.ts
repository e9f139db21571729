import type { ChartData } from '@/types/api';
import type { AssistantAnalytics, TurnQuery } from './types';

/** Counts by one key as the chart component takes them. */
function countData(key: { name: string; type: 'date' | 'varchar' }, rows: [string, number][]): ChartData {
  return { columns: [key, { name: 'turns', type: 'bigint' }], rows, downsampled: false };
}

/** Turns per day as the chart component takes it: one row per day of the window, zeros included. */
export const turnsPerDayData = (report: AssistantAnalytics) =>
  countData({ name: 'day', type: 'date' }, report.turnsPerDay.map((d) => [d.day, d.turns]));

/** Turns per intent, most frequent first, as the chart component takes it. */
export const intentsData = (report: AssistantAnalytics) =>
  countData({ name: 'intent', type: 'varchar' }, report.intents.map((i) => [i.intent, i.turns]));

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)} %`);

export const formatMs = (ms: number | null) =>
  ms === null ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;

/** A similarity (cosine, −1 to 1) as the width of its bar, 0–100. */
export const scorePercent = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100);

/**
 * The Settings page address that lists the turns behind a figure: the window stays, the
 * filters replace any earlier ones.
 */
export function turnsLink(window: { from?: string; to?: string }, query: TurnQuery): string {
  const params = new URLSearchParams();
  if (window.from) params.set('from', window.from);
  if (window.to) params.set('to', window.to);
  params.set('turns', '1');
  if (query.day) params.set('day', query.day);
  if (query.intent) params.set('intent', query.intent);
  if (query.outcome) params.set('outcome', query.outcome);
  if (query.commandErrors) params.set('commandErrors', 'true');
  if (query.sort && query.sort !== 'recent') params.set('sort', query.sort);
  return `/settings/assistant?${params.toString()}#turns`;
}

/** The turn filter a Settings address names, or null when it lists no turns. */
export function turnQueryOf(params: URLSearchParams): TurnQuery | null {
  if (params.get('turns') !== '1') return null;
  const sort = params.get('sort');
  return {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    day: params.get('day') ?? undefined,
    intent: params.get('intent') ?? undefined,
    outcome: params.get('outcome') ?? undefined,
    commandErrors: params.get('commandErrors') === 'true' || undefined,
    sort: sort === 'slowest' ? 'slowest' : undefined,
  };
}

/** What the turn list shows, in words: "Turns on 2026-03-01 with intent chart". */
export function describeTurnQuery(query: TurnQuery): string {
  const parts: string[] = [];
  if (query.day) parts.push(`on ${query.day}`);
  if (query.intent) parts.push(query.intent === 'none' ? 'without an intent' : `with intent ${query.intent}`);
  if (query.outcome) parts.push(`that ended as ${query.outcome}`);
  if (query.commandErrors) parts.push('where a command failed');
  const what = query.sort === 'slowest' ? 'Slowest turns' : 'Turns';
  return parts.length ? `${what} ${parts.join(', ')}` : what;
}
