import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/field';
import { PageHeader, Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { fieldError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { ApiToken, CreatedApiToken } from '@/types/api';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { TokenCreatedDialog } from './token-created-dialog';

const PAGE_SIZE = 50;

export default function TokensSettings() {
  const [page, setPage] = useState(0);
  const tokens = useTokens({ page, size: PAGE_SIZE });
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useRevokeToken({ mutationConfig: { onSuccess: () => setRevoking(null) } });

  return (
    <div className="space-y-6">
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and other programs use the Gridsight API as you. Treat them like passwords."
      />
      <CreateTokenForm onCreated={setCreated} />
      <Section title="Your tokens">
        <ErrorAlert error={tokens.error} className="mb-3" />
        {tokens.isPending ? (
          <Loading label="Loading tokens…" />
        ) : (
          <Table caption="Your API tokens">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Token</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Expires</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {tokens.data?.items.length === 0 && <EmptyRow colSpan={6}>No tokens yet.</EmptyRow>}
              {tokens.data?.items.map((token) => (
                <tr key={token.id}>
                  <Td className="font-medium">{token.name}</Td>
                  <Td>
                    <code className="font-mono text-xs">{token.prefix}…</code>
                  </Td>
                  <Td>{formatDateTime(token.createdAt)}</Td>
                  <Td>{formatDateTime(token.lastUsedAt, 'Never')}</Td>
                  <Td>{formatDateTime(token.expiresAt, 'Never')}</Td>
                  <Td className="text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Revoke ${token.name}`}
                      onClick={() => setRevoking(token)}
                    >
                      Revoke
                    </Button>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination label="Token pages" of={tokens.data} onPageChange={setPage} />
      </Section>
      {created && <TokenCreatedDialog token={created} onClose={() => setCreated(null)} />}
      {revoking && (
        <ConfirmDialog
          title={`Revoke token "${revoking.name}"?`}
          confirmLabel="Revoke token"
          pending={revoke.isPending}
          error={revoke.error}
          onCancel={() => {
            setRevoking(null);
            revoke.reset();
          }}
          onConfirm={() => revoke.mutate({ tokenId: revoking.id })}
        >
          <p>Programs using it stop working at once. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const create = useCreateToken({
    mutationConfig: {
      onSuccess: (token) => {
        setName('');
        setDays('');
        onCreated(token);
      },
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expiresInDays = days.trim() ? Number(days) : undefined;
    create.mutate({ name: name.trim(), ...(expiresInDays !== undefined && { expiresInDays }) });
  };

  return (
    <Section title="Create a token">
      <form onSubmit={submit} className="flex max-w-2xl flex-wrap items-start gap-3">
        <TextField
          label="Token name"
          required
          maxLength={100}
          placeholder="e.g. nightly import"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
          wrapperClassName="min-w-56 flex-1"
        />
        <TextField
          label="Expires in (days)"
          type="number"
          min={1}
          max={3650}
          step={1}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          hint="Leave empty for no expiry."
          error={fieldError(create.error, 'expiresInDays')}
          wrapperClassName="w-44"
        />
        <Button type="submit" pending={create.isPending} disabled={!name.trim()} className="mt-6">
          Create token
        </Button>
      </form>
      <ErrorAlert error={create.error} className="mt-3" />
    </Section>
  );
}
