import type PlotlyModule from 'plotly.js-dist-min';

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
