import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { InlineSelect, SelectField, TextField } from '@/components/field';
import { Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { useUser } from '@/features/auth/api/get-me';
import { fieldError } from '@/lib/api-client';
import { WORKSPACE_ROLES } from '@/types/api';
import type { Member, WorkspaceRole } from '@/types/api';
import { useAddMember } from '../api/add-member';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMember } from '../api/update-member';
import { useCurrentWorkspace } from '../current-workspace';

const PAGE_SIZE = 50;

export function MembersSection() {
  const user = useUser();
  const { workspace } = useCurrentWorkspace();
  const isOwner = workspace.role === 'owner';
  const [page, setPage] = useState(0);
  const members = useMembers({ workspaceId: workspace.id, page, size: PAGE_SIZE });
  const updateRole = useUpdateMember();
  const [removing, setRemoving] = useState<Member | null>(null);
  const remove = useRemoveMember({ mutationConfig: { onSuccess: () => setRemoving(null) } });

  return (
    <Section
      title="Members"
      description={
        isOwner
          ? 'People in this workspace. Owners manage members; editors change content; viewers only look.'
          : 'People in this workspace. Only an owner can add, change or remove members.'
      }
    >
      {isOwner && <AddMemberForm />}
      <ErrorAlert error={members.error} className="mb-3" />
      <ErrorAlert error={updateRole.error} className="mb-3" />
      {members.isPending ? (
        <Loading label="Loading members…" />
      ) : (
        <Table caption={`Members of ${workspace.name}`}>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              {isOwner && (
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {members.data?.items.length === 0 && <EmptyRow colSpan={isOwner ? 4 : 3}>No members.</EmptyRow>}
            {members.data?.items.map((member) => {
              const isMe = member.userId === user.id;
              const rowPending = updateRole.isPending && updateRole.variables?.userId === member.userId;
              return (
                <tr key={member.userId}>
                  <Td className="font-medium">
                    {member.displayName}
                    {isMe && <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">(you)</span>}
                  </Td>
                  <Td>{member.email}</Td>
                  <Td>
                    {isOwner ? (
                      <span className="inline-flex items-center gap-2">
                        <InlineSelect
                          label={`Role of ${member.email}`}
                          value={member.role}
                          disabled={rowPending}
                          onChange={(e) =>
                            updateRole.mutate({
                              workspaceId: workspace.id,
                              userId: member.userId,
                              role: e.target.value as WorkspaceRole,
                            })
                          }
                        >
                          {WORKSPACE_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {role}
                            </option>
                          ))}
                        </InlineSelect>
                        {rowPending && <span className="text-xs text-slate-500">Saving…</span>}
                      </span>
                    ) : (
                      member.role
                    )}
                  </Td>
                  {isOwner && (
                    <Td className="text-right">
                      {!isMe && (
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`Remove ${member.email}`}
                          onClick={() => setRemoving(member)}
                        >
                          Remove
                        </Button>
                      )}
                    </Td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination label="Member pages" of={members.data} onPageChange={setPage} />
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.displayName}?`}
          confirmLabel="Remove member"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setRemoving(null);
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ workspaceId: workspace.id, userId: removing.userId })}
        >
          <p>
            {removing.email} loses access to {workspace.name}.
          </p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

function AddMemberForm() {
  const { workspace } = useCurrentWorkspace();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>('editor');
  const add = useAddMember({ mutationConfig: { onSuccess: () => setEmail('') } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ workspaceId: workspace.id, email: email.trim(), role });
  };

  return (
    <form onSubmit={submit} className="mb-4">
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label="Member email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(add.error, 'email')}
          wrapperClassName="min-w-64 flex-1"
        />
        <SelectField
          label="Member role"
          value={role}
          onChange={(e) => setRole(e.target.value as WorkspaceRole)}
          error={fieldError(add.error, 'role')}
          wrapperClassName="w-36"
        >
          {WORKSPACE_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
        <Button type="submit" pending={add.isPending} disabled={!email.trim()}>
          Add member
        </Button>
      </div>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">The person needs a Gridsight account already.</p>
      <ErrorAlert error={add.error} className="mt-3" />
    </form>
  );
}
