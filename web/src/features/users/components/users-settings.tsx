import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { InlineSelect, SelectField, TextField } from '@/components/field';
import { PageHeader, Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { useUser } from '@/features/auth/api/get-me';
import { fieldError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { Role } from '@/types/api';
import { useCreateUser } from '../api/create-user';
import { useUsers } from '../api/get-users';
import { useUpdateUserRole } from '../api/update-user-role';

const PAGE_SIZE = 50;
const ROLES: readonly Role[] = ['member', 'admin'];

export default function UsersSettings() {
  const me = useUser();
  const [page, setPage] = useState(0);
  const users = useUsers({ page, size: PAGE_SIZE });
  const updateRole = useUpdateUserRole();

  return (
    <div className="space-y-6">
      <PageHeader title="Users" description="Everyone who can sign in to this Gridsight. Admins manage users and read the audit log." />
      <CreateUserForm />
      <Section title="All users">
        <ErrorAlert error={users.error} className="mb-3" />
        <ErrorAlert error={updateRole.error} className="mb-3" />
        {users.isPending ? (
          <Loading label="Loading users…" />
        ) : (
          <Table caption="Users">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Email</Th>
                <Th>Role</Th>
                <Th>Created</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {users.data?.items.length === 0 && <EmptyRow colSpan={4}>No users.</EmptyRow>}
              {users.data?.items.map((user) => {
                const rowPending = updateRole.isPending && updateRole.variables?.userId === user.id;
                return (
                  <tr key={user.id}>
                    <Td className="font-medium">
                      {user.displayName}
                      {user.id === me.id && (
                        <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">(you)</span>
                      )}
                    </Td>
                    <Td>{user.email}</Td>
                    <Td>
                      <span className="inline-flex items-center gap-2">
                        <InlineSelect
                          label={`Role of ${user.email}`}
                          value={user.role}
                          disabled={rowPending}
                          onChange={(e) => updateRole.mutate({ userId: user.id, role: e.target.value as Role })}
                        >
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {role}
                            </option>
                          ))}
                        </InlineSelect>
                        {rowPending && <span className="text-xs text-slate-500">Saving…</span>}
                      </span>
                    </Td>
                    <Td>{formatDateTime(user.createdAt)}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination label="User pages" of={users.data} onPageChange={setPage} />
      </Section>
    </div>
  );
}

function CreateUserForm() {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [created, setCreated] = useState<string | null>(null);
  const create = useCreateUser({
    mutationConfig: {
      onSuccess: (user) => {
        setCreated(user.email);
        setEmail('');
        setDisplayName('');
        setPassword('');
        setRole('member');
      },
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate({ email: email.trim(), displayName: displayName.trim(), password, role });
  };

  return (
    <Section title="Create a user" description="They sign in with this email and password and can change the password later.">
      <form onSubmit={submit} className="grid max-w-2xl gap-4 sm:grid-cols-2">
        <TextField
          label="New user's email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(create.error, 'email')}
        />
        <TextField
          label="New user's display name"
          required
          autoComplete="off"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldError(create.error, 'displayName')}
        />
        <TextField
          label="Initial password"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          hint="At least 8 characters."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(create.error, 'password')}
        />
        <SelectField
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fieldError(create.error, 'role')}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
        <div className="space-y-3 sm:col-span-2">
          <ErrorAlert error={create.error} />
          {created && <Alert tone="success">Created {created}.</Alert>}
          <Button type="submit" pending={create.isPending}>
            Create user
          </Button>
        </div>
      </form>
    </Section>
  );
}
