import { useState } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { InlineSelect } from '@/components/field';
import { Loading } from '@/components/spinner';
import { Table, Td, Th } from '@/components/table';
import { formatDateTime } from '@/lib/format';
import { useAgentDiff } from '../api/get-agent-diff';
import { useAgentVersions } from '../api/get-agent-versions';
import { useRevertAgent } from '../api/revert-agent';
import type { Agent } from '../types';
import { AgentDiffView } from './agent-diff-view';

/** Picks which two versions to compare; the diff itself is fetched by the panel below. */
function DiffPanel({ agentId, from, to }: { agentId: string; from: number; to: number }) {
  const diff = useAgentDiff({ agentId, from, to });
  if (diff.isPending) return <Loading label="Comparing versions…" />;
  if (diff.isError) return <ErrorAlert error={diff.error} />;
  return <AgentDiffView from={diff.data.from} to={diff.data.to} rows={diff.data.rows} />;
}

function VersionSelect({
  label,
  versions,
  value,
  onChange,
}: {
  label: string;
  versions: number[];
  value: number;
  onChange: (version: number) => void;
}) {
  return (
    <InlineSelect label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {versions.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </InlineSelect>
  );
}

/** An agent's versions, a side-by-side diff of any two, and revert (editors). */
export function AgentHistory({ agent, canEdit }: { agent: Agent; canEdit: boolean }) {
  const versions = useAgentVersions({ agentId: agent.id });
  const [from, setFrom] = useState(Math.max(1, agent.version - 1));
  const [to, setTo] = useState(agent.version);
  const [reverting, setReverting] = useState<number | null>(null);
  const revert = useRevertAgent({ mutationConfig: { onSuccess: () => setReverting(null) } });

  if (versions.isPending) return <Loading label="Loading versions…" />;
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  const numbers = versions.data.map((v) => v.version);

  return (
    <div className="space-y-4">
      <Table caption={`Versions of ${agent.name}`}>
        <thead>
          <tr>
            <Th>Version</Th>
            <Th>Saved</Th>
            <Th>By</Th>
            <Th>Note</Th>
            {canEdit && <Th className="text-right">Actions</Th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {versions.data.map((version) => (
            <tr key={version.version}>
              <Td>
                {version.version}
                {version.version === agent.version && (
                  <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">current</span>
                )}
              </Td>
              <Td>{formatDateTime(version.savedAt)}</Td>
              <Td>{version.savedBy ?? 'Gridsight'}</Td>
              <Td>{version.note ?? ''}</Td>
              {canEdit && (
                <Td className="text-right">
                  {version.version !== agent.version && (
                    <Button size="sm" variant="secondary" onClick={() => setReverting(version.version)}>
                      Revert to {version.version}
                    </Button>
                  )}
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {numbers.length > 1 && (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <span>Compare version</span>
            <VersionSelect label="Older version" versions={numbers} value={from} onChange={setFrom} />
            <span>with version</span>
            <VersionSelect label="Newer version" versions={numbers} value={to} onChange={setTo} />
          </div>
          <DiffPanel agentId={agent.id} from={from} to={to} />
        </div>
      )}
      {reverting !== null && (
        <ConfirmDialog
          title={`Revert ${agent.name} to version ${reverting}?`}
          confirmLabel="Revert"
          pending={revert.isPending}
          error={revert.error}
          onCancel={() => {
            setReverting(null);
            revert.reset();
          }}
          onConfirm={() => revert.mutate({ agentId: agent.id, version: reverting })}
        >
          <p>
            A new version {agent.version + 1} is saved with what version {reverting} said. The versions in between
            stay in the history.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
