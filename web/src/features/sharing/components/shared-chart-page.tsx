import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Chart } from '@/components/chart';
import { PageHeader } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { getChartQueryOptions } from '@/features/dashboard/api/get-chart';
import { drawnVisual } from '@/features/dashboard/components/chart-slot';
import { useChartData } from '../api/get-chart-data';

/** `/share/chart/:id`: one chart, read-only, for the person it was shared with (and members). */
export default function SharedChartPage() {
  const { chartId = '' } = useParams();
  const chart = useQuery(getChartQueryOptions(chartId));
  const data = useChartData({ chartId });
  if (chart.isPending) return <Loading />;
  if (chart.isError) return <ErrorAlert error={chart.error} />;
  const visual = drawnVisual(chart.data.visual ?? { type: 'table' });
  return (
    <div className="flex h-[calc(100dvh-8rem)] min-h-96 flex-col">
      <PageHeader title={chart.data.title} description="Shared with you: read-only." />
      <div className="min-h-0 flex-1 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
        {data.isPending ? (
          <Loading label="Loading data…" />
        ) : data.isError ? (
          <ErrorAlert error={data.error} />
        ) : (
          <Chart data={data.data} visual={visual} title={null} className="h-full" />
        )}
      </div>
    </div>
  );
}

