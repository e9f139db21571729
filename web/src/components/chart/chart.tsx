import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Ref } from 'react';
import { Table, Td, Th } from '@/components/table';
import type { Theme } from '@/lib/theme';
import type { ChartData, ChartVisual } from '@/types/api';
import { loadPlotly } from './plotly-loader';
import type { Plotly } from './plotly-loader';
import { describeWindow, formatCell, formatInstant, prepareFigure, zoomFromRelayout } from './prepare';
import type { KpiFigure, PlotlyFigure, TableFigure } from './prepare';
import { useDocumentTheme } from './use-document-theme';

export type ChartHandle = {
  /** Saves the drawn chart as a PNG (Plotly charts only; resolves at once for tables and KPIs). */
  downloadPng: (filename?: string) => Promise<void>;
};

export type ChartProps = {
  /** The chart's data as `GET /api/charts/{id}/data` returns it. */
  data: ChartData;
  /** What to draw and which columns go on x, y and colour. */
  visual: ChartVisual;
  /** Heading above the chart; defaults to `visual.title`; `null` for none (a card that shows its own). */
  title?: string | null;
  /** Forces a theme; by default the chart follows the app's (the `dark` class on <html>). */
  theme?: Theme;
  /** Units by output column name, for axis titles, table headers and KPIs; defaults to `data.units`. */
  units?: Record<string, string>;
  /** Draw the previous period when the data has `<measure>_previous` columns (default true). */
  compare?: boolean;
  /** Called with ISO instants when the reader zooms a time axis. */
  onZoom?: (from: string, to: string) => void;
  /** Whether the caption states the window (default true); off where the caller states it. */
  showWindow?: boolean;
  /** Whether the caption has a "Download PNG" button (default true); off where a menu offers it. */
  showDownload?: boolean;
  className?: string;
  ref?: Ref<ChartHandle>;
};

const PLOTLY_CONFIG = { responsive: true, displaylogo: false } as const;

/**
 * Draws one chart. It never fetches: `data` comes from the caller, `prepareFigure` decides
 * what to draw, and this component only draws it. Tables and KPIs are plain React, so a
 * page of them never loads Plotly; other types load Plotly lazily on first use.
 */
export function Chart({
  data,
  visual,
  title,
  theme,
  units,
  compare,
  onZoom,
  showWindow = true,
  showDownload = true,
  className = '',
  ref,
}: ChartProps) {
  const documentTheme = useDocumentTheme();
  const figure = useMemo(
    () => prepareFigure(data, visual, { theme: theme ?? documentTheme, units: units ?? data.units, compare }),
    [data, visual, theme, documentTheme, units, compare],
  );
  const plotRef = useRef<PlotHandle>(null);
  const heading = title === undefined ? visual.title : title;

  useImperativeHandle(
    ref,
    () => ({ downloadPng: (filename?: string) => plotRef.current?.downloadPng(filename ?? heading ?? 'chart') ?? Promise.resolve() }),
    [heading],
  );

  const windowText = describeWindow(data);
  return (
    <figure className={`flex h-full min-h-0 flex-col gap-2 ${className}`} aria-label={heading ?? `${visual.type} chart`}>
      {heading && <h3 className="truncate text-sm font-semibold text-slate-800 dark:text-slate-100">{heading}</h3>}
      <div className={`relative flex-1 ${figure.kind === 'plotly' ? 'min-h-40' : 'min-h-0'}`}>
        {figure.kind === 'plotly' && <PlotlyChart ref={plotRef} figure={figure} onZoom={onZoom} />}
        {figure.kind === 'table' && <TableChart figure={figure} caption={heading ?? 'Chart data'} />}
        {figure.kind === 'kpi' && <KpiChart figure={figure} />}
        {figure.kind === 'empty' && <ChartMessage tone="empty">{figure.reason}</ChartMessage>}
        {figure.kind === 'error' && <ChartMessage tone="error">{figure.reason}</ChartMessage>}
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500 dark:text-slate-400">
        {data.downsampled && (
          <span
            className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
            title="Long series were thinned on the server: per pixel column the first, last, lowest and highest points are kept, so peaks stay visible."
          >
            Downsampled
          </span>
        )}
        {data.truncated && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
            Row limit reached: not all rows are shown
          </span>
        )}
        {showWindow && windowText && <span>{windowText}</span>}
        {figure.kind === 'plotly' && showDownload && (
          <button
            type="button"
            className="ml-auto rounded px-1.5 py-0.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-slate-50"
            onClick={() => void plotRef.current?.downloadPng(heading ?? 'chart')}
          >
            Download PNG
          </button>
        )}
      </figcaption>
    </figure>
  );
}

type PlotHandle = { downloadPng: (filename: string) => Promise<void> };

type PlotlyDiv = HTMLDivElement & { on?: (event: string, handler: (event: Record<string, unknown>) => void) => void };

function PlotlyChart({ figure, onZoom, ref }: { figure: PlotlyFigure; onZoom?: ChartProps['onZoom']; ref: Ref<PlotHandle> }) {
  const divRef = useRef<PlotlyDiv>(null);
  const plotlyRef = useRef<Plotly | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  // the relayout listener is attached once; it reads the latest props through refs
  const onZoomRef = useRef(onZoom);
  const timeAxisRef = useRef(figure.timeAxis);
  useEffect(() => {
    onZoomRef.current = onZoom;
    timeAxisRef.current = figure.timeAxis;
  });

  useEffect(() => {
    let cancelled = false;
    loadPlotly().then(
      async (plotly) => {
        const div = divRef.current;
        if (cancelled || !div) return;
        const first = plotlyRef.current === null;
        plotlyRef.current = plotly;
        try {
          await plotly.react(div, figure.data, figure.layout, PLOTLY_CONFIG);
        } catch (error) {
          if (!cancelled) setFailure(`Plotly could not draw this chart: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        // how many times this chart has been drawn: journeys and bench/dashboard wait on it
        div.dataset.drawn = String(Number(div.dataset.drawn ?? '0') + 1);
        if (first && div.on) {
          div.on('plotly_relayout', (event) => {
            const range = timeAxisRef.current ? zoomFromRelayout(event) : null;
            if (range) onZoomRef.current?.(range.from, range.to);
          });
        }
        if (!cancelled) setDrawn(true);
      },
      (error: unknown) => {
        if (!cancelled) setFailure(`The chart library could not load: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [figure]);

  useEffect(() => {
    const div = divRef.current;
    if (!div || typeof ResizeObserver === 'undefined') return;
    // Plotly's `responsive` follows the window; a grid cell resizes without it
    const observer = new ResizeObserver(() => {
      if (plotlyRef.current && div.isConnected) void plotlyRef.current.Plots.resize(div);
    });
    observer.observe(div);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const div = divRef.current;
    return () => {
      if (div && plotlyRef.current) plotlyRef.current.purge(div);
    };
  }, []);

  const downloadPng = useCallback(async (filename: string) => {
    const div = divRef.current;
    const plotly = plotlyRef.current;
    if (!div || !plotly) return;
    await plotly.downloadImage(div, {
      format: 'png',
      filename: filename.replace(/[^\w\- ]+/g, '_').slice(0, 80) || 'chart',
      width: div.clientWidth || 900,
      height: div.clientHeight || 500,
    });
  }, []);
  useImperativeHandle(ref, () => ({ downloadPng }), [downloadPng]);

  if (failure) return <ChartMessage tone="error">{failure}</ChartMessage>;
  return (
    <div className="absolute inset-0">
      {!drawn && (
        <div className="absolute inset-0 flex items-center justify-center text-xs text-slate-400" role="status">
          Drawing…
        </div>
      )}
      <div ref={divRef} className="absolute inset-0" data-testid="plotly-chart" />
    </div>
  );
}

function TableChart({ figure, caption }: { figure: TableFigure; caption: string }) {
  return (
    <div className="h-full overflow-auto">
      <Table caption={caption}>
        <thead>
          <tr>
            {figure.columns.map((column) => (
              <Th key={column.name} className={column.numeric ? 'text-right' : ''}>
                {column.name}
                {column.unit && ' '}
                {column.unit && <span className="font-normal normal-case">({column.unit})</span>}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {figure.rows.map((row, r) => (
            <tr key={r}>
              {figure.columns.map((column, c) => (
                <Td key={column.name} className={column.numeric ? 'text-right tabular-nums' : ''}>
                  {formatCell(row[c] ?? null)}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {figure.totalRows > figure.rows.length && (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Showing the first {figure.rows.length} of {figure.totalRows} rows.
        </p>
      )}
    </div>
  );
}

function KpiChart({ figure }: { figure: KpiFigure }) {
  const { delta } = figure;
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
  const deltaColor = delta?.direction === 'up' ? figure.colors.up : delta?.direction === 'down' ? figure.colors.down : undefined;
  return (
    <div className="flex h-full flex-col justify-center gap-1" data-testid="kpi">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">{figure.label}</p>
      <p className="text-3xl font-semibold text-slate-900 tabular-nums dark:text-slate-50">
        {formatCell(figure.value, undefined, 2)}
        {figure.unit && <span className="ml-1 text-base font-normal text-slate-500 dark:text-slate-400">{figure.unit}</span>}
      </p>
      {delta && (
        <p className="text-sm tabular-nums" style={{ color: deltaColor }}>
          <span aria-hidden="true">{delta.direction === 'up' ? '▲' : delta.direction === 'down' ? '▼' : '■'} </span>
          {sign(delta.absolute)}
          {formatCell(Math.abs(delta.absolute), undefined, 2)}
          {delta.percent !== null && ` (${sign(delta.percent)}${formatCell(Math.abs(delta.percent), undefined, 1)}%)`}
          <span className="text-slate-500 dark:text-slate-400"> vs previous period</span>
        </p>
      )}
      {figure.at && <p className="text-xs text-slate-500 dark:text-slate-400">at {formatInstant(figure.at)}</p>}
    </div>
  );
}

function ChartMessage({ tone, children }: { tone: 'empty' | 'error'; children: string }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex h-full min-h-24 items-center justify-center rounded-md border border-dashed p-4 text-center text-sm ${
        tone === 'error'
          ? 'border-red-300 text-red-700 dark:border-red-900 dark:text-red-300'
          : 'border-slate-300 text-slate-500 dark:border-slate-700 dark:text-slate-400'
      }`}
    >
      {children}
    </div>
  );
}
