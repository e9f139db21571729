import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { PageHeader } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { emptyDraft, queryToDraft } from '../builder-state';
import { useChartView } from '../api/get-chart';
import type { ChartView } from '../types';
import { ChartBuilder } from './chart-builder';
import { PreviewPanel } from './preview-panel';

/** A chart written in SQL: shown, previewed, not edited here. */
function SqlChart({ chart }: { chart: ChartView }) {
  const visual = chart.visual ?? { type: 'table' as const };
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(22rem,28rem)_1fr]">
      <div className="space-y-3 text-sm">
        <p role="note" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sky-900 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100">
          This chart is written in SQL, so it is edited as SQL, not in the builder. The builder edits charts made of
          a dataset, measures and dimensions; it shows this one read-only.
        </p>
        <pre aria-label="SQL of the chart" className="overflow-x-auto rounded-md border border-slate-200 bg-white p-3 font-mono text-xs dark:border-slate-700 dark:bg-slate-900">
          {chart.sql}
        </pre>
        <Link to="/charts" className="text-teal-700 underline dark:text-teal-400">
          Back to the library
        </Link>
      </div>
      <PreviewPanel body={{ workspaceId: chart.workspaceId, sql: chart.sql ?? '', visual }} visual={visual} />
    </div>
  );
}

function ExistingChart({ chartId, workspaceId, pinTo }: { chartId: string; workspaceId: string; pinTo: string | null }) {
  const chart = useChartView({ chartId });
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  if (chart.isPending) return <Loading />;
  if (chart.isError) return <ErrorAlert error={chart.error} />;
  const view = chart.data;
  return (
    <>
      <PageHeader title={view.title || 'Untitled chart'} description={view.sql ? 'A SQL chart.' : 'Edit the chart; the preview follows every change.'} />
      {view.sql || !view.query ? (
        <SqlChart chart={view} />
      ) : (
        <ChartBuilder
          key={view.id}
          justSaved={justSaved}
          workspaceId={view.workspaceId || workspaceId}
          chartId={view.id}
          pinTo={pinTo}
          initial={queryToDraft(view.query, view.title, view.visual)}
        />
      )}
    </>
  );
}

/** `/charts/new?pinTo=<tabId>` and `/charts/:chartId`. */
export default function ChartBuilderPage() {
  const { chartId } = useParams();
  const [search] = useSearchParams();
  const pinTo = search.get('pinTo');
  const { workspace } = useCurrentWorkspace();
  if (chartId) return <ExistingChart chartId={chartId} workspaceId={workspace.id} pinTo={pinTo} />;
  return (
    <>
      <PageHeader
        title="New chart"
        description={pinTo ? 'Saving pins the chart to the tab you came from.' : 'Pick a dataset, what to measure and how to split it; the preview follows every change.'}
      />
      <ChartBuilder workspaceId={workspace.id} pinTo={pinTo} initial={emptyDraft()} />
    </>
  );
}
