import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/field';
import { PageHeader, Section } from '@/components/layout';
import { useUser } from '@/features/auth/api/get-me';
import { fieldError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCreateWorkspace } from '../api/create-workspace';
import { useDeleteWorkspace } from '../api/delete-workspace';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateWorkspace } from '../api/update-workspace';
import { useCurrentWorkspace } from '../current-workspace';
import { FilesSection } from '@/features/files/components/files-section';
import { MembersSection } from './members-section';

export default function WorkspaceSettings() {
  const { workspace } = useCurrentWorkspace();
  const isOwner = workspace.role === 'owner';
  return (
    <div className="space-y-6">
      <PageHeader
        title="Workspace"
        description={
          <>
            Settings of <strong className="font-semibold">{workspace.name}</strong>, the workspace you
            are working in. You are its {workspace.role}; it was created {formatDateTime(workspace.createdAt)}.
          </>
        }
      />
      {/* keyed so that switching workspaces resets the forms */}
      <RenameWorkspace key={`rename-${workspace.id}`} />
      <MembersSection key={`members-${workspace.id}`} />
      <FilesSection key={`files-${workspace.id}`} />
      {!workspace.personal && <LeaveWorkspace key={`leave-${workspace.id}`} />}
      <CreateWorkspace />
      {isOwner && !workspace.personal && <DeleteWorkspace key={`delete-${workspace.id}`} />}
    </div>
  );
}

function RenameWorkspace() {
  const { workspace } = useCurrentWorkspace();
  const [name, setName] = useState(workspace.name);
  const [saved, setSaved] = useState(false);
  const update = useUpdateWorkspace({ mutationConfig: { onSuccess: () => setSaved(true) } });
  const isOwner = workspace.role === 'owner';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate({ workspaceId: workspace.id, name: name.trim() });
  };

  return (
    <Section title="Name" description={isOwner ? undefined : 'Only an owner can rename this workspace.'}>
      <form onSubmit={submit} className="flex max-w-xl flex-wrap items-end gap-3">
        <TextField
          label="Workspace name"
          required
          maxLength={200}
          value={name}
          disabled={!isOwner}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
          error={fieldError(update.error, 'name')}
          wrapperClassName="min-w-64 flex-1"
        />
        {isOwner && (
          <Button type="submit" pending={update.isPending} disabled={!name.trim() || name.trim() === workspace.name}>
            Rename
          </Button>
        )}
      </form>
      <ErrorAlert error={update.error} className="mt-3" />
      {saved && !update.error && (
        <Alert tone="success" className="mt-3">
          Workspace renamed.
        </Alert>
      )}
    </Section>
  );
}

function LeaveWorkspace() {
  const user = useUser();
  const { workspace, setCurrentWorkspace } = useCurrentWorkspace();
  const [confirming, setConfirming] = useState(false);
  const leave = useRemoveMember({
    mutationConfig: {
      onSuccess: () => {
        setConfirming(false);
        setCurrentWorkspace(user.personalWorkspaceId);
      },
    },
  });

  return (
    <Section
      title="Leave workspace"
      description="You lose access to its data until an owner adds you again."
      actions={
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Leave workspace
        </Button>
      }
    >
      {confirming && (
        <ConfirmDialog
          title={`Leave ${workspace.name}?`}
          confirmLabel="Leave"
          pending={leave.isPending}
          error={leave.error}
          onCancel={() => {
            setConfirming(false);
            leave.reset();
          }}
          onConfirm={() => leave.mutate({ workspaceId: workspace.id, userId: user.id })}
        >
          <p>You will switch to your personal workspace.</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

function CreateWorkspace() {
  const { setCurrentWorkspace } = useCurrentWorkspace();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const create = useCreateWorkspace({
    mutationConfig: {
      onSuccess: (workspace) => {
        setName('');
        setCreated(workspace.name);
        setCurrentWorkspace(workspace.id);
      },
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate({ name: name.trim() });
  };

  return (
    <Section title="Create a workspace" description="A shared place for datasets and dashboards. You become its owner.">
      <form onSubmit={submit} className="flex max-w-xl flex-wrap items-end gap-3">
        <TextField
          label="New workspace name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
          wrapperClassName="min-w-64 flex-1"
        />
        <Button type="submit" pending={create.isPending} disabled={!name.trim()}>
          Create workspace
        </Button>
      </form>
      <ErrorAlert error={create.error} className="mt-3" />
      {created && (
        <Alert tone="success" className="mt-3">
          Created {created}; you are now working in it.
        </Alert>
      )}
    </Section>
  );
}

function DeleteWorkspace() {
  const user = useUser();
  const { workspace, setCurrentWorkspace } = useCurrentWorkspace();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useDeleteWorkspace({
    mutationConfig: {
      onSuccess: () => {
        setConfirming(false);
        setCurrentWorkspace(user.personalWorkspaceId);
      },
    },
  });

  return (
    <Section
      title="Delete workspace"
      description="Deletes the workspace with its datasets and dashboards for every member. This cannot be undone."
      actions={
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Delete workspace
        </Button>
      }
    >
      {confirming && (
        <ConfirmDialog
          title={`Delete ${workspace.name}?`}
          confirmLabel="Delete workspace"
          pending={remove.isPending}
          error={remove.error}
          confirmDisabled={typed !== workspace.name}
          onCancel={() => {
            setConfirming(false);
            setTyped('');
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ workspaceId: workspace.id })}
        >
          <p>
            This deletes <strong>{workspace.name}</strong> and everything in it for all {workspace.memberCount}{' '}
            {workspace.memberCount === 1 ? 'member' : 'members'}.
          </p>
          <TextField
            label={`Type the workspace name (${workspace.name}) to confirm`}
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.target.value)}
          />
        </ConfirmDialog>
      )}
    </Section>
  );
}
