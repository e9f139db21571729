import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Chart } from '@/components/chart';
import { TextField } from '@/components/field';
import { Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { Table, Td, Th } from '@/components/table';
import { useAnalytics } from '../api/get-analytics';
import { formatMs, formatRate, intentsData, turnsLink, turnsPerDayData } from '../analytics-figures';
import type { AssistantAnalytics, Percentiles } from '../types';

const linkClass = 'font-medium text-teal-700 underline-offset-2 hover:underline dark:text-teal-400';

type Window = { from?: string; to?: string };

/** Turns per day, intents, rates, command errors and latency of the window; each figure links to its turns. */
export function AnalyticsSection({
  workspaceId,
  window,
  onWindowChange,
}: {
  workspaceId: string;
  window: Window;
  onWindowChange: (window: Window) => void;
}) {
  const analytics = useAnalytics({ workspaceId, ...window });
  const report = analytics.data;
  return (
    <Section
      title="Assistant analytics"
      description={
        report?.scope === 'own'
          ? 'Your own conversations in this workspace (its owner sees everyone’s). Days are UTC days.'
          : 'Every member’s conversations in this workspace. Days are UTC days.'
      }
      actions={
        <div className="flex items-end gap-2">
          <TextField
            label="From"
            type="date"
            value={window.from ?? report?.from ?? ''}
            onChange={(e) => onWindowChange({ ...window, from: e.target.value || undefined })}
          />
          <TextField
            label="To"
            type="date"
            value={window.to ?? report?.to ?? ''}
            onChange={(e) => onWindowChange({ ...window, to: e.target.value || undefined })}
          />
        </div>
      }
    >
      <ErrorAlert error={analytics.error} />
      {analytics.isPending ? <Loading label="Loading analytics…" /> : report && <Figures report={report} />}
    </Section>
  );
}

function Figures({ report }: { report: AssistantAnalytics }) {
  const window = { from: report.from, to: report.to };
  const link = (query: Parameters<typeof turnsLink>[1]) => turnsLink(window, query);
  return (
    <div className="space-y-6">
      {report.truncated && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          This window holds more turns than the figures read; they describe the newest {report.turns.toLocaleString()}.
        </p>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Turns" value={report.turns.toLocaleString()} to={link({})} />
        <Figure label="Fallback rate" value={formatRate(report.fallbackRate)} to={link({ outcome: 'fallback' })} />
        <Figure
          label="Clarification rate"
          value={formatRate(report.clarificationRate)}
          to={link({ outcome: 'question' })}
        />
        <Figure
          label="Command errors"
          value={`${report.commandErrors} in ${report.turnsWithCommandErrors} turns`}
          to={link({ commandErrors: true })}
        />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-64">
          <Chart
            data={turnsPerDayData(report)}
            visual={{ type: 'bar', x: 'day', y: ['turns'] }}
            title="Turns per day"
            showDownload={false}
            showWindow={false}
          />
        </div>
        <div className="h-64">
          <Chart
            data={intentsData(report)}
            visual={{ type: 'bar', x: 'intent', y: ['turns'] }}
            title="Intents"
            showDownload={false}
            showWindow={false}
          />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <CountTable
          caption="Turns per day"
          heading="Day"
          rows={report.turnsPerDay
            .filter((d) => d.turns > 0)
            .map((d) => ({ key: d.day, label: d.day, to: link({ day: d.day }), turns: d.turns }))}
        />
        <CountTable
          caption="Turns per intent"
          heading="Intent"
          rows={report.intents.map((i) => ({
            key: i.intent,
            label: i.intent === 'none' ? 'no intent' : i.intent,
            to: link({ intent: i.intent }),
            turns: i.turns,
          }))}
        />
        <Table caption="Latency">
          <thead>
            <tr>
              <Th>Latency</Th>
              <Th className="text-right">p50</Th>
              <Th className="text-right">p95</Th>
              <Th className="text-right">p99</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            <LatencyRow label="Whole turn" latency={report.latency} to={link({ sort: 'slowest' })} />
            <LatencyRow label="Without commands" latency={report.engineLatency} to={link({ sort: 'slowest' })} />
          </tbody>
        </Table>
      </div>
    </div>
  );
}

function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: string; to: string; turns: number }[];
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{heading}</Th>
          <Th className="text-right">Turns</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {rows.map((row) => (
          <tr key={row.key}>
            <Td>
              <Link to={row.to} className={linkClass}>
                {row.label}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{row.turns}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Figure({ label, value, to }: { label: string; value: string; to: string }) {
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums dark:text-slate-50">
        <Link to={to} className="hover:underline" aria-label={`${label}: ${value}, show the turns`}>
          {value}
        </Link>
      </dd>
    </div>
  );
}

function LatencyRow({ label, latency, to }: { label: string; latency: Percentiles; to: string }) {
  return (
    <tr>
      <Td>
        <Link to={to} className={linkClass}>
          {label}
        </Link>
      </Td>
      <Td className="text-right tabular-nums">{formatMs(latency.p50)}</Td>
      <Td className="text-right tabular-nums">{formatMs(latency.p95)}</Td>
      <Td className="text-right tabular-nums">{formatMs(latency.p99)}</Td>
    </tr>
  );
}
