import { useState } from 'react';
import { ErrorAlert } from '@/components/alert';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader, Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { useShares } from '../api/get-shares';
import { useRevokeShare } from '../api/revoke-share';
import type { Share } from '../types';
import { recipientOf, SharesTable } from './shares-table';

const PAGE_SIZE = 25;

/** `/settings/sharing`: every live share of the current workspace, with revoke. */
export default function SharedLinksSettings() {
  const { workspace } = useCurrentWorkspace();
  const [page, setPage] = useState(0);
  const shares = useShares({ workspaceId: workspace.id, page, size: PAGE_SIZE });
  const [revoking, setRevoking] = useState<Share | null>(null);
  const revoke = useRevokeShare({ mutationConfig: { onSuccess: () => setRevoking(null) } });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Shared links"
        description={`Charts and tabs of ${workspace.name} shared with people or as public links. A revoked link stops working at once.`}
      />
      <Section title="Live shares">
        <ErrorAlert error={shares.error} className="mb-3" />
        {shares.isPending ? (
          <Loading label="Loading shares…" />
        ) : (
          !shares.isError && (
            <SharesTable
              caption={`Live shares of ${workspace.name}`}
              shares={shares.data.items}
              withTarget
              empty="Nothing in this workspace is shared. Share a chart or a tab from its menu on the dashboard."
              onRevoke={setRevoking}
            />
          )
        )}
        <Pagination label="Share pages" of={shares.data} onPageChange={setPage} />
      </Section>
      {revoking && (
        <ConfirmDialog
          title={`Revoke the share of “${revoking.target.title ?? revoking.target.type}”?`}
          confirmLabel="Revoke"
          pending={revoke.isPending}
          error={revoke.error}
          onCancel={() => {
            setRevoking(null);
            revoke.reset();
          }}
          onConfirm={() => revoke.mutate({ shareId: revoking.id })}
        >
          <p>
            {revoking.kind === 'public'
              ? 'The public link stops working at once, for everybody who has it and on every page that embeds it.'
              : `${recipientOf(revoking)} loses access at once.`}{' '}
            This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
