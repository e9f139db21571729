import { useEffect, useState } from 'react';
import { Chart } from '@/components/chart';
import { Spinner } from '@/components/spinner';
import { errorDetail } from '@/lib/api-client';
import type { ChartData, ChartVisual } from '@/types/api';
import { useDebouncedValue } from '../use-debounced-value';
import { usePreviewChart } from '../api/preview-chart';
import type { PreviewBody } from '../api/preview-chart';

export const PREVIEW_DELAY_MS = 400;

/**
 * The draft drawn live: the body is sent `PREVIEW_DELAY_MS` after the last edit. The last good
 * answer stays on screen, greyed, while a newer one loads or when the newer one is refused;
 * a refusal is the server's `detail` in a line.
 */
export function PreviewPanel({
  body,
  visual,
  units,
  waitingFor,
}: {
  /** null while the draft cannot run yet. */
  body: PreviewBody | null;
  visual: ChartVisual;
  units?: Record<string, string>;
  /** Why there is nothing to run yet, in a sentence. */
  waitingFor?: string | null;
}) {
  // JSON text as the debounced value: a new but equal object is not an edit
  const settled = useDebouncedValue(body ? JSON.stringify(body) : null, PREVIEW_DELAY_MS);
  const settledBody = settled ? (JSON.parse(settled) as PreviewBody) : null;
  const preview = usePreviewChart({ body: settledBody ?? {}, queryConfig: { enabled: !!settledBody, retry: false } });
  const [lastGood, setLastGood] = useState<ChartData | null>(null);
  useEffect(() => {
    if (preview.data) setLastGood(preview.data);
  }, [preview.data]);

  const typing = (body ? JSON.stringify(body) : null) !== settled;
  const loading = typing || preview.isFetching;
  const stale = loading || preview.isError;
  const shown = preview.data ?? lastGood;

  return (
    <section aria-label="Preview" className="flex flex-col rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <div className="mb-2 flex items-center gap-2 text-sm">
        <h2 className="font-semibold text-slate-800 dark:text-slate-100">Preview</h2>
        <span role="status" className="flex items-center gap-1 text-xs text-slate-500 dark:text-slate-400">
          {body && loading && (
            <>
              <Spinner className="size-3" /> Updating preview…
            </>
          )}
          {!loading && shown && !preview.isError && (
            <span data-testid="preview-rows">
              {shown.rows.length.toLocaleString('en')} {shown.rows.length === 1 ? 'row' : 'rows'}
            </span>
          )}
        </span>
      </div>
      {preview.isError && !typing && (
        <p role="alert" className="mb-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
          {errorDetail(preview.error)}
        </p>
      )}
      {!body && waitingFor && <p className="text-sm text-slate-600 dark:text-slate-400">{waitingFor}</p>}
      {shown && body ? (
        <div
          aria-busy={loading || undefined}
          data-stale={stale || undefined}
          className={`h-96 overflow-auto transition-opacity ${stale ? 'opacity-50 grayscale' : ''}`}
        >
          <Chart data={shown} visual={visual} title={null} units={units} className="h-full" />
        </div>
      ) : (
        body && !preview.isError && <div className="h-96 animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-hidden />
      )}
    </section>
  );
}
