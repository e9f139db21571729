import { useMemo, useReducer, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { useAddTabChart } from '@/features/dashboard/api/add-tab-chart';
import { useDatasets } from '@/features/data/api/get-datasets';
import { fieldError } from '@/lib/api-client';
import { builderReducer, draftProblem, draftToQuery, draftToVisual, fieldsOf, measureName } from '../builder-state';
import type { BuilderDraft } from '../builder-state';
import { useSaveChart } from '../api/save-chart';
import type { ChartBody, ChartView } from '../types';
import { BuilderForm } from './builder-form';
import { PinToTabDialog } from './pin-to-tab-dialog';
import { PreviewPanel } from './preview-panel';

/**
 * The chart builder: a form over a ChartQuery with a live preview. `chartId` set: saving
 * replaces that chart; `pinTo` set: saving also pins it to that tab and opens the tab.
 */
export function ChartBuilder({
  workspaceId,
  initial,
  chartId,
  pinTo,
  justSaved = false,
}: {
  workspaceId: string;
  initial: BuilderDraft;
  chartId?: string;
  pinTo?: string | null;
  /** The chart was just created (the page came from "new"): say it was saved. */
  justSaved?: boolean;
}) {
  const navigate = useNavigate();
  const [draft, dispatch] = useReducer(builderReducer, initial);
  const [choosingTab, setChoosingTab] = useState(false);
  // "Saved" holds for the draft that was saved; the next edit takes it away
  const [savedDraft, setSavedDraft] = useState<BuilderDraft | null>(justSaved ? initial : null);
  const datasets = useDatasets({ workspaceId, size: 200 });
  const save = useSaveChart();
  const pin = useAddTabChart();
  const busy = save.isPending || pin.isPending;

  const items = useMemo(() => datasets.data?.items ?? [], [datasets.data]);
  const dataset = items.find((d) => d.name === draft.dataset);
  const problem = draftProblem(draft);
  const query = useMemo(() => draftToQuery(draft), [draft]);
  const visual = useMemo(() => draftToVisual(draft), [draft]);
  const previewBody = problem ? null : { workspaceId, query, visual };
  const units = useMemo(() => {
    const byName = new Map(fieldsOf(dataset).map((f) => [f.name, f.unit]));
    const out: Record<string, string> = {};
    for (const m of draft.measures) {
      const unit = byName.get(m.column);
      if (unit && m.agg !== 'count' && m.agg !== 'count_distinct') out[measureName(m)] = unit;
    }
    return out;
  }, [dataset, draft.measures]);

  // a chart stays in its workspace: only a new one names it
  const body = (): ChartBody => ({
    ...(chartId ? {} : { workspaceId }),
    title: draft.title.trim(),
    query,
    visual,
  });

  /** Saves, then pins when a tab is given; errors stay on the mutations and show below. */
  const saveThenPin = async (tabId?: string | null) => {
    setSavedDraft(null);
    pin.reset();
    let chart: ChartView;
    try {
      chart = await save.mutateAsync({ chartId, body: body() });
    } catch {
      return;
    }
    if (tabId) {
      try {
        await pin.mutateAsync({ tabId, chartId: chart.id });
      } catch {
        // saved but not pinned: stay on the saved chart so the pin can be tried again
        if (!chartId) navigate(`/charts/${chart.id}`, { replace: true });
        return;
      }
      navigate(`/dashboard/${tabId}`);
      return;
    }
    setSavedDraft(draft);
    if (!chartId) navigate(`/charts/${chart.id}`, { replace: true, state: { saved: true } });
  };

  const titleProblem = fieldError(save.error, 'title');

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(22rem,28rem)_1fr]">
      <form
        aria-label="Chart builder"
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void saveThenPin(pinTo);
        }}
      >
        <ErrorAlert error={datasets.error} />
        <BuilderForm draft={draft} dispatch={dispatch} datasets={items} titleError={titleProblem} loadingDatasets={datasets.isPending} />
        <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-slate-100 py-3 dark:border-slate-800 dark:bg-slate-950">
          <Button type="submit" pending={save.isPending && !choosingTab} disabled={busy || !!problem}>
            {pinTo ? 'Save and pin' : 'Save'}
          </Button>
          {!pinTo && (
            <Button variant="secondary" disabled={busy || !!problem} onClick={() => setChoosingTab(true)}>
              Save and pin to tab…
            </Button>
          )}
          <Link to="/charts" className="text-sm text-teal-700 underline dark:text-teal-400">
            Back to the library
          </Link>
          {savedDraft === draft && (
            <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
              Saved
            </span>
          )}
        </div>
        {!choosingTab && <ErrorAlert error={save.error ?? pin.error} />}
        {pin.isError && !choosingTab && <Alert tone="warning">The chart was saved but not pinned.</Alert>}
      </form>
      <div className="lg:sticky lg:top-16 lg:self-start">
        <PreviewPanel body={previewBody} visual={visual} units={units} waitingFor={problem} />
      </div>
      {choosingTab && (
        <PinToTabDialog
          workspaceId={workspaceId}
          chartTitle={draft.title}
          confirmLabel="Save and pin"
          pending={busy}
          error={save.error ?? pin.error}
          onClose={() => setChoosingTab(false)}
          onChoose={(tabId) => void saveThenPin(tabId)}
        />
      )}
    </div>
  );
}
