import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import type { Page } from '@/lib/api-client';
import { useCreateTab } from '../api/create-tab';
import { useDeleteTab } from '../api/delete-tab';
import { useDuplicateTab } from '../api/duplicate-tab';
import { useSharedTabs } from '../api/get-shared-tabs';
import { tabsQueryKey, useTabs } from '../api/get-tabs';
import { useRestoreTab } from '../api/restore-tab';
import { useUpdateTab } from '../api/update-tab';
import type { SharedTab, TabSummary } from '../types';

/** How long "Undo" is offered after deleting a tab. */
export const UNDO_MS = 8_000;

function moveTo<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** The workspace's tabs: switch, create, rename in place, reorder by drag, duplicate, delete with undo. */
export function TabBar({ workspaceId, activeTabId }: { workspaceId: string; activeTabId: string | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const tabs = useTabs({ workspaceId });
  const shared = useSharedTabs();
  const create = useCreateTab();
  const update = useUpdateTab();
  const remove = useDeleteTab();
  const restore = useRestoreTab();
  const duplicate = useDuplicateTab();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<TabSummary | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const items = tabs.data?.items ?? [];

  const addTab = () =>
    create.mutate(
      { name: `Tab ${items.length + 1}`, workspaceId },
      {
        onSuccess: (tab) => {
          navigate(`/dashboard/${tab.id}`);
          setDraft(tab.name);
          setRenaming(tab.id);
        },
      },
    );

  const startRename = (tab: TabSummary) => {
    setDraft(tab.name);
    setRenaming(tab.id);
  };

  const finishRename = (e?: FormEvent) => {
    e?.preventDefault();
    const tab = items.find((t) => t.id === renaming);
    setRenaming(null);
    const name = draft.trim();
    if (tab && name && name !== tab.name) update.mutate({ tabId: tab.id, name });
  };

  const deleteTab = (tab: TabSummary) => {
    remove.mutate(
      { tabId: tab.id },
      {
        onSuccess: () => {
          clearTimeout(undoTimer.current);
          setDeleted(tab);
          undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
          if (tab.id === activeTabId) {
            const next = items.find((t) => t.id !== tab.id);
            navigate(next ? `/dashboard/${next.id}` : '/dashboard', { replace: true });
          }
        },
      },
    );
  };

  const undoDelete = () => {
    if (!deleted) return;
    clearTimeout(undoTimer.current);
    const tab = deleted;
    restore.mutate(
      { tabId: tab.id },
      {
        onSuccess: () => {
          setDeleted(null);
          navigate(`/dashboard/${tab.id}`);
        },
      },
    );
  };

  const drop = (targetId: string) => {
    const from = items.findIndex((t) => t.id === dragged);
    const to = items.findIndex((t) => t.id === targetId);
    setDragged(null);
    if (from < 0 || to < 0 || from === to) return;
    const key = tabsQueryKey(workspaceId);
    const before = queryClient.getQueryData<Page<TabSummary>>(key);
    if (before) queryClient.setQueryData<Page<TabSummary>>(key, { ...before, items: moveTo(before.items, from, to) });
    update.mutate(
      { tabId: items[from]!.id, position: to },
      { onError: () => before && queryClient.setQueryData(key, before) },
    );
  };

  const error = create.error ?? update.error ?? remove.error ?? duplicate.error ?? restore.error ?? tabs.error;

  return (
    <div className="mb-4">
      <nav aria-label="Dashboard tabs" className="flex flex-wrap items-center gap-1 border-b border-slate-200 dark:border-slate-700">
        {tabs.isPending && <div className="h-8 w-40 animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-label="Loading tabs" />}
        <ul className="flex flex-wrap gap-1" role="list">
          {items.map((tab) => {
            const active = tab.id === activeTabId;
            return (
              <li
                key={tab.id}
                draggable={renaming !== tab.id}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', tab.id);
                  setDragged(tab.id);
                }}
                onDragOver={(e) => {
                  if (dragged) e.preventDefault();
                }}
                onDrop={(e) => {
                  e.preventDefault();
                  drop(tab.id);
                }}
                onDragEnd={() => setDragged(null)}
                className={`flex items-center rounded-t-md border-b-2 ${
                  active ? 'border-teal-600 bg-white dark:bg-slate-900' : 'border-transparent'
                } ${dragged === tab.id ? 'opacity-50' : ''}`}
              >
                {renaming === tab.id ? (
                  <form onSubmit={finishRename}>
                    <input
                      aria-label="Tab name"
                      autoFocus
                      value={draft}
                      maxLength={200}
                      onChange={(e) => setDraft(e.target.value)}
                      onBlur={() => finishRename()}
                      onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                      className="w-36 rounded border border-teal-600 px-2 py-1 text-sm dark:bg-slate-800"
                    />
                  </form>
                ) : (
                  <button
                    type="button"
                    aria-current={active ? 'page' : undefined}
                    onClick={() => navigate(`/dashboard/${tab.id}`)}
                    onDoubleClick={() => startRename(tab)}
                    title="Double-click to rename, drag to reorder"
                    className={`px-3 py-1.5 text-sm ${active ? 'font-semibold' : 'text-slate-600 dark:text-slate-300'}`}
                  >
                    {tab.name}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <Button variant="ghost" size="sm" onClick={addTab} pending={create.isPending}>
          + New tab
        </Button>
        {!!shared.data?.length && <SharedWithMe tabs={shared.data} activeTabId={activeTabId} />}
        {activeTabId && items.some((t) => t.id === activeTabId) && (
          <div className="ml-auto flex gap-1">
            <Button variant="ghost" size="sm" onClick={() => startRename(items.find((t) => t.id === activeTabId)!)}>
              Rename
            </Button>
            <Button
              variant="ghost"
              size="sm"
              pending={duplicate.isPending}
              onClick={() =>
                duplicate.mutate({ tabId: activeTabId, workspaceId }, { onSuccess: (tab) => navigate(`/dashboard/${tab.id}`) })
              }
            >
              Duplicate
            </Button>
            <Button
              variant="ghost"
              size="sm"
              pending={remove.isPending}
              onClick={() => deleteTab(items.find((t) => t.id === activeTabId)!)}
            >
              Delete
            </Button>
          </div>
        )}
      </nav>
      <ErrorAlert error={error} className="mt-2" />
      {deleted && (
        <div
          role="status"
          className="fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
        >
          Deleted “{deleted.name}”.
          <button type="button" className="font-semibold text-teal-300 underline dark:text-teal-700" onClick={undoDelete}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}

/** Tabs of other workspaces that people shared with the user: open only, no editing here. */
function SharedWithMe({ tabs, activeTabId }: { tabs: SharedTab[]; activeTabId: string | undefined }) {
  const navigate = useNavigate();
  return (
    <div role="group" aria-label="Shared with me" className="flex flex-wrap items-center gap-1 border-l border-slate-200 pl-2 dark:border-slate-700">
      <span className="text-xs font-medium text-slate-500 dark:text-slate-400">Shared with me</span>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          aria-current={tab.id === activeTabId ? 'page' : undefined}
          onClick={() => navigate(`/dashboard/${tab.id}`)}
          title={`Shared by ${tab.sharedBy.email}${tab.access === 'view' ? ', view only' : ''}`}
          className={`rounded-t-md border-b-2 px-3 py-1.5 text-sm ${
            tab.id === activeTabId ? 'border-teal-600 bg-white font-semibold dark:bg-slate-900' : 'border-transparent text-slate-600 dark:text-slate-300'
          }`}
        >
          {tab.name}
        </button>
      ))}
    </div>
  );
}
