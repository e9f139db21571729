import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { preloadPlotlyFor } from '@/components/chart';
import { Button } from '@/components/button';
import { AddChartDialog } from '@/features/charts';
import { getDatasetsQueryOptions } from '@/features/data/api/get-datasets';
import { ShareDialog } from '@/features/sharing/components/share-dialog';
import type { ShareTargetRef } from '@/features/sharing/types';
import { useTab } from '../api/get-tab';
import { useTabData } from '../api/get-tab-data';
import { tabDataKey } from '../api/keys';
import { useRemoveTabChart } from '../api/remove-tab-chart';
import { useUpdateTab } from '../api/update-tab';
import { downloadTabPng } from '../export/download-tab-png';
import { cardKey, chartKey, layoutOfTab, placeBelow } from '../grid-layout';
import { useLiveDatasets, useLiveStatus } from '../live/use-live-datasets';
import type { ChartDataOnTab, TabView as View } from '../types';
import { searchChoosesView, searchFromView, viewDiffersFromTab, viewFromSearch, withFilterValues } from '../url-state';
import { ChartPanel } from './chart-panel';
import { DashboardGrid } from './dashboard-grid';
import { FilterChips } from './filter-chips';
import type { FilterColumn } from './filter-chips';
import { TextCardPanel } from './text-card';
import { WindowPicker } from './window-picker';
import { useTextCards } from '../api/text-cards';

export const REFRESH_CHOICES: { seconds: number; label: string }[] = [
  { seconds: 0, label: 'Off' },
  { seconds: 5, label: '5 s' },
  { seconds: 10, label: '10 s' },
  { seconds: 30, label: '30 s' },
  { seconds: 60, label: '1 min' },
  { seconds: 300, label: '5 min' },
  { seconds: 900, label: '15 min' },
  { seconds: 1800, label: '30 min' },
  { seconds: 3600, label: '1 h' },
];

/** The view that lets the server apply the tab's saved window and filters. */
const TAB_DEFAULTS: View = { window: null, filters: [] };

export function TabSkeleton() {
  return (
    <div aria-label="Loading tab" role="status" className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="h-56 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" />
      ))}
    </div>
  );
}

/**
 * The datasets the tab's charts read, for live updates and the filter columns: tab data names
 * each chart's dataset, the workspace's dataset list gives their dimension columns. A tab shared
 * from another workspace lists none of them, so only the filters it already has can change.
 */
function useTabDatasets(results: ChartDataOnTab[] | undefined, workspaceId: string, listDatasets: boolean) {
  const ids = [...new Set((results ?? []).map((r) => r.datasetId).filter((id): id is string => !!id))].sort();
  const key = ids.join(',');
  const datasets = useQuery({ ...getDatasetsQueryOptions({ workspaceId, size: 200 }), enabled: listDatasets && ids.length > 0 });
  // compared by value: a new array with the same ids keeps the subscriptions
  const datasetIds = useMemo(() => key.split(",").filter(Boolean), [key]);
  const filterColumns = useMemo(() => {
    const used = new Set(datasetIds);
    const columns = new Map<string, FilterColumn>();
    for (const d of datasets.data?.items ?? []) {
      if (!used.has(d.id)) continue;
      for (const column of d.columns) {
        if (column.role !== 'dimension') continue;
        const entry = columns.get(column.name) ?? { name: column.name, datasetIds: [] };
        entry.datasetIds.push(d.id);
        columns.set(column.name, entry);
      }
    }
    return [...columns.values()];
  }, [datasetIds, datasets.data]);
  return { datasetIds, filterColumns };
}

function LiveBadge() {
  const status = useLiveStatus();
  const text = { idle: 'Not live', connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' }[status];
  return (
    <span className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400" role="status">
      <span className={`size-2 rounded-full ${status === 'live' ? 'bg-emerald-500' : 'bg-slate-400'}`} aria-hidden />
      {text}
    </span>
  );
}

/** One tab: its window, filters, refresh and the grid of its charts and cards. */
export function TabView({ tabId, workspaceId }: { tabId: string; workspaceId: string }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const tab = useTab({ tabId });
  const visualTypes = tab.data?.charts.map((c) => c.visual.type).join(',') ?? '';
  useEffect(() => preloadPlotlyFor(visualTypes.split(',').filter(Boolean)), [visualTypes]);
  const updateTab = useUpdateTab();
  const cards = useTextCards();
  const removeChart = useRemoveTabChart();
  const [addingChart, setAddingChart] = useState(false);
  const [sharing, setSharing] = useState<(ShareTargetRef & { title: string }) | null>(null);
  const png = useMutation({ mutationFn: (args: Parameters<typeof downloadTabPng>) => downloadTabPng(...args) });

  const view: View = useMemo(
    () => (tab.data ? viewFromSearch(search, tab.data) : { window: null, filters: [] }),
    [search, tab.data],
  );
  const setView = (next: View) => setSearch(searchFromView(next, search), { replace: true });

  const refreshSeconds = tab.data?.refreshSeconds ?? 0;
  // with no window or filters in the URL the server applies the tab's own, so the data is
  // asked for at once, beside the tab, instead of one round trip after it
  const urlChoosesView = searchChoosesView(search);
  const data = useTabData({
    tabId,
    view: urlChoosesView ? view : TAB_DEFAULTS,
    queryConfig: {
      enabled: !urlChoosesView || !!tab.data,
      refetchInterval: refreshSeconds > 0 ? refreshSeconds * 1000 : false,
    },
  });

  const { datasetIds, filterColumns } = useTabDatasets(
    data.data?.charts,
    tab.data?.workspaceId ?? workspaceId,
    !!tab.data && !tab.data.sharedBy,
  );
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: tabDataKey(tabId) }), [queryClient, tabId]);
  useLiveDatasets(datasetIds, () => void refresh());

  if (tab.isPending) return <TabSkeleton />;
  if (tab.isError) {
    return (
      <div className="space-y-2">
        <ErrorAlert error={tab.error} />
        <Button variant="secondary" onClick={() => tab.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const current = tab.data;
  const readOnly = current.access === 'view';
  const items = layoutOfTab(current);
  const results = new Map((data.data?.charts ?? []).map((c) => [c.chartId, c]));

  const addCard = () => {
    cards.add.mutate({ tabId, markdown: '', layout: placeBelow(items, 6, 3) });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <WindowPicker label="Tab window" value={view.window} onChange={(window) => setView({ ...view, window })} />
        {!readOnly && viewDiffersFromTab(view, current) && (
          <Button
            variant="ghost"
            size="sm"
            pending={updateTab.isPending}
            onClick={() => updateTab.mutate({ tabId, window: view.window, filters: view.filters })}
          >
            Save as the tab’s default
          </Button>
        )}
        {current.sharedBy && (
          <span className="text-sm text-slate-600 dark:text-slate-400">
            Shared with you by {current.sharedBy.email}
            {readOnly && ' · view only'}
          </span>
        )}
        <div className="ml-auto flex items-center gap-2">
          <LiveBadge />
          <label hidden={readOnly} className="flex items-center gap-1 text-sm">
            Auto-refresh
            <select
              value={refreshSeconds}
              onChange={(e) => updateTab.mutate({ tabId, refreshSeconds: Number(e.target.value) || null })}
              className="rounded border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-800"
            >
              {REFRESH_CHOICES.map((c) => (
                <option key={c.seconds} value={c.seconds}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <Button variant="secondary" size="sm" onClick={() => void refresh()} pending={data.isFetching}>
            Refresh
          </Button>
          <Button variant="secondary" size="sm" hidden={readOnly || !!current.sharedBy} onClick={() => setAddingChart(true)}>
            + Chart
          </Button>
          <Button variant="secondary" size="sm" hidden={readOnly} onClick={addCard}>
            + Text
          </Button>
          <Button
            variant="secondary"
            size="sm"
            pending={png.isPending}
            onClick={() => png.mutate([current, results])}
          >
            Download tab as PNG
          </Button>
          {!readOnly && (
            <Button variant="secondary" size="sm" onClick={() => setSharing({ type: 'tab', id: tabId, title: current.name })}>
              Share
            </Button>
          )}
        </div>
      </div>
      {addingChart && (
        <AddChartDialog
          tabId={tabId}
          workspaceId={workspaceId}
          pinnedChartIds={current.charts.map((c) => c.chartId)}
          onClose={() => setAddingChart(false)}
        />
      )}
      <FilterChips
        filters={view.filters}
        columns={filterColumns}
        onChangeValues={(column, values) => setView({ ...view, filters: withFilterValues(view.filters, column, values) })}
        onDefine={(column) => updateTab.mutate({ tabId, filters: [...current.filters, { column, values: [] }] })}
        onUndefine={(column) => updateTab.mutate({ tabId, filters: current.filters.filter((f) => f.column !== column) })}
        readOnly={readOnly}
      />
      <ErrorAlert error={updateTab.error ?? removeChart.error ?? png.error} />
      {data.isError && <ErrorAlert error={data.error} />}
      {current.charts.length === 0 && current.cards.length === 0 ? (
        <div className="rounded-md border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
          <p className="font-medium">Pin a chart from the library (“+ Chart”) or the chat.</p>
          <p className="mt-1">
            <Link to="/chat" className="text-teal-700 underline dark:text-teal-400">
              Ask for a chart in Chat
            </Link>{' '}
            or add a text card with “+ Text”.
          </p>
        </div>
      ) : (
        <DashboardGrid
          tabId={tabId}
          items={items}
          readOnly={readOnly}
          render={(key) => {
            const chart = current.charts.find((c) => chartKey(c.chartId) === key);
            if (chart) {
              return (
                <ChartPanel
                  tabId={tabId}
                  chart={chart}
                  result={results.get(chart.chartId)}
                  loading={data.isPending || data.isFetching}
                  removing={removeChart.isPending && removeChart.variables?.chartId === chart.chartId}
                  onRemove={() => removeChart.mutate({ tabId, chartId: chart.chartId })}
                  view={view}
                  readOnly={readOnly}
                  onShare={() => setSharing({ type: 'chart', id: chart.chartId, title: chart.title })}
                />
              );
            }
            const card = current.cards.find((c) => cardKey(c.id) === key);
            if (!card) return null;
            return (
              <TextCardPanel
                card={card}
                saving={cards.update.isPending}
                onSave={(markdown) => cards.update.mutate({ tabId, cardId: card.id, markdown })}
                onRemove={() => cards.remove.mutate({ tabId, cardId: card.id })}
                readOnly={readOnly}
              />
            );
          }}
        />
      )}
      {sharing && <ShareDialog target={sharing} title={sharing.title} onClose={() => setSharing(null)} />}
    </div>
  );
}
