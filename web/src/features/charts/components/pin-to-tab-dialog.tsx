import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { Modal } from '@/components/modal';
import { Spinner } from '@/components/spinner';
import { useTabs } from '@/features/dashboard/api/get-tabs';

/** Asks which tab of the workspace a chart goes on; `onChoose` does the pinning. */
export function PinToTabDialog({
  workspaceId,
  chartTitle,
  confirmLabel = 'Pin',
  onChoose,
  onClose,
  pending = false,
  error,
}: {
  workspaceId: string;
  chartTitle: string;
  confirmLabel?: string;
  onChoose: (tabId: string) => void;
  onClose: () => void;
  pending?: boolean;
  error?: unknown;
}) {
  const tabs = useTabs({ workspaceId });
  const [chosen, setChosen] = useState('');
  const items = tabs.data?.items ?? [];
  const tabId = chosen || items[0]?.id || '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (tabId) onChoose(tabId);
  };

  return (
    <Modal title={`Pin “${chartTitle || 'Untitled chart'}” to a tab`} onClose={() => !pending && onClose()}>
      <form onSubmit={submit} className="space-y-3">
        {tabs.isPending && <Spinner className="size-5" />}
        <ErrorAlert error={tabs.error} />
        {tabs.isSuccess && items.length === 0 && (
          <p>
            This workspace has no tabs yet.{' '}
            <Link to="/dashboard" className="text-teal-700 underline dark:text-teal-400">
              Make one on the dashboard
            </Link>
            .
          </p>
        )}
        {items.length > 0 && (
          <fieldset>
            <legend className="mb-1 font-medium">Tab</legend>
            <ul className="max-h-64 space-y-1 overflow-y-auto">
              {items.map((tab) => (
                <li key={tab.id}>
                  <label className="flex items-center gap-2 rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
                    <input type="radio" name="tab" value={tab.id} checked={tabId === tab.id} onChange={() => setChosen(tab.id)} />
                    {tab.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <ErrorAlert error={error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" pending={pending} disabled={!tabId}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
