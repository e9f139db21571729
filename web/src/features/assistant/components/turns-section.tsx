import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { useTurns } from '../api/get-turns';
import { describeTurnQuery, formatMs } from '../analytics-figures';
import type { TurnQuery } from '../types';

const PAGE_SIZE = 25;

/** The turns behind a figure, each linking to its conversation when it is the caller's own. */
export function TurnsSection({ workspaceId, query }: { workspaceId: string; query: TurnQuery }) {
  const [page, setPage] = useState(0);
  const turns = useTurns({ workspaceId, ...query, page, size: PAGE_SIZE });
  const title = describeTurnQuery(query);
  return (
    <section id="turns">
      <Section title={title} actions={<Link to="/settings/assistant" className="text-sm text-teal-700 hover:underline dark:text-teal-400">Close list</Link>}>
        <ErrorAlert error={turns.error} />
        {turns.isPending ? (
          <Loading label="Loading turns…" />
        ) : (
          turns.data && (
            <Table caption={title}>
              <thead>
                <tr>
                  <Th>When (UTC)</Th>
                  <Th>Message</Th>
                  <Th>Intent</Th>
                  <Th>Outcome</Th>
                  <Th className="text-right">Turn</Th>
                  <Th className="text-right">Commands</Th>
                  <Th>Conversation</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {turns.data.items.length === 0 && <EmptyRow colSpan={7}>No turns match.</EmptyRow>}
                {turns.data.items.map((turn) => (
                  <tr key={turn.id}>
                    <Td className="whitespace-nowrap tabular-nums">{turn.createdAt.replace('T', ' ').slice(0, 16)}</Td>
                    <Td className="max-w-80 truncate" title={turn.content}>
                      {turn.content}
                    </Td>
                    <Td>
                      {turn.intent ?? '—'}
                      {turn.intentScore !== null && <span className="ml-1 text-xs text-slate-500">{turn.intentScore.toFixed(2)}</span>}
                    </Td>
                    <Td>
                      {turn.outcome}
                      {turn.commandErrors > 0 && (
                        <span className="ml-1 text-xs text-red-700 dark:text-red-400">
                          {turn.commandErrors} command error{turn.commandErrors === 1 ? '' : 's'}
                        </span>
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">{formatMs(turn.latencyMs)}</Td>
                    <Td className="text-right tabular-nums">{formatMs(turn.commandMs)}</Td>
                    <Td>
                      {turn.own ? (
                        <Link
                          to={`/chat?session=${encodeURIComponent(turn.sessionId)}`}
                          className="font-medium text-teal-700 hover:underline dark:text-teal-400"
                        >
                          Open
                        </Link>
                      ) : (
                        <span className="text-xs text-slate-500">another member’s</span>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        )}
        <Pagination label="Turn pages" of={turns.data} onPageChange={setPage} />
      </Section>
    </section>
  );
}
