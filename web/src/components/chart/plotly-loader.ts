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
