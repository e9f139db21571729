import { useEffect, useMemo, useRef, useState } from 'react';
import { CHART_THEMES } from '@/components/chart';
import { loadPlotly } from '@/components/chart/plotly-loader';
import { useDocumentTheme } from '@/components/chart/use-document-theme';
import { fitFigure } from '../fit-figure';
import type { FitAsset } from '../types';

/** Predicted against actual for one asset, with the y = x line; the figure is prepared by `fitFigure`. */
export function FitChart({ asset, unit }: { asset: FitAsset; unit?: string }) {
  const theme = useDocumentTheme();
  const figure = useMemo(() => fitFigure(asset, CHART_THEMES[theme], unit), [asset, theme, unit]);
  const ref = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if ('empty' in figure) return;
    let cancelled = false;
    const div = ref.current;
    loadPlotly().then(
      async (plotly) => {
        if (cancelled || !div) return;
        await plotly.react(div, figure.data, figure.layout, { responsive: true, displaylogo: false });
        div.dataset.drawn = String(Number(div.dataset.drawn ?? '0') + 1);
      },
      (error: unknown) => !cancelled && setFailure(`The chart library could not load: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [figure]);

  useEffect(() => {
    const div = ref.current;
    return () => {
      if (div) void loadPlotly().then((plotly) => plotly.purge(div));
    };
  }, []);

  return (
    <figure aria-label={`Fit of ${asset.name}`} className="flex flex-col gap-1">
      <figcaption className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        {asset.name}: predicted against actual {asset.target}
      </figcaption>
      {'empty' in figure ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{figure.empty}</p>
      ) : failure ? (
        <p className="text-sm text-red-700 dark:text-red-400">{failure}</p>
      ) : (
        <div ref={ref} className="h-72 w-full" />
      )}
    </figure>
  );
}
