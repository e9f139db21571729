import { Link } from 'react-router';
import { Button } from '@/components/button';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { formatCount, formatDateTime } from '@/lib/format';
import type { Share } from '../types';

/** Where a share's target opens in the app: a tab on the dashboard, a chart on its read-only page. */
export const targetPath = (target: Share['target']) =>
  target.type === 'tab' ? `/dashboard/${target.id}` : `/share/chart/${target.id}`;

/** Who a share reaches: the person, or anybody with the link. */
export const recipientOf = (share: Share) => (share.kind === 'public' ? 'Public link' : (share.grantee?.email ?? 'A person'));

/**
 * Live shares, one a row: kind, recipient, permission, expiry, password, access count, last
 * access, and a Revoke button. `withTarget` adds the shared tab or chart, linked.
 */
export function SharesTable({
  caption,
  shares,
  onRevoke,
  revokingId,
  withTarget = false,
  empty,
}: {
  caption: string;
  shares: Share[];
  onRevoke: (share: Share) => void;
  revokingId?: string | null;
  withTarget?: boolean;
  empty: string;
}) {
  const columns = withTarget ? 9 : 8;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {withTarget && <Th>Shared</Th>}
          <Th>Kind</Th>
          <Th>With</Th>
          <Th>Permission</Th>
          <Th>Expires</Th>
          <Th>Password</Th>
          <Th className="text-right">Views</Th>
          <Th>Last view</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {shares.length === 0 && <EmptyRow colSpan={columns}>{empty}</EmptyRow>}
        {shares.map((share) => (
          <tr key={share.id}>
            {withTarget && (
              <Td>
                <Link to={targetPath(share.target)} className="font-medium text-teal-700 underline dark:text-teal-400">
                  {share.target.title ?? `Untitled ${share.target.type}`}
                </Link>
                <span className="ml-1 text-xs text-slate-500">({share.target.type})</span>
              </Td>
            )}
            <Td>{share.kind === 'public' ? 'Link' : 'Person'}</Td>
            <Td>{recipientOf(share)}</Td>
            <Td>{share.permission === 'edit' ? 'Can edit' : 'Can view'}</Td>
            <Td>{formatDateTime(share.expiresAt, 'Never')}</Td>
            <Td>{share.kind === 'public' ? (share.passwordProtected ? 'Yes' : 'No') : '—'}</Td>
            <Td className="text-right tabular-nums">{formatCount(share.accessCount)}</Td>
            <Td>{formatDateTime(share.lastAccessAt, 'Never')}</Td>
            <Td className="text-right">
              <Button
                variant="ghost"
                size="sm"
                pending={revokingId === share.id}
                aria-label={`Revoke ${recipientOf(share)}${withTarget ? ` to ${share.target.title ?? share.target.type}` : ''}`}
                onClick={() => onRevoke(share)}
              >
                Revoke
              </Button>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
