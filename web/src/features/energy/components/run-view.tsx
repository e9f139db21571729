import { Fragment, useState } from 'react';
import type { ReactNode } from 'react';
import { Table, Td, Th } from '@/components/table';
import { formatDateTime } from '@/lib/format';
import {
  formatCell,
  formatMoney,
  formatSavings,
  formatStep,
  instructionLines,
  isSpecialColumn,
  keyColumns,
  statusWords,
} from '../run-format';
import type { Run, RunStep } from '../types';
import { RunChartCard } from './run-chart-card';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
      <dt className="text-xs text-slate-500 uppercase dark:text-slate-400">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums dark:text-slate-50">{children}</dd>
    </div>
  );
}

const price = (v: number | null | undefined, unit: string) =>
  typeof v === 'number' && Number.isFinite(v) ? `${v.toFixed(2)}${unit ? ` ${unit}` : ''}` : '—';

/** One run: its figures, the explanation, the plan step by step, its charts and the forecasts' metrics. */
export function RunView({
  run,
  currency: siteCurrency,
  priceUnit,
  assets = [],
  workspaceId,
  canPin,
}: {
  run: Run;
  /** The site's asset names (and `Grid`), to read the instructions one asset at a time. */
  assets?: readonly string[];
  currency: string;
  /** The import price's unit, e.g. EUR/MWh: what a marginal electricity price is in. */
  priceUnit: string;
  workspaceId: string;
  canPin: boolean;
}) {
  const [allColumns, setAllColumns] = useState(false);
  const currency = run.currency || siteCurrency;
  const columns = run.plan?.columns ?? [];
  const rows = run.plan?.rows ?? [];
  const tsAt = columns.indexOf('ts');
  const instructionsAt = columns.indexOf('instructions');
  const shown = allColumns ? columns.filter((c) => !isSpecialColumn(c)) : keyColumns(columns);
  const at = (name: string) => columns.indexOf(name);
  const units = run.units ?? {};
  const steps = run.explanation?.steps ?? [];
  const stepByTs = new Map(steps.map((s) => [s.ts, s]));
  const stepOf = (row: unknown[], i: number): RunStep | undefined =>
    (tsAt >= 0 ? stepByTs.get(row[tsAt] as string) : undefined) ?? steps[i];
  // a step's marginal prices and binding constraints: the explanation's, else the plan's own columns
  const electricityPrice = (row: unknown[], step?: RunStep) =>
    step?.electricityPrice ?? (at('price.electricity') >= 0 ? (row[at('price.electricity')] as number | null) : null);
  const steamPrice = (row: unknown[], step?: RunStep) =>
    step?.steamPrice ?? (at('price.steam') >= 0 ? (row[at('price.steam')] as number | null) : null);
  const binding = (row: unknown[], step?: RunStep): string[] =>
    step?.binding ??
    (at('binding') >= 0 ? String(row[at('binding')] ?? '').split(/;\s*/).filter(Boolean) : []);
  const names = [...assets, 'Grid', 'grid'];
  const hasSteam = rows.some((row, i) => typeof steamPrice(row, stepOf(row, i)) === 'number');
  const electricityUnit = units['price.electricity'] ?? units['electricityPrice'] ?? priceUnit;
  const steamUnit = units['price.steam'] ?? units['steamPrice'] ?? (currency ? `${currency}/t` : '');
  const metrics = Object.entries(run.forecastMetrics ?? {});
  // step, the quantities shown, electricity price, steam price?, import price?
  const width = 1 + shown.length + 1 + (hasSteam ? 1 : 0) + (at('price.import') >= 0 ? 1 : 0);

  return (
    <article aria-label={`Run of ${formatDateTime(run.createdAt)}`} className="space-y-5">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
        <Figure label="Status">{statusWords(run.status)}</Figure>
        <Figure label="Cost">{formatMoney(run.cost, currency)}</Figure>
        <Figure label={run.baselineKind === 'history' ? 'Baseline (history)' : run.baselineKind ? 'Baseline (merit order)' : 'Baseline cost'}>
          {formatMoney(run.baselineCost, currency)}
        </Figure>
        <Figure label="Savings">{formatSavings(run, currency)}</Figure>
        <Figure label="Solve time">{`${run.solveMs.toLocaleString('en-GB')} ms`}</Figure>
        <Figure label="Demand">{run.demand === 'actual' ? 'Actual (hindsight)' : 'Forecast'}</Figure>
      </dl>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {run.horizonHours} h from {run.asOf ? formatStep(run.asOf) : 'the latest data'} (UTC), every {run.stepMinutes} min; run{' '}
        {formatDateTime(run.createdAt)}.
      </p>

      {run.explanation && (
        <section aria-label="Explanation" className="rounded-md bg-slate-50 p-4 dark:bg-slate-800/60">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Where the savings come from</h3>
          <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{run.explanation.summary}</p>
          {run.explanation.points.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800 dark:text-slate-200">
              {run.explanation.points.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      {run.charts && run.charts.length > 0 && (
        <div className="grid gap-4 xl:grid-cols-2">
          {run.charts.map((chart) => (
            <RunChartCard key={chart.kind} workspaceId={workspaceId} runId={run.id} chart={chart} canPin={canPin} />
          ))}
        </div>
      )}

      <section aria-label="Plan" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Plan, step by step, with each asset's instruction</h3>
          <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <input type="checkbox" checked={allColumns} onChange={(e) => setAllColumns(e.target.checked)} />
            All columns
          </label>
        </div>
        <Table caption="Plan">
          <thead>
            <tr>
              <Th>Step (UTC)</Th>
              {shown.map((c) => (
                <Th key={c} className="text-right whitespace-nowrap">
                  {c}
                  {units[c] ? ` (${units[c]})` : ''}
                </Th>
              ))}
              <Th className="text-right whitespace-nowrap">Electricity price</Th>
              {hasSteam && <Th className="text-right whitespace-nowrap">Steam price</Th>}
              {at('price.import') >= 0 && <Th className="text-right whitespace-nowrap">Import price</Th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const step = stepOf(row, i);
              const lines = instructionsAt >= 0 ? instructionLines(row[instructionsAt], names) : [];
              const binds = binding(row, step);
              return (
                <Fragment key={i}>
                <tr className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-800 dark:text-slate-200">
                    {formatStep(tsAt >= 0 ? row[tsAt] : step?.ts)}
                  </th>
                  {shown.map((c) => (
                    <Td key={c} className="text-right tabular-nums">
                      {formatCell(row[columns.indexOf(c)])}
                    </Td>
                  ))}
                  <Td className="text-right tabular-nums whitespace-nowrap">{price(electricityPrice(row, step), electricityUnit)}</Td>
                  {hasSteam && <Td className="text-right tabular-nums whitespace-nowrap">{price(steamPrice(row, step), steamUnit)}</Td>}
                  {at('price.import') >= 0 && (
                    <Td className="text-right tabular-nums whitespace-nowrap">
                      {price(row[at('price.import')] as number | null, units['price.import'] ?? priceUnit)}
                    </Td>
                  )}
                </tr>
                {(lines.length > 0 || binds.length > 0) && (
                  <tr aria-label={`Instructions at ${formatStep(tsAt >= 0 ? row[tsAt] : step?.ts)}`}>
                    <td colSpan={width} className="px-3 pt-0 pb-2 text-xs">
                      {/* stays in view while the quantities scroll sideways */}
                      <div className="sticky left-3 max-w-3xl space-y-0.5">
                        <ul className="flex flex-wrap gap-x-4 gap-y-0.5 text-slate-700 dark:text-slate-300">
                          {lines.map((line, j) => (
                            <li key={j}>{line}</li>
                          ))}
                        </ul>
                        {binds.length > 0 && (
                          <p className="text-amber-800 dark:text-amber-300">Binding: {binds.join('; ')}</p>
                        )}
                      </div>
                    </td>
                  </tr>
                )}
                </Fragment>
              );
            })}
          </tbody>
        </Table>
      </section>

      {metrics.length > 0 && (
        <section aria-label="Forecasts" className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Forecasts (rolling-origin backtest)</h3>
          <Table caption="Forecast metrics">
            <thead>
              <tr>
                <Th>Signal</Th>
                <Th>Model used</Th>
                <Th className="text-right">XGBoost MAE</Th>
                <Th className="text-right">XGBoost MASE</Th>
                <Th className="text-right">Seasonal naive MAE</Th>
                <Th className="text-right">Seasonal naive MASE</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {metrics.map(([signal, m]) => (
                <tr key={signal}>
                  <Td>{signal}</Td>
                  <Td>{m.model === 'seasonal_naive' ? 'Seasonal naive' : m.model === 'xgboost' ? 'XGBoost' : m.model}</Td>
                  <Td className="text-right tabular-nums">{formatCell(m.xgboost?.mae ?? null)}</Td>
                  <Td className="text-right tabular-nums">{formatCell(m.xgboost?.mase ?? null)}</Td>
                  <Td className="text-right tabular-nums">{formatCell(m.seasonalNaive?.mae ?? null)}</Td>
                  <Td className="text-right tabular-nums">{formatCell(m.seasonalNaive?.mase ?? null)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}
    </article>
  );
}
