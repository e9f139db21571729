import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { Chart } from '@/components/chart';
import { PinToTabDialog } from '@/features/charts/components/pin-to-tab-dialog';
import { usePreviewChart } from '@/features/charts/api/preview-chart';
import { useTabs } from '@/features/dashboard/api/get-tabs';
import { usePinRunChart } from '../api/pin-run-chart';
import type { RunChart } from '../types';

/**
 * One of a run's charts: its query drawn through the chart preview and the shared Chart, and
 * "Pin to tab", which saves it to the library and pins it to a tab of the workspace.
 */
export function RunChartCard({
  workspaceId,
  runId,
  chart,
  canPin,
}: {
  workspaceId: string;
  runId: string;
  chart: RunChart;
  canPin: boolean;
}) {
  const preview = usePreviewChart({ body: { workspaceId, query: chart.query, visual: chart.visual } });
  const [choosing, setChoosing] = useState(false);
  const pin = usePinRunChart({ mutationConfig: { onSuccess: () => setChoosing(false) } });
  // the tab names, once there is a tab to choose or to link to
  const tabs = useTabs({ workspaceId, queryConfig: { enabled: choosing || pin.isSuccess } });
  const pinnedTo = pin.data ? tabs.data?.items.find((t) => t.id === pin.data.tabId) : undefined;

  return (
    <section aria-label={`Chart ${chart.title}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <div className="h-80">
        {preview.isPending ? (
          <div className="h-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-label={`Loading ${chart.title}`} />
        ) : preview.isError ? (
          <ErrorAlert error={preview.error} />
        ) : (
          <Chart data={preview.data} visual={{ ...chart.visual, title: chart.title }} showWindow={false} />
        )}
      </div>
      {canPin && (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <Button variant="secondary" size="sm" onClick={() => setChoosing(true)} aria-label={`Pin ${chart.title} to a tab`}>
            Pin to tab
          </Button>
          {pin.data && (
            <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
              Pinned to{' '}
              <Link to={`/dashboard/${encodeURIComponent(pin.data.tabId)}`} className="font-medium underline">
                {pinnedTo?.name ?? 'the tab'}
              </Link>
            </span>
          )}
        </div>
      )}
      {choosing && (
        <PinToTabDialog
          workspaceId={workspaceId}
          chartTitle={chart.title}
          onChoose={(tabId) => pin.mutate({ runId, kind: chart.kind, tabId })}
          onClose={() => {
            setChoosing(false);
            pin.reset();
          }}
          pending={pin.isPending}
          error={pin.error}
        />
      )}
    </section>
  );
}
