import { lazy, Suspense, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { useCreateTab } from '../api/create-tab';
import { useTabs } from '../api/get-tabs';
import { LiveProvider } from '../live/use-live-datasets';
import { TabBar } from './tab-bar';
import { TabSkeleton, TabView } from './tab-view';

// the chat's code loads when the panel first opens
const ChatPanel = lazy(() => import('@/features/chat/components/chat-panel'));
const CHAT_OPEN_KEY = 'gridsight.chat.panel';

/** `/dashboard`: the first tab of the workspace, or a first "New tab". */
function FirstTab({ workspaceId }: { workspaceId: string }) {
  const navigate = useNavigate();
  const tabs = useTabs({ workspaceId });
  const create = useCreateTab({ mutationConfig: { onSuccess: (tab) => navigate(`/dashboard/${tab.id}`) } });
  if (tabs.isPending) return <TabSkeleton />;
  if (tabs.isError) return <ErrorAlert error={tabs.error} />;
  const first = tabs.data.items[0];
  if (first) return <Navigate to={`/dashboard/${first.id}`} replace />;
  return (
    <div className="rounded-md border border-dashed border-slate-300 p-10 text-center dark:border-slate-600">
      <p className="text-sm text-slate-600 dark:text-slate-300">This workspace has no dashboard tabs yet.</p>
      <Button className="mt-3" pending={create.isPending} onClick={() => create.mutate({ name: 'Overview', workspaceId })}>
        New tab
      </Button>
      <ErrorAlert error={create.error} className="mt-3" />
    </div>
  );
}

/** `/dashboard` and `/dashboard/:tabId?window=…&filter.<column>=…`. */
export default function DashboardPage() {
  const { tabId } = useParams();
  const { workspace } = useCurrentWorkspace();
  const [chatOpen, setChatOpen] = useState(() => window.localStorage.getItem(CHAT_OPEN_KEY) === 'open');
  const toggleChat = (open: boolean) => {
    setChatOpen(open);
    if (open) window.localStorage.setItem(CHAT_OPEN_KEY, 'open');
    else window.localStorage.removeItem(CHAT_OPEN_KEY);
  };
  return (
    <LiveProvider>
      <h1 className="sr-only">Dashboard</h1>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
        <div className="min-w-0 flex-1">
          <div className="flex items-start gap-2">
            <div className="min-w-0 flex-1">
              <TabBar workspaceId={workspace.id} activeTabId={tabId} />
            </div>
            <Button
              variant={chatOpen ? 'primary' : 'secondary'}
              size="sm"
              aria-expanded={chatOpen}
              aria-controls={chatOpen ? 'chat-panel' : undefined}
              onClick={() => toggleChat(!chatOpen)}
            >
              Chat
            </Button>
          </div>
          {tabId ? (
            <TabView key={tabId} tabId={tabId} workspaceId={workspace.id} />
          ) : (
            <FirstTab workspaceId={workspace.id} />
          )}
        </div>
        {chatOpen && (
          <Suspense fallback={null}>
            <ChatPanel tabId={tabId} onClose={() => toggleChat(false)} />
          </Suspense>
        )}
      </div>
    </LiveProvider>
  );
}
