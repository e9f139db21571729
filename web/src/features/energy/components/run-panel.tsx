import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/field';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { ApiError, errorDetail } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCreateRun } from '../api/create-run';
import { useRun } from '../api/get-run';
import { useRuns } from '../api/get-runs';
import { currencyOf, formatMoney, formatSavings, formatStep, priceUnitOf, statusWords } from '../run-format';
import { fromLocalInput } from '../site-form';
import type { RunInput, Site } from '../types';
import { RunView } from './run-view';

const PAGE_SIZE = 10;

/** What the Run form sends: empty fields are left to the server's defaults. */
export function runInput(form: { asOf: string; horizonHours: string; stepMinutes: string; demand: string }): RunInput {
  const input: RunInput = {
    horizonHours: Number(form.horizonHours) || 24,
    stepMinutes: Number(form.stepMinutes) || 60,
    demand: form.demand === 'actual' ? 'actual' : 'forecast',
  };
  if (form.asOf) input.asOf = fromLocalInput(form.asOf);
  return input;
}

/** Starts runs of the saved model, lists them, and shows the one open. */
export function RunPanel({
  site,
  canEdit,
  dirty,
  runId,
  onOpenRun,
}: {
  site: Site;
  canEdit: boolean;
  /** The editor holds unsaved changes: a run uses the saved model. */
  dirty: boolean;
  runId: string | null;
  onOpenRun: (runId: string) => void;
}) {
  const [asOf, setAsOf] = useState('');
  const [horizonHours, setHorizonHours] = useState('24');
  const [stepMinutes, setStepMinutes] = useState(site.model.step === 'PT15M' ? '15' : '60');
  const [demand, setDemand] = useState<'forecast' | 'actual'>('forecast');
  const [page, setPage] = useState(0);
  const create = useCreateRun({ mutationConfig: { onSuccess: (run) => onOpenRun(run.id) } });
  const runs = useRuns({ siteId: site.id, page, size: PAGE_SIZE });
  const currency = currencyOf(site.model);
  const priceUnit = priceUnitOf(site.model);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ siteId: site.id, input: runInput({ asOf, horizonHours, stepMinutes, demand }) });
  };
  const infeasible = create.error instanceof ApiError && create.error.status === 422;

  return (
    <div className="space-y-6">
      {canEdit && (
        <form onSubmit={submit} aria-label="New run" className="space-y-3">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <TextField
              label="As of (UTC)"
              type="datetime-local"
              value={asOf}
              onChange={(e) => setAsOf(e.target.value)}
              hint="Empty: the end of the data."
            />
            <TextField
              label="Horizon (hours)"
              type="number"
              min={1}
              max={168}
              value={horizonHours}
              onChange={(e) => setHorizonHours(e.target.value)}
            />
            <SelectField label="Step" value={stepMinutes} onChange={(e) => setStepMinutes(e.target.value)}>
              <option value="60">60 minutes</option>
              <option value="30">30 minutes</option>
              <option value="15">15 minutes</option>
            </SelectField>
            <SelectField
              label="Demand"
              value={demand}
              onChange={(e) => setDemand(e.target.value as 'forecast' | 'actual')}
              hint={demand === 'actual' ? 'Hindsight: what really happened after As of.' : 'Forecast from history up to As of.'}
            >
              <option value="forecast">Forecast</option>
              <option value="actual">Actual (hindsight)</option>
            </SelectField>
          </div>
          {dirty && (
            <Alert tone="warning">The model has unsaved changes: a run plans with the saved model. Save first to plan with them.</Alert>
          )}
          <div className="flex items-center gap-3">
            <Button type="submit" pending={create.isPending}>
              Run
            </Button>
            {create.isPending && (
              <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
                Forecasting and optimizing…
              </span>
            )}
          </div>
          {infeasible ? (
            <Alert tone="error">
              <p className="font-medium">No feasible plan</p>
              <p className="mt-1">{errorDetail(create.error)}</p>
            </Alert>
          ) : (
            <ErrorAlert error={create.error} />
          )}
        </form>
      )}

      <section aria-label="Runs" className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Runs</h3>
        <ErrorAlert error={runs.error} />
        {runs.isPending ? (
          <Loading label="Loading runs…" />
        ) : (
          <>
            <Table caption="Runs of this site">
              <thead>
                <tr>
                  <Th>Run</Th>
                  <Th>From (UTC)</Th>
                  <Th>Demand</Th>
                  <Th>Status</Th>
                  <Th className="text-right">Cost</Th>
                  <Th className="text-right">Savings</Th>
                  <Th className="text-right">Solve</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {runs.data?.items.length === 0 && <EmptyRow colSpan={7}>No runs yet.</EmptyRow>}
                {runs.data?.items.map((r) => (
                  <tr key={r.id} className={r.id === runId ? 'bg-teal-50 dark:bg-teal-950/40' : undefined}>
                    <Td>
                      <button
                        type="button"
                        className="font-medium text-teal-800 underline dark:text-teal-300"
                        aria-current={r.id === runId ? 'true' : undefined}
                        onClick={() => onOpenRun(r.id)}
                      >
                        {formatDateTime(r.createdAt)}
                      </button>
                    </Td>
                    <Td>
                      {r.asOf ? formatStep(r.asOf) : '—'} · {r.horizonHours} h
                    </Td>
                    <Td>{r.demand}</Td>
                    <Td>{statusWords(r.status)}</Td>
                    <Td className="text-right tabular-nums">{formatMoney(r.cost, currency)}</Td>
                    <Td className="text-right tabular-nums">{formatSavings(r, currency)}</Td>
                    <Td className="text-right tabular-nums">{r.solveMs} ms</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination of={runs.data} onPageChange={setPage} label="Run pages" />
          </>
        )}
      </section>

      {runId && (
        <OpenRun
          runId={runId}
          currency={currency}
          priceUnit={priceUnit}
          assets={site.model.assets?.map((a) => a.name) ?? []}
          workspaceId={site.workspaceId}
          canPin={canEdit}
        />
      )}
    </div>
  );
}

function OpenRun({
  runId,
  currency,
  priceUnit,
  assets,
  workspaceId,
  canPin,
}: {
  runId: string;
  currency: string;
  priceUnit: string;
  assets: readonly string[];
  workspaceId: string;
  canPin: boolean;
}) {
  const run = useRun({ runId });
  if (run.isPending) return <Loading label="Loading the run…" />;
  if (run.isError) return <ErrorAlert error={run.error} />;
  return (
    <RunView run={run.data} currency={currency} priceUnit={priceUnit} assets={assets} workspaceId={workspaceId} canPin={canPin} />
  );
}
