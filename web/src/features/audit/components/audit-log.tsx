import { useState } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { PageHeader, Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { formatDateTime } from '@/lib/format';
import { useAudit } from '../api/get-audit';

const PAGE_SIZE = 50;

export default function AuditLog() {
  const [page, setPage] = useState(0);
  const audit = useAudit({ page, size: PAGE_SIZE });

  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Sign-ins and changes to users, tokens and workspaces, newest first." />
      <Section
        title="Events"
        actions={
          <Button variant="secondary" size="sm" onClick={() => audit.refetch()} pending={audit.isFetching}>
            Refresh
          </Button>
        }
      >
        <ErrorAlert error={audit.error} className="mb-3" />
        {audit.isPending ? (
          <Loading label="Loading the audit log…" />
        ) : (
          <Table caption="Audit log">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>Action</Th>
                <Th>Target</Th>
                <Th>Detail</Th>
                <Th>IP</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {audit.data?.items.length === 0 && <EmptyRow colSpan={6}>Nothing recorded yet.</EmptyRow>}
              {audit.data?.items.map((entry) => (
                <tr key={entry.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(entry.at)}</Td>
                  <Td>{entry.actorEmail ?? '—'}</Td>
                  <Td>
                    <code className="font-mono text-xs">{entry.action}</code>
                  </Td>
                  <Td>
                    {entry.targetType ? (
                      <>
                        {entry.targetType}
                        {entry.targetId && (
                          <span className="ml-1 font-mono text-xs text-slate-500 dark:text-slate-400">{entry.targetId}</span>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </Td>
                  <Td className="max-w-xs truncate" title={entry.detail ?? undefined}>
                    {entry.detail ?? '—'}
                  </Td>
                  <Td className="font-mono text-xs">{entry.ip ?? '—'}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination label="Audit log pages" of={audit.data} onPageChange={setPage} />
      </Section>
    </div>
  );
}
