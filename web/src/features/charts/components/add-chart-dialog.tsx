import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { Modal } from '@/components/modal';
import { Pagination } from '@/components/pagination';
import { useAddTabChart } from '@/features/dashboard/api/add-tab-chart';
import { useChartSearch } from '../use-chart-search';
import { chartSource, chartType } from '../chart-labels';

/**
 * On a dashboard tab: search the library and pin a chart to the tab, or start a new chart
 * that is pinned to the tab when saved.
 */
export function AddChartDialog({
  tabId,
  workspaceId,
  pinnedChartIds = [],
  onClose,
}: {
  tabId: string;
  workspaceId: string;
  /** Charts already on the tab: shown, not offered again. */
  pinnedChartIds?: string[];
  onClose: () => void;
}) {
  const { search, setSearch, setPage, q, list } = useChartSearch(workspaceId, 8);
  const pin = useAddTabChart({ mutationConfig: { onSuccess: onClose } });
  const charts = list.data?.items ?? [];

  return (
    <Modal title="Add a chart to this tab" onClose={() => !pin.isPending && onClose()}>
      <TextField
        label="Search the chart library"
        type="search"
        placeholder="Part of a title"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ErrorAlert error={list.error ?? pin.error} />
      <ul aria-label="Charts in the library" aria-busy={list.isFetching || undefined} className="max-h-80 divide-y divide-slate-200 overflow-y-auto dark:divide-slate-800">
        {list.isPending && <li className="py-2 text-slate-500">Loading charts…</li>}
        {list.isSuccess && charts.length === 0 && (
          <li className="py-2 text-slate-500">{q ? `No chart title contains “${q}”.` : 'The library has no charts yet.'}</li>
        )}
        {charts.map((chart) => {
          const onTab = pinnedChartIds.includes(chart.id);
          return (
            <li key={chart.id} className="flex items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-slate-900 dark:text-slate-100">{chart.title || 'Untitled chart'}</p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  {chartType(chart)} · {chartSource(chart)}
                </p>
              </div>
              {onTab ? (
                <span className="text-xs text-slate-500">On this tab</span>
              ) : (
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={`Pin ${chart.title}`}
                  pending={pin.isPending && pin.variables?.chartId === chart.id}
                  disabled={pin.isPending}
                  onClick={() => pin.mutate({ tabId, chartId: chart.id })}
                >
                  Pin
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination of={list.data} onPageChange={setPage} label="Library pages" />
      <div className="flex items-center justify-between gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        <Link to={`/charts/new?pinTo=${encodeURIComponent(tabId)}`} className="font-medium text-teal-700 underline dark:text-teal-400">
          New chart…
        </Link>
        <Button variant="secondary" onClick={onClose} disabled={pin.isPending}>
          Close
        </Button>
      </div>
    </Modal>
  );
}
