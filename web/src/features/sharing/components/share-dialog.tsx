import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/field';
import { Modal } from '@/components/modal';
import { Loading } from '@/components/spinner';
import { fieldError } from '@/lib/api-client';
import { copyText } from '@/lib/clipboard';
import { useCreateShare } from '../api/create-share';
import { useShares } from '../api/get-shares';
import { useRevokeShare } from '../api/revoke-share';
import { EMBED_DEFAULT, embedSnippet, expiryOf } from '../embed';
import type { CreatedShare, SharePermission, ShareTargetRef } from '../types';
import { SharesTable } from './shares-table';

const heading = 'text-base font-semibold text-slate-900 dark:text-slate-50';

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <>
      <Button variant="secondary" size="sm" aria-label={label} onClick={async () => setCopied((await copyText(text)) ? 'yes' : 'failed')}>
        {copied === 'yes' ? 'Copied' : 'Copy'}
      </Button>
      {copied === 'failed' && (
        <span role="status" className="text-xs text-slate-500">
          Could not reach the clipboard; select the text and copy it.
        </span>
      )}
    </>
  );
}

function ShareWithPerson({ target }: { target: ShareTargetRef }) {
  const [email, setEmail] = useState('');
  const [permission, setPermission] = useState<SharePermission>('view');
  const [sharedWith, setSharedWith] = useState<string | null>(null);
  const create = useCreateShare({
    mutationConfig: {
      onSuccess: (_, input) => {
        setSharedWith('email' in input.to ? input.to.email : null);
        setEmail('');
      },
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSharedWith(null);
    create.mutate({ target, to: { email: email.trim(), permission } });
  };
  return (
    <section aria-labelledby="share-person" className="space-y-2">
      <h3 id="share-person" className={heading}>
        Share with a person
      </h3>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <TextField
          label="Email"
          type="email"
          required
          maxLength={320}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(create.error, 'to.email')}
          wrapperClassName="min-w-56 flex-1"
        />
        <SelectField
          label="Permission"
          value={permission}
          onChange={(e) => setPermission(e.target.value as SharePermission)}
          wrapperClassName="w-36"
        >
          <option value="view">Can view</option>
          <option value="edit">Can edit</option>
        </SelectField>
        <Button type="submit" pending={create.isPending} disabled={!email.trim()}>
          Share
        </Button>
      </form>
      <ErrorAlert error={create.error} />
      {sharedWith && <Alert tone="success">Shared with {sharedWith}.</Alert>}
    </section>
  );
}

/** The new link, its embed snippet, and the warning that its token is never shown again. */
function CreatedLink({ created, onAnother }: { created: CreatedShare; onAnother: () => void }) {
  const [size, setSize] = useState<{ width: number; height: number }>(EMBED_DEFAULT);
  const snippet = embedSnippet(created.url, size.width, size.height);
  return (
    <div className="space-y-3" data-testid="created-link">
      <Alert tone="warning">Copy this link now: its token is shown only once and cannot be shown again.</Alert>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="public-link-url" className="sr-only">
          Public link address
        </label>
        <input
          id="public-link-url"
          readOnly
          value={created.url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
        <CopyButton text={created.url} label="Copy link" />
      </div>
      <div className="space-y-1">
        <div className="flex flex-wrap items-end gap-3">
          <p className="font-medium text-slate-800 dark:text-slate-200">Embed</p>
          {(['width', 'height'] as const).map((side) => (
            <TextField
              key={side}
              label={side === 'width' ? 'Width' : 'Height'}
              type="number"
              min={100}
              max={4000}
              value={size[side]}
              onChange={(e) => setSize((s) => ({ ...s, [side]: Number(e.target.value) }))}
              wrapperClassName="w-24"
            />
          ))}
          <CopyButton text={snippet} label="Copy embed code" />
        </div>
        <label htmlFor="public-link-embed" className="sr-only">
          Embed code
        </label>
        <textarea
          id="public-link-embed"
          readOnly
          rows={2}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
        />
      </div>
      <Button variant="ghost" size="sm" onClick={onAnother}>
        Create another link
      </Button>
    </div>
  );
}

function PublicLinkForm({ target }: { target: ShareTargetRef }) {
  const [expires, setExpires] = useState('');
  const [password, setPassword] = useState('');
  const [viewerMayChangeWindow, setViewerMayChangeWindow] = useState(false);
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const create = useCreateShare({
    mutationConfig: {
      onSuccess: (share) => {
        setCreated(share);
        setExpires('');
        setPassword('');
        setViewerMayChangeWindow(false);
      },
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      target,
      to: {
        public: true,
        expiresAt: expiryOf(expires),
        password: password || undefined,
        viewerMayChangeWindow,
      },
    });
  };
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="share-public" className="space-y-2">
      <h3 id="share-public" className={heading}>
        Public link
      </h3>
      {created ? (
        <CreatedLink created={created} onAnother={() => setCreated(null)} />
      ) : (
        <form onSubmit={submit} className="space-y-3">
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Anybody with the link sees this, without signing in, and nothing else of the workspace.
          </p>
          <div className="flex flex-wrap items-start gap-3">
            <TextField
              label="Expires on (optional)"
              type="date"
              min={today}
              value={expires}
              onChange={(e) => setExpires(e.target.value)}
              hint="The link works to the end of that day (UTC)."
              error={fieldError(create.error, 'to.expiresAt')}
              wrapperClassName="w-52"
            />
            <TextField
              label="Password (optional)"
              type="password"
              autoComplete="new-password"
              maxLength={72}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              hint="Viewers must type it to see the link."
              error={fieldError(create.error, 'to.password')}
              wrapperClassName="min-w-56 flex-1"
            />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={viewerMayChangeWindow}
              onChange={(e) => setViewerMayChangeWindow(e.target.checked)}
              className="size-4 rounded border-slate-300"
            />
            Viewers may change the time window and filters
          </label>
          <Button type="submit" pending={create.isPending}>
            Create public link
          </Button>
          <ErrorAlert error={create.error} />
        </form>
      )}
    </section>
  );
}

function LiveShares({ target }: { target: ShareTargetRef }) {
  const shares = useShares({ target });
  const revoke = useRevokeShare();
  return (
    <section aria-labelledby="share-live" className="space-y-2">
      <h3 id="share-live" className={heading}>
        Live shares
      </h3>
      <ErrorAlert error={shares.error ?? revoke.error} />
      {shares.isPending ? (
        <Loading label="Loading shares…" />
      ) : (
        <SharesTable
          caption="Live shares of this item"
          shares={shares.data?.items ?? []}
          empty="Not shared yet."
          revokingId={revoke.isPending ? revoke.variables?.shareId : null}
          onRevoke={(share) => revoke.mutate({ shareId: share.id })}
        />
      )}
    </section>
  );
}

/** Shares one chart or tab: with a person, or as a public link; lists and revokes its shares. */
export function ShareDialog({ target, title, onClose }: { target: ShareTargetRef; title: string; onClose: () => void }) {
  return (
    <Modal title={`Share “${title}”`} onClose={onClose} size="wide" actions={<Button onClick={onClose}>Done</Button>}>
      <div className="space-y-6">
        <ShareWithPerson target={target} />
        <PublicLinkForm target={target} />
        <LiveShares target={target} />
      </div>
    </Modal>
  );
}
