import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout';
import { LiveProvider } from '@/features/dashboard/live/use-live-datasets';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { ChatView } from './chat-view';

/** `/chat`, or `/chat?session=<id>` (a link to one conversation): the chat on a page of its own. */
export default function ChatPage() {
  const { workspace } = useCurrentWorkspace();
  const [params, setParams] = useSearchParams();
  // the link's session is opened once; the address then forgets it so another can be picked
  const [linked] = useState(() => params.get('session'));
  useEffect(() => {
    if (params.has('session')) setParams((p) => (p.delete('session'), p), { replace: true });
  }, [params, setParams]);
  return (
    <LiveProvider>
      <PageHeader title="Chat" />
      <section
        aria-label="Chat"
        className="flex h-[calc(100vh-10rem)] min-h-96 flex-col overflow-hidden rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      >
        <ChatView workspaceId={workspace.id} openSessionId={linked} />
      </section>
    </LiveProvider>
  );
}
