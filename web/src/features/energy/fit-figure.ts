/**
 * A learned asset model's fit chart, pure: predicted against actual as points and the y = x
 * line a perfect model would sit on. The shared Chart draws a scatter from query rows but has no
 * reference line, so the fit chart prepares its own Plotly figure here and only draws it.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { ChartTheme } from '@/components/chart';
import type { FitAsset } from './types';

export type FitFigure = { data: Data[]; layout: Partial<Layout> } | { empty: string };

export function fitFigure(asset: FitAsset, theme: ChartTheme, unit = ''): FitFigure {
  const actual = asset.sample?.actual ?? [];
  const predicted = asset.sample?.predicted ?? [];
  const n = Math.min(actual.length, predicted.length);
  if (n === 0) return { empty: `No sample of ${asset.name}'s fit to draw.` };
  const xs = actual.slice(0, n);
  const ys = predicted.slice(0, n);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...xs, ...ys]) {
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const withUnit = (text: string) => (unit ? `${text} (${unit})` : text);
  const axis = (title: string) => ({
    title: { text: withUnit(title) },
    gridcolor: theme.grid,
    zerolinecolor: theme.zeroline,
    range: [lo - (hi - lo) * 0.03, hi + (hi - lo) * 0.03] as [number, number],
  });
  return {
    data: [
      {
        type: 'scatter',
        mode: 'markers',
        name: `${asset.name} hours`,
        x: xs,
        y: ys,
        marker: { color: theme.colorway[0], size: 5, opacity: 0.6 },
        hovertemplate: `actual %{x:.2f}, predicted %{y:.2f}<extra></extra>`,
      } as Data,
      {
        type: 'scatter',
        mode: 'lines',
        name: 'y = x',
        x: [lo, hi],
        y: [lo, hi],
        line: { color: theme.colorway[1], dash: 'dash', width: 1.5 },
        hoverinfo: 'skip',
      } as Data,
    ],
    layout: {
      paper_bgcolor: theme.paper,
      plot_bgcolor: theme.plot,
      font: { color: theme.font, size: 12 },
      margin: { l: 56, r: 16, t: 8, b: 48 },
      showlegend: true,
      legend: { orientation: 'h', y: -0.25 },
      hovermode: 'closest',
      xaxis: axis(`Actual ${asset.target}`),
      yaxis: axis(`Predicted ${asset.target}`),
    },
  };
}

/** `power = 0.1719·admission − 0.0477·extraction − 1.620`: the fitted equation in words. */
export function fitEquation(asset: FitAsset, digits = 4): string {
  const terms = Object.entries(asset.coefficients).filter(([name]) => name !== 'intercept');
  const fmt = (v: number) => Math.abs(v).toFixed(digits);
  let text = `${asset.target} =`;
  terms.forEach(([name, v], i) => {
    text += i === 0 ? ` ${v < 0 ? '−' : ''}${fmt(v)}·${name}` : ` ${v < 0 ? '−' : '+'} ${fmt(v)}·${name}`;
  });
  const c = asset.coefficients.intercept;
  if (typeof c === 'number') text += terms.length ? ` ${c < 0 ? '−' : '+'} ${fmt(c)}` : ` ${c < 0 ? '−' : ''}${fmt(c)}`;
  return text;
}
