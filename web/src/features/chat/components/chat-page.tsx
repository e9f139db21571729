import { PageHeader } from '@/components/layout';
import { LiveProvider } from '@/features/dashboard/live/use-live-datasets';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { ChatView } from './chat-view';

/** `/chat`: the chat on a page of its own. */
export default function ChatPage() {
  const { workspace } = useCurrentWorkspace();
  return (
    <LiveProvider>
      <PageHeader title="Chat" />
      <section
        aria-label="Chat"
        className="flex h-[calc(100vh-10rem)] min-h-96 flex-col overflow-hidden rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      >
        <ChatView workspaceId={workspace.id} />
      </section>
    </LiveProvider>
  );
}
