import type PlotlyModule from 'plotly.js-dist-min';
import type { Data, Layout } from 'plotly.js-dist-min';

export type Plotly = typeof PlotlyModule;

let loading: Promise<Plotly> | null = null;

/**
 * Plotly (about 1.4 MB gzipped) in its own chunk, fetched with the first chart that needs
 * it and shared by every chart after; a failed fetch is retried by the next chart.
 */
export function loadPlotly(): Promise<Plotly> {
  loading ??= import('plotly.js-dist-min').then(
    (module) => ((module as { default?: Plotly }).default ?? module) as Plotly,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The visual types drawn as plain React, which never need Plotly. */
const WITHOUT_PLOTLY = new Set(['table', 'kpi']);

/**
 * Starts fetching Plotly when any of these visuals will need it, before their data arrives:
 * a tab knows its charts' types one round trip before it has their data, so the chunk and
 * the data load side by side instead of one after the other.
 */
export function preloadPlotlyFor(visualTypes: readonly string[]): void {
  if (visualTypes.some((type) => !WITHOUT_PLOTLY.has(type))) {
    loadPlotly().catch(() => {
      // the chart that needs it retries and shows the error
    });
  }
}

/**
 * A figure as a PNG data URL, drawn off screen by `Plotly.toImage` (no graph div needed):
 * what the tab picture composes.
 */
export async function figureToPng(
  figure: { data: Data[]; layout: Partial<Layout> },
  size: { width: number; height: number },
): Promise<string> {
  const plotly = await loadPlotly();
  return plotly.toImage(
    { data: figure.data, layout: { ...figure.layout, width: size.width, height: size.height, autosize: false } },
    { format: 'png', ...size },
  );
}
