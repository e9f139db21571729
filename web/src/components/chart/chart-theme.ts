import type { Theme } from '@/lib/theme';

/**
 * Every colour a chart uses, per app theme. Backgrounds match the cards charts sit on
 * (Tailwind white / slate-900) and are opaque, so a downloaded PNG reads on any viewer.
 */
export type ChartTheme = {
  paper: string;
  plot: string;
  font: string;
  /** axis titles, legends' secondary text, the previous-period series */
  muted: string;
  grid: string;
  zeroline: string;
  /** series colours in order; colour-blind safe, legible on both backgrounds */
  colorway: string[];
  /** sequential scale for heatmaps, low to high */
  colorscale: [number, string][];
  up: string;
  down: string;
};

// Okabe–Ito, reordered so the first two series contrast most, plus two neutrals.
const SERIES = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#7F7F7F'];

export const CHART_THEMES: Record<Theme, ChartTheme> = {
  light: {
    paper: '#ffffff',
    plot: '#ffffff',
    font: '#334155',
    muted: '#94a3b8',
    grid: '#e2e8f0',
    zeroline: '#cbd5e1',
    colorway: SERIES,
    colorscale: [
      [0, '#f0f9ff'],
      [0.5, '#38bdf8'],
      [1, '#0c4a6e'],
    ],
    up: '#047857',
    down: '#b91c1c',
  },
  dark: {
    paper: '#0f172a',
    plot: '#0f172a',
    font: '#cbd5e1',
    muted: '#64748b',
    grid: '#1e293b',
    zeroline: '#334155',
    colorway: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#A3A3A3'],
    colorscale: [
      [0, '#0f172a'],
      [0.5, '#0369a1'],
      [1, '#7dd3fc'],
    ],
    up: '#34d399',
    down: '#f87171',
  },
};
