/** How a run reads on the page, pure: money, savings, which plan columns to show, instruction text. */
import type { PlanCell, RunSummary, SiteModel } from './types';

/** The unit of the site's import price, `EUR/MWh`, from its price signal or its tariff; empty when it does not say. */
export function priceUnitOf(model: SiteModel | undefined): string {
  const unit = model?.grid?.importPrice?.unit ?? model?.grid?.tariff?.unit;
  return typeof unit === 'string' ? unit : '';
}

/** The currency of the site's prices: `EUR` of `EUR/MWh`; empty when the model does not say. */
export function currencyOf(model: SiteModel | undefined): string {
  const unit = priceUnitOf(model);
  return unit.includes('/') ? unit.split('/')[0]!.trim() : '';
}

const money = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

export function formatMoney(value: number | null | undefined, currency: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const text = money.format(value).replace('-', '−');
  return currency ? `${text} ${currency}` : text;
}

/** Savings as a share of the baseline's cost, one decimal (the server's when it sent one); null without a baseline. */
export function savingsPercent(run: Pick<RunSummary, 'baselineCost' | 'savings' | 'savingsPercent'>): number | null {
  if (typeof run.savingsPercent === 'number') return Math.round(run.savingsPercent * 10) / 10;
  if (typeof run.savings !== 'number' || typeof run.baselineCost !== 'number' || run.baselineCost === 0) return null;
  return Math.round((run.savings / Math.abs(run.baselineCost)) * 1000) / 10;
}

export function formatSavings(run: Pick<RunSummary, 'baselineCost' | 'savings' | 'savingsPercent'>, currency: string): string {
  const pct = savingsPercent(run);
  const amount = formatMoney(run.savings, currency);
  return pct === null ? amount : `${amount} (${pct.toLocaleString('en-GB')} %)`;
}

const KEY_QUANTITIES = ['power', 'steam', 'import', 'export', 'charge', 'discharge', 'soc', 'production'];

/** Plan columns the table shows in columns of their own (time, prices, binding constraints, instructions). */
export const isSpecialColumn = (c: string) => c === 'ts' || c === 'instructions' || c === 'binding' || c.startsWith('price.');

/**
 * The plan's columns worth a first look: each asset's power or steam, the grid, the battery, the
 * demand; admission, extraction and curtailment wait for "all columns".
 */
export function keyColumns(columns: readonly string[]): string[] {
  return columns.filter((c) => {
    if (isSpecialColumn(c)) return false;
    const quantity = c.slice(c.lastIndexOf('.') + 1);
    return c.startsWith('demand.') || KEY_QUANTITIES.includes(quantity);
  });
}

/** Splits `GTA 1: run at 22 MW GTA 2: off` before each `<asset>:` it names; sentences end at a period otherwise. */
function splitSentences(text: string, assets: readonly string[]): string[] {
  const starts = new Set<number>([0]);
  for (const name of assets) {
    const needle = `${name}:`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (at === 0 || /\s/.test(text[at - 1]!)) starts.add(at);
    }
  }
  const cuts = [...starts].sort((a, b) => a - b);
  const parts = cuts.map((start, i) => text.slice(start, cuts[i + 1]).trim()).filter(Boolean);
  return parts.flatMap((part) => part.split(/\n|(?<=\.)\s+(?=\p{Lu})/u)).filter(Boolean);
}

/**
 * An instructions cell (a sentence per asset joined into one text, a list of sentences, or
 * instruction objects) as one line per asset; `assets` names the site's assets.
 */
export function instructionLines(cell: PlanCell | undefined, assets: readonly string[] = []): string[] {
  if (cell === null || cell === undefined) return [];
  if (typeof cell === 'string') return cell ? splitSentences(cell, assets) : [];
  if (Array.isArray(cell)) return cell.flatMap((item) => instructionLines(item as PlanCell, assets));
  if (typeof cell === 'object') {
    const o = cell as Record<string, unknown>;
    if (typeof o.text === 'string') return [o.text];
    if (typeof o.asset === 'string' && typeof o.action === 'string') return [`${o.asset}: ${o.action}`];
    return [JSON.stringify(cell)];
  }
  return [String(cell)];
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatCell(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') return Number.isFinite(cell) ? number.format(cell).replace('-', '−') : '—';
  if (typeof cell === 'string' || typeof cell === 'boolean') return String(cell);
  return instructionLines(cell).join('; ');
}

/** `2025-03-12T09:00:00Z` → `12 Mar 09:00` in UTC, the clock of the site's data. */
export function formatStep(ts: PlanCell | undefined): string {
  if (typeof ts !== 'string') return formatCell(ts);
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(ts) ? ts : `${ts}Z`);
  if (Number.isNaN(date.getTime())) return ts;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(date);
}

const STATUS_WORDS: Record<string, string> = {
  optimal: 'Optimal',
  feasible: 'Feasible (within the MILP gap)',
  time_limit: 'Best plan at the time limit',
  feasible_time_limit: 'Best plan at the time limit',
  infeasible: 'Infeasible',
};

export const statusWords = (status: string) => STATUS_WORDS[status.toLowerCase()] ?? status;
