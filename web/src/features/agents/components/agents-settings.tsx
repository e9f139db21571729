import { useState } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader, Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { useDatasets } from '@/features/data/api/get-datasets';
import { useModels } from '@/features/models/api/get-models';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { useCreateAgent } from '../api/create-agent';
import { useDeleteAgent } from '../api/delete-agent';
import { useAgents } from '../api/get-agents';
import { useUpdateAgent } from '../api/update-agent';
import type { Agent } from '../types';
import { AgentForm } from './agent-form';
import { AgentHistory } from './agent-history';

const itemClass = (active: boolean) =>
  `block w-full rounded-md px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-teal-600 ${
    active
      ? 'bg-teal-50 font-medium text-teal-900 dark:bg-teal-950/60 dark:text-teal-100'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`;

/** `/settings/agents`: the workspace's agents; editors create, edit, revert and delete them. */
export default function AgentsSettings() {
  const { workspace } = useCurrentWorkspace();
  const canEdit = workspace.role !== 'viewer';
  const agents = useAgents({ workspaceId: workspace.id });
  const datasets = useDatasets({ workspaceId: workspace.id, size: 200 });
  const datasetNames = datasets.data?.items.map((d) => d.name) ?? [];
  const modelNames = useModels({ workspaceId: workspace.id }).data?.map((m) => m.name) ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Agent | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [savingFrom, setSavingFrom] = useState(0);

  const create = useCreateAgent({
    mutationConfig: {
      onSuccess: (agent) => {
        setCreating(false);
        setSelectedId(agent.id);
      },
    },
  });
  const update = useUpdateAgent({
    mutationConfig: {
      onSuccess: (agent) =>
        setSaved(
          agent.version === savingFrom
            ? `Nothing changed: still version ${agent.version}.`
            : `Saved as version ${agent.version}.`,
        ),
    },
  });
  const remove = useDeleteAgent({
    mutationConfig: {
      onSuccess: () => {
        setDeleting(null);
        setSelectedId(null);
      },
    },
  });

  const items = agents.data?.items ?? [];
  const selected = creating ? undefined : (items.find((a) => a.id === selectedId) ?? items[0]);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Agents"
        description={`How the assistant answers in ${workspace.name}: instructions, model, the commands and datasets it may use. Every save is a version you can compare and revert.`}
      />
      <ErrorAlert error={agents.error} />
      {agents.isPending ? (
        <Loading label="Loading agents…" />
      ) : (
        !agents.isError && (
          <div className="flex flex-col gap-6 md:flex-row">
            <nav aria-label="Agents" className="shrink-0 md:w-48">
              <ul className="space-y-1">
                {items.map((agent) => (
                  <li key={agent.id}>
                    <button
                      type="button"
                      className={itemClass(!creating && selected?.id === agent.id)}
                      aria-current={!creating && selected?.id === agent.id ? 'true' : undefined}
                      onClick={() => {
                        setCreating(false);
                        setSelectedId(agent.id);
                        setSaved(null);
                        update.reset();
                      }}
                    >
                      {agent.name}
                    </button>
                  </li>
                ))}
              </ul>
              {canEdit && (
                <Button
                  variant="secondary"
                  size="sm"
                  className="mt-3"
                  onClick={() => {
                    setCreating(true);
                    create.reset();
                  }}
                >
                  New agent
                </Button>
              )}
            </nav>
            <div className="min-w-0 flex-1 space-y-6">
              {creating && (
                <Section title="New agent">
                  <AgentForm
                    datasets={datasetNames}
                    models={modelNames}
                    pending={create.isPending}
                    error={create.error}
                    onSubmit={(input) => create.mutate({ ...input, workspaceId: workspace.id })}
                    onCancel={() => setCreating(false)}
                  />
                </Section>
              )}
              {selected && (
                <>
                  <Section
                    title={`${selected.name} · version ${selected.version}`}
                    description={canEdit ? undefined : 'You are a viewer in this workspace: agents are read-only.'}
                    actions={
                      canEdit && (
                        <Button variant="danger" size="sm" onClick={() => setDeleting(selected)}>
                          Delete
                        </Button>
                      )
                    }
                  >
                    {saved && (
                      <p role="status" className="mb-3 text-sm text-emerald-700 dark:text-emerald-400">
                        {saved}
                      </p>
                    )}
                    <AgentForm
                      key={`${selected.id}:${selected.version}`}
                      agent={selected}
                      datasets={datasetNames}
                      models={modelNames}
                      readOnly={!canEdit}
                      pending={update.isPending}
                      error={update.error}
                      onSubmit={(input) => {
                        setSaved(null);
                        setSavingFrom(selected.version);
                        update.mutate({ agentId: selected.id, input });
                      }}
                    />
                  </Section>
                  <Section title="History">
                    <AgentHistory key={`${selected.id}:${selected.version}`} agent={selected} canEdit={canEdit} />
                  </Section>
                </>
              )}
            </div>
          </div>
        )
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete the agent “${deleting.name}”?`}
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setDeleting(null);
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ agentId: deleting.id })}
        >
          <p>It leaves the agent list and can no longer be picked for a chat. This cannot be undone here.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
