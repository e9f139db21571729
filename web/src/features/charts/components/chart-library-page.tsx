import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/field';
import { PageHeader } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { useAddTabChart } from '@/features/dashboard/api/add-tab-chart';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { formatDateTime } from '@/lib/format';
import { useDeleteChart } from '../api/delete-chart';
import { useChartSearch } from '../use-chart-search';
import { chartSource, chartType } from '../chart-labels';
import type { ChartView } from '../types';
import { PinToTabDialog } from './pin-to-tab-dialog';

const PAGE_SIZE = 20;

const linkClass = 'font-medium text-teal-700 underline-offset-2 hover:underline dark:text-teal-400';

/** `/charts`: every chart of the workspace, searchable by title, paged. */
export default function ChartLibraryPage() {
  const { workspace } = useCurrentWorkspace();
  const { search, setSearch, setPage, q, list } = useChartSearch(workspace.id, PAGE_SIZE);
  const [pinning, setPinning] = useState<ChartView | null>(null);
  const [deleting, setDeleting] = useState<ChartView | null>(null);
  const [pinned, setPinned] = useState<{ title: string; tabId: string } | null>(null);
  const pin = useAddTabChart({
    mutationConfig: {
      onSuccess: (_, input) => {
        setPinned({ title: pinning?.title ?? '', tabId: input.tabId });
        setPinning(null);
      },
    },
  });
  const remove = useDeleteChart({ mutationConfig: { onSuccess: () => setDeleting(null) } });
  const charts = list.data?.items ?? [];

  return (
    <div>
      <PageHeader title="Charts" description="Every chart of this workspace. Open one in the builder, pin it to a tab, or delete it." />
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <TextField
          label="Search charts"
          type="search"
          placeholder="Part of a title"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          wrapperClassName="w-72"
        />
        <Link
          to="/charts/new"
          className="ml-auto rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:bg-teal-600 dark:hover:bg-teal-500"
        >
          New chart
        </Link>
      </div>
      {pinned && (
        <Alert tone="success" className="mb-3">
          Pinned “{pinned.title}”.{' '}
          <Link to={`/dashboard/${pinned.tabId}`} className="underline">
            Open the tab
          </Link>
        </Alert>
      )}
      <ErrorAlert error={list.error} className="mb-3" />
      <div aria-busy={list.isFetching || undefined} className={list.isPlaceholderData ? 'opacity-60' : ''}>
        <Table caption="Charts of the workspace">
          <thead>
            <tr>
              <Th>Title</Th>
              <Th>Type</Th>
              <Th>Dataset</Th>
              <Th>Updated</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-900">
            {list.isPending && <EmptyRow colSpan={5}>Loading charts…</EmptyRow>}
            {list.isSuccess && charts.length === 0 && (
              <EmptyRow colSpan={5}>{q ? `No chart title contains “${q}”.` : 'No charts yet: build one with “New chart”.'}</EmptyRow>
            )}
            {charts.map((chart) => (
              <tr key={chart.id}>
                <Td>
                  <Link to={`/charts/${chart.id}`} className={linkClass}>
                    {chart.title || 'Untitled chart'}
                  </Link>
                </Td>
                <Td>{chartType(chart)}</Td>
                <Td>{chartSource(chart)}</Td>
                <Td>{formatDateTime(chart.updatedAt)}</Td>
                <Td className="text-right whitespace-nowrap">
                  <Button variant="ghost" size="sm" aria-label={`Pin ${chart.title} to a tab`} onClick={() => setPinning(chart)}>
                    Pin to tab…
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Delete ${chart.title}`}
                    className="text-red-700 dark:text-red-400"
                    onClick={() => {
                      remove.reset();
                      setDeleting(chart);
                    }}
                  >
                    Delete
                  </Button>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <Pagination of={list.data} onPageChange={setPage} label="Chart pages" />
      {pinning && (
        <PinToTabDialog
          workspaceId={workspace.id}
          chartTitle={pinning.title}
          pending={pin.isPending}
          error={pin.error}
          onClose={() => {
            pin.reset();
            setPinning(null);
          }}
          onChoose={(tabId) => {
            setPinned(null);
            pin.mutate({ tabId, chartId: pinning.id });
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.title}”?`}
          confirmLabel="Delete chart"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate({ chartId: deleting.id })}
        >
          <p>The chart leaves the library and every tab it is pinned to. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
