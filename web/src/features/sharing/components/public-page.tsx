import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { Chart } from '@/components/chart';
import { TextField } from '@/components/field';
import { Loading } from '@/components/spinner';
import { drawnVisual } from '@/features/dashboard/components/chart-slot';
import { WindowPicker } from '@/features/dashboard/components/window-picker';
import type { TimeWindow } from '@/features/dashboard/types';
import { describeWindow, windowFromParam, windowToParam } from '@/features/dashboard/window-spec';
import type { ChartData as DrawnData } from '@/types/api';
import { usePublicView } from '../api/get-public-view';
import { gridArea, publicLayout } from '../public-layout';
import type { PublicChart, PublicFilter, PublicView } from '../types';

export const GONE_TEXT = 'This link does not exist or is no longer shared.';

function shownWindow(window: PublicView['window']): TimeWindow | null {
  if (!window) return null;
  return typeof window === 'string' ? windowFromParam(window) : window;
}

function PasswordForm({ wrong, pending, onSubmit }: { wrong: boolean; pending: boolean; onSubmit: (password: string) => void }) {
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password) onSubmit(password);
  };
  return (
    <form onSubmit={submit} className="mx-auto mt-10 max-w-sm space-y-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900">
      <h1 className="text-lg font-semibold">This link is protected</h1>
      <TextField
        label="Password"
        type="password"
        autoComplete="off"
        autoFocus
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {wrong && !pending && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          Wrong password
        </p>
      )}
      <Button type="submit" pending={pending} disabled={!password}>
        Open
      </Button>
    </form>
  );
}

function PublicChartBox({ chart }: { chart: PublicChart }) {
  return (
    <section
      aria-label={chart.title}
      className="flex h-full min-h-64 flex-col rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      {chart.data ? (
        <Chart data={chart.data as unknown as DrawnData} visual={drawnVisual(chart.visual)} title={chart.title} className="flex-1" />
      ) : (
        <>
          <h2 className="text-sm font-semibold">{chart.title}</h2>
          <p className="mt-2 text-sm text-slate-500">This chart cannot be shown right now.</p>
        </>
      )}
    </section>
  );
}

/** The viewer's filter values: chips that toggle; every value seen stays offered. */
function PublicFilters({
  filters,
  offered,
  chosen,
  onChange,
}: {
  filters: PublicFilter[];
  offered: Record<string, string[]>;
  chosen: Record<string, string[]>;
  onChange: (column: string, values: string[]) => void;
}) {
  return (
    <ul className="flex flex-wrap items-center gap-2" aria-label="Filters">
      {filters.map((filter) => {
        const selected = chosen[filter.column] ?? filter.values;
        const values = [...new Set([...(offered[filter.column] ?? []), ...filter.values])];
        return (
          <li key={filter.column} className="flex flex-wrap items-center gap-1 rounded-full border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600">
            <span className="font-medium">{filter.label || filter.column}:</span>
            {values.length === 0 && <span className="text-slate-500">any</span>}
            {values.map((value) => {
              const on = selected.includes(value);
              return (
                <button
                  key={value}
                  type="button"
                  aria-pressed={on}
                  className="rounded px-1.5 py-0.5 aria-pressed:bg-teal-100 aria-pressed:font-medium dark:aria-pressed:bg-teal-900"
                  onClick={() => onChange(filter.column, on ? selected.filter((v) => v !== value) : [...selected, value])}
                >
                  {value}
                </button>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}

function Charts({ view }: { view: PublicView }) {
  if (view.kind !== 'tab' && view.charts.length === 1) {
    return (
      <div className="flex min-h-80 flex-1 flex-col">
        <PublicChartBox chart={view.charts[0]!} />
      </div>
    );
  }
  if (view.charts.length === 0) return <p className="text-sm text-slate-500">Nothing is on this tab yet.</p>;
  return (
    <div className="flex flex-col gap-3 md:grid md:auto-rows-[60px] md:grid-cols-12" data-testid="public-grid">
      {publicLayout(view.charts).map(({ index, chart, layout }) => (
        <div key={index} style={gridArea(layout)}>
          <PublicChartBox chart={chart} />
        </div>
      ))}
    </div>
  );
}

/**
 * `/s/:token`: a public link, outside the app's frame and without signing in; made to work
 * inside an iframe (it never navigates the top window). 401 asks for the password, 404 says
 * the link is gone, whatever the reason.
 */
export default function PublicPage() {
  const { token = '' } = useParams();
  const [password, setPassword] = useState<string | null>(null);
  const [chosenWindow, setChosenWindow] = useState<TimeWindow | null>(null);
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [offered, setOffered] = useState<Record<string, string[]>>({});
  const answer = usePublicView({ token, password, window: chosenWindow ? windowToParam(chosenWindow) : null, filters: chosen });

  let body;
  if (answer.isPending) {
    body = <Loading />;
  } else if (answer.isError) {
    body = <ErrorAlert error={answer.error} className="mx-auto mt-10 max-w-lg" />;
  } else if (answer.data.state === 'gone') {
    body = (
      <Alert tone="info" className="mx-auto mt-10 max-w-lg">
        {GONE_TEXT}
      </Alert>
    );
  } else if (answer.data.state === 'locked') {
    body = (
      <PasswordForm
        wrong={answer.data.passwordSent && !answer.isPlaceholderData}
        pending={answer.isFetching}
        onSubmit={setPassword}
      />
    );
  } else {
    const { view } = answer.data;
    const filters = view.filters ?? [];
    const current = chosenWindow ?? shownWindow(view.window);
    const chooseFilter = (column: string, values: string[]) => {
      const seen = filters.find((f) => f.column === column)?.values ?? [];
      setOffered((o) => ({ ...o, [column]: [...new Set([...(o[column] ?? []), ...seen])] }));
      setChosen((c) => ({ ...c, [column]: values }));
    };
    body = (
      <>
        <header className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-50">{view.title}</h1>
          {current && !view.viewerMayChangeWindow && (
            <span className="text-sm text-slate-600 dark:text-slate-400" data-testid="public-window">
              {describeWindow(current)}
            </span>
          )}
          {answer.isFetching && (
            <span role="status" className="text-xs text-slate-500">
              Updating…
            </span>
          )}
        </header>
        {view.viewerMayChangeWindow && (
          <div className="flex flex-wrap items-center gap-3">
            <WindowPicker label="Time window" value={current} onChange={setChosenWindow} />
            {filters.length > 0 && <PublicFilters filters={filters} offered={offered} chosen={chosen} onChange={chooseFilter} />}
          </div>
        )}
        <Charts view={view} />
      </>
    );
  }

  return (
    <div className="flex min-h-dvh flex-col gap-3 bg-slate-50 p-3 text-slate-900 sm:p-4 dark:bg-slate-950 dark:text-slate-100">
      {body}
      <footer className="mt-auto flex items-center justify-end gap-1 text-xs text-slate-500">
        Shared with Gridsight
      </footer>
    </div>
  );
}
