import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { ChatView } from './chat-view';

/**
 * The chat beside the dashboard; loaded lazily by the dashboard page, and living inside its
 * LiveProvider so chat and live refresh share one socket.
 */
export default function ChatPanel({ tabId, onClose }: { tabId?: string; onClose: () => void }) {
  const { workspace } = useCurrentWorkspace();
  return (
    <aside
      id="chat-panel"
      aria-label="Chat"
      className="flex h-[calc(100vh-8rem)] min-h-96 w-full flex-col overflow-hidden rounded-md border border-slate-200 bg-white lg:sticky lg:top-4 lg:w-96 xl:w-[26rem] lg:shrink-0 dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h2 className="text-sm font-semibold text-slate-800 dark:text-slate-100">Chat</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close chat"
          className="rounded px-2 py-0.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </header>
      <ChatView workspaceId={workspace.id} defaultTabId={tabId} />
    </aside>
  );
}
