import { prepareFigure } from '@/components/chart';
import { figureToPng } from '@/components/chart/plotly-loader';
import { formatCell } from '@/components/chart/prepare';
import type { ChartData as DrawnData } from '@/types/api';
import { drawnVisual } from '../components/chart-slot';
import { cardKey, chartKey, layoutOfTab } from '../grid-layout';
import type { ChartDataOnTab, Tab } from '../types';
import { markdownAsText, placeOnCanvas, wrapText } from './tab-image-layout';
import type { PlacedBox } from './tab-image-layout';

const WIDTH = 1600;
const TITLE_HEIGHT = 28;
const FONT = '14px system-ui, sans-serif';
const TITLE_FONT = '600 15px system-ui, sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('A chart image could not be read.'));
    image.src = src;
  });
}

function frame(ctx: CanvasRenderingContext2D, box: PlacedBox) {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.left, box.top, box.width, box.height);
  ctx.strokeStyle = '#e2e8f0';
  ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.width - 1, box.height - 1);
}

function lines(ctx: CanvasRenderingContext2D, text: string, box: PlacedBox, top: number) {
  ctx.font = FONT;
  ctx.fillStyle = '#334155';
  const wrapped = wrapText(text, box.width - 24, (s) => ctx.measureText(s).width);
  const fit = Math.max(0, Math.floor((box.top + box.height - top - 8) / 20));
  wrapped.slice(0, fit).forEach((line, n) => ctx.fillText(line, box.left + 12, top + 16 + n * 20));
}

/** What a chart that Plotly does not draw (a table, a KPI, no data) says in the picture. */
function chartText(result: ChartDataOnTab | undefined, figure: ReturnType<typeof prepareFigure> | null): string {
  if (!result?.data || !figure) return 'No data for this chart.';
  if (figure.kind === 'kpi') return `${figure.label}: ${formatCell(figure.value, undefined, 2)}${figure.unit ? ` ${figure.unit}` : ''}`;
  if (figure.kind === 'table') {
    const head = figure.columns.map((c) => c.name).join(' | ');
    const rows = figure.rows.slice(0, 20).map((row) => row.map((cell) => formatCell(cell ?? null)).join(' | '));
    return [head, ...rows].join('\n');
  }
  return figure.kind === 'empty' || figure.kind === 'error' ? figure.reason : '';
}

/**
 * The tab as one PNG: each chart drawn by `Plotly.toImage` at its grid place, text cards and
 * tables as text, on a white canvas; then downloaded. Returns once the download has started.
 */
export async function downloadTabPng(tab: Tab, results: ReadonlyMap<string, ChartDataOnTab>): Promise<void> {
  const placed = placeOnCanvas(layoutOfTab(tab), { width: WIDTH });
  const canvas = document.createElement('canvas');
  canvas.width = placed.width;
  canvas.height = placed.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture.');
  ctx.fillStyle = '#f8fafc';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'alphabetic';

  for (const box of placed.boxes) {
    frame(ctx, box);
    const card = tab.cards.find((c) => cardKey(c.id) === box.i);
    if (card) {
      lines(ctx, markdownAsText(card.markdown), box, box.top + 4);
      continue;
    }
    const chart = tab.charts.find((c) => chartKey(c.chartId) === box.i);
    if (!chart) continue;
    ctx.font = TITLE_FONT;
    ctx.fillStyle = '#0f172a';
    ctx.fillText(chart.title, box.left + 12, box.top + 20, box.width - 24);
    const result = results.get(chart.chartId);
    const figure = result?.data
      ? prepareFigure(result.data as unknown as DrawnData, drawnVisual(chart.visual), { theme: 'light' })
      : null;
    if (figure?.kind === 'plotly') {
      const size = { width: box.width - 2, height: Math.max(40, box.height - TITLE_HEIGHT - 2) };
      const image = await loadImage(await figureToPng(figure, size));
      ctx.drawImage(image, box.left + 1, box.top + TITLE_HEIGHT, size.width, size.height);
    } else {
      lines(ctx, chartText(result, figure), box, box.top + TITLE_HEIGHT);
    }
  }

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made.');
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `${tab.name.replace(/[^\w\- ]+/g, '_').slice(0, 80) || 'tab'}.png`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
