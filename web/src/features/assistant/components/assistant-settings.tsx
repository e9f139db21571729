import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { turnQueryOf } from '../analytics-figures';
import { AnalyticsSection } from './analytics-section';
import { IntentsSection } from './intents-section';
import { TryUtterance } from './try-utterance';
import { TurnsSection } from './turns-section';

/** `/settings/assistant`: the built-in assistant's intents, a box to try them, and how the assistant is used. */
export default function AssistantSettings() {
  const { workspace } = useCurrentWorkspace();
  const [params, setParams] = useSearchParams();
  const turnQuery = turnQueryOf(params);
  const window = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const canEdit = workspace.role === 'owner' || workspace.role === 'editor';

  return (
    <div className="space-y-6">
      <PageHeader
        title="Assistant"
        description={`The built-in assistant of ${workspace.name}: what it recognises, and how it answers.`}
      />
      <TryUtterance workspaceId={workspace.id} />
      <IntentsSection workspaceId={workspace.id} canEdit={canEdit} />
      <AnalyticsSection
        workspaceId={workspace.id}
        window={window}
        onWindowChange={(next) => {
          const updated = new URLSearchParams();
          if (next.from) updated.set('from', next.from);
          if (next.to) updated.set('to', next.to);
          setParams(updated, { replace: true });
        }}
      />
      {turnQuery && <TurnsSection key={params.toString()} workspaceId={workspace.id} query={turnQuery} />}
    </div>
  );
}
