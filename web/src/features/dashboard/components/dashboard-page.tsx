import { Navigate, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { useCreateTab } from '../api/create-tab';
import { useTabs } from '../api/get-tabs';
import { LiveProvider } from '../live/use-live-datasets';
import { TabBar } from './tab-bar';
import { TabSkeleton, TabView } from './tab-view';

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
  return (
    <LiveProvider>
      <h1 className="sr-only">Dashboard</h1>
      <TabBar workspaceId={workspace.id} activeTabId={tabId} />
      {tabId ? (
        <TabView key={tabId} tabId={tabId} workspaceId={workspace.id} />
      ) : (
        <FirstTab workspaceId={workspace.id} />
      )}
    </LiveProvider>
  );
}
