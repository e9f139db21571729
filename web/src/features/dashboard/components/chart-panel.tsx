import { useRef } from 'react';
import { ErrorAlert } from '@/components/alert';
import type { ChartHandle } from '@/components/chart';
import { Menu } from '@/components/menu';
import type { MenuEntry } from '@/components/menu';
import { useUpdateTabChart } from '../api/update-tab-chart';
import { chartCsvUrl } from '../export/csv-url';
import type { ChartDataOnTab, ChartError, TabChart, TabView } from '../types';
import { describeWindow } from '../window-spec';
import { ChartSlot } from './chart-slot';
import { WindowPicker } from './window-picker';

/** Timestamps as the server sent them, shortened to minutes in UTC. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function chartErrorText(error: ChartError): string {
  if (typeof error === 'string') return error;
  return error.detail || error.title || 'This chart failed to load.';
}

/** The server already words it: "anchored at now (…)" or "anchored at the latest data (…)". */
function anchorText(anchor: string | null | undefined): string | null {
  if (!anchor) return null;
  return /^now$/i.test(anchor.trim()) ? 'anchored at now' : anchor;
}

/** Visual types drawn as plain React, not by Plotly: they have no PNG. */
const NO_IMAGE = new Set(['table', 'kpi']);

/**
 * One chart on a tab: its window, override, filters that apply, its drawing, and a menu to
 * share it and download it. `readOnly` (a tab shared for viewing) leaves only the downloads.
 */
export function ChartPanel({
  tabId,
  chart,
  result,
  loading,
  onRemove,
  removing,
  view,
  readOnly = false,
  onShare,
}: {
  tabId: string;
  chart: TabChart;
  result: ChartDataOnTab | undefined;
  loading: boolean;
  onRemove?: () => void;
  removing?: boolean;
  /** The tab's window and filter values as viewed, for the CSV download. */
  view?: TabView;
  readOnly?: boolean;
  onShare?: () => void;
}) {
  const update = useUpdateTabChart();
  const drawn = useRef<ChartHandle>(null);
  const override = chart.window ?? null;
  const data = result?.data ?? null;
  const entries: MenuEntry[] = [
    ...(onShare && !readOnly ? [{ label: 'Share…', onSelect: onShare }] : []),
    ...(data && !NO_IMAGE.has(chart.visual.type)
      ? [{ label: 'Download PNG', onSelect: () => void drawn.current?.downloadPng(chart.title) }]
      : []),
    { label: 'Download CSV', href: chartCsvUrl(chart.chartId, override ?? view?.window, view?.filters ?? []), download: true },
  ];

  return (
    <section
      aria-label={chart.title}
      className="flex h-full flex-col overflow-hidden rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex items-start gap-2 border-b border-slate-100 px-3 py-2 dark:border-slate-800">
        {readOnly ? (
          <h3 className="flex-1 truncate text-sm font-semibold">{chart.title}</h3>
        ) : (
          <h3 className="grid-drag-handle flex-1 cursor-move truncate text-sm font-semibold" title="Drag to move">
            {chart.title}
          </h3>
        )}
        {!readOnly && (
          <WindowPicker
            size="sm"
            label={`Window of ${chart.title}`}
            value={override}
            onChange={(window) => update.mutate({ tabId, chartId: chart.chartId, window })}
            {...(override
              ? { onReset: () => update.mutate({ tabId, chartId: chart.chartId, window: null }), resetLabel: 'Use the tab’s window' }
              : {})}
          />
        )}
        <Menu label={`Actions for ${chart.title}`} entries={entries} />
        {!readOnly && onRemove && (
          <button
            type="button"
            aria-label={`Remove ${chart.title} from the tab`}
            disabled={removing}
            onClick={onRemove}
            className="rounded px-1.5 text-slate-500 hover:bg-slate-100 hover:text-red-700 dark:hover:bg-slate-800"
          >
            ×
          </button>
        )}
      </header>
      <div className="space-y-1 px-3 pt-1 text-xs text-slate-600 dark:text-slate-400">
        {override && (
          <p className="flex flex-wrap items-center gap-2">
            <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              overrides the tab’s window: {describeWindow(override)}
            </span>
            {!readOnly && (
              <button
                type="button"
                className="font-medium text-teal-700 underline dark:text-teal-400"
                onClick={() => update.mutate({ tabId, chartId: chart.chartId, window: null })}
              >
                Use the tab’s window
              </button>
            )}
          </p>
        )}
        {data && (
          <p data-testid="chart-window">
            {data.window
              ? `Shows ${formatInstant(data.window.from)} – ${formatInstant(data.window.to)}`
              : 'Shows all data'}
            {anchorText(data.anchor) && ` · ${anchorText(data.anchor)}`}
            {data.downsampled && (
              <span className="ml-2 rounded bg-sky-100 px-1 font-medium text-sky-900 dark:bg-sky-950 dark:text-sky-200">
                downsampled
              </span>
            )}
          </p>
        )}
        {result && result.filters.length > 0 && (
          <ul className="flex flex-wrap gap-x-3" aria-label="Tab filters on this chart">
            {result.filters.map((f) => (
              <li key={f.column}>
                {f.column}: {f.applied ? 'applies' : 'does not apply'}
              </li>
            ))}
          </ul>
        )}
        <ErrorAlert error={update.error} />
      </div>
      <div className="min-h-0 flex-1 p-2">
        {loading && !result ? (
          <div className="h-full min-h-16 animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-label="Loading chart" />
        ) : result?.error ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
            {chartErrorText(result.error)}
          </div>
        ) : data ? (
          <ChartSlot ref={drawn} data={data} visual={chart.visual} />
        ) : (
          <p className="text-sm text-slate-500">No data for this chart.</p>
        )}
      </div>
    </section>
  );
}
