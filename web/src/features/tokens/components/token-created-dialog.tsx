import { useState } from 'react';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Modal } from '@/components/modal';
import { copyText } from '@/lib/clipboard';
import type { CreatedApiToken } from '@/types/api';

/** Shows a new token's secret; the server never sends it again, so neither does this app. */
export function TokenCreatedDialog({ token, onClose }: { token: CreatedApiToken; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <Modal
      title={`Token "${token.name}" created`}
      onClose={onClose}
      actions={<Button onClick={onClose}>Done</Button>}
    >
      <Alert tone="warning">Copy this token now. It will not be shown again.</Alert>
      <div className="flex items-center gap-2">
        <label htmlFor="new-token" className="sr-only">
          New API token
        </label>
        <input
          id="new-token"
          readOnly
          data-autofocus
          value={token.token}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600/40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
        <Button
          variant="secondary"
          onClick={async () => setCopied((await copyText(token.token)) ? 'yes' : 'failed')}
        >
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-slate-500 dark:text-slate-400">
        {copied === 'failed'
          ? 'Could not reach the clipboard; select the token and copy it yourself.'
          : `Send it as "Authorization: Bearer <token>".`}
      </p>
    </Modal>
  );
}
