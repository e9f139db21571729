import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { Alert, ErrorAlert } from '@/components/alert';
import { useAgents } from '@/features/agents/api/get-agents';
import { PinToTabDialog } from '@/features/charts/components/pin-to-tab-dialog';
import { ContextFilesPicker } from '@/features/files/components/context-files-picker';
import { useAddTabChart } from '@/features/dashboard/api/add-tab-chart';
import { useTabs } from '@/features/dashboard/api/get-tabs';
import { useLiveStatus } from '@/features/dashboard/live/use-live-datasets';
import { ModelSwitcher } from '@/features/models/components/model-switcher';
import { useTemplates } from '@/features/templates/api/get-templates';
import { ReadAloudToggle } from '@/features/voice/components/read-aloud-toggle';
import { useReadAloud } from '@/features/voice/use-read-aloud';
import { ApiError } from '@/lib/api-client';
import { useCommands } from '../api/get-commands';
import { useSession } from '../api/get-session';
import { useUpdateSession } from '../api/update-session';
import { useSelectedSession } from '../chat-selection';
import { lastUserMessage } from '../chat-state';
import type { ChatChart } from '../types';
import { useChatStream } from '../use-chat-stream';
import { ChatInput } from './chat-input';
import { MessageList } from './message-list';
import { SessionBar } from './session-bar';

const selectClass =
  'min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/**
 * The chat, as the dashboard's side panel and the /chat page show it: session, tab and agent
 * on top, the conversation, the input. `defaultTabId` is the tab a new session works on.
 */
export function ChatView({
  workspaceId,
  defaultTabId,
  openSessionId,
}: {
  workspaceId: string;
  defaultTabId?: string;
  /** A session to open (a link to it), instead of the one last open. */
  openSessionId?: string | null;
}) {
  const id = useId();
  const [sessionId, selectSession] = useSelectedSession(workspaceId);
  useEffect(() => {
    if (openSessionId) selectSession(openSessionId);
  }, [openSessionId, selectSession]);
  const session = useSession({ sessionId: sessionId ?? '', queryConfig: { enabled: !!sessionId } });
  const tabs = useTabs({ workspaceId });
  const agents = useAgents({ workspaceId });
  const update = useUpdateSession();
  const [draftTab, setDraftTab] = useState(defaultTabId ?? '');
  const [draftAgent, setDraftAgent] = useState('');
  const commands = useCommands({ sessionId, workspaceId, agentId: draftAgent });
  const liveStatus = useLiveStatus();
  const templates = useTemplates({ workspaceId });

  // a remembered session that is gone (deleted elsewhere): start afresh
  const gone = session.error instanceof ApiError && session.error.status === 404;
  useEffect(() => {
    if (gone) selectSession(null);
  }, [gone, selectSession]);
  useEffect(() => {
    if (defaultTabId) setDraftTab(defaultTabId);
  }, [defaultTabId]);

  const current = sessionId ? session.data : undefined;
  const tabId = current ? (current.tabId ?? '') : draftTab;
  const agentId = current ? (current.agentId ?? '') : draftAgent;

  const newSession = useCallback(
    () => ({ workspaceId, tabId: draftTab || null, agentId: draftAgent || null }),
    [workspaceId, draftTab, draftAgent],
  );
  const chat = useChatStream({ sessionId, newSession, onSessionCreated: selectSession });
  const [stopping, setStopping] = useState(false);
  const readAloud = useReadAloud(chat.state.messages, chat.running);

  const [pinning, setPinning] = useState<string | null>(null);
  const [pinned, setPinned] = useState<{ chartIds: Set<string>; tabId: string } | null>(null);
  const [choosingTab, setChoosingTab] = useState<ChatChart | null>(null);
  const pin = useAddTabChart();
  const pinTo = (chart: ChatChart, toTab: string) => {
    setPinning(chart.id);
    pin.mutate(
      { tabId: toTab, chartId: chart.id },
      {
        onSuccess: () => {
          setChoosingTab(null);
          setPinned((p) => ({ chartIds: new Set([...(p?.chartIds ?? []), chart.id]), tabId: toTab }));
        },
        onSettled: () => setPinning(null),
      },
    );
  };
  const pinnedTabName = pinned ? tabs.data?.items.find((t) => t.id === pinned.tabId)?.name : undefined;

  const changeTab = (next: string) => {
    if (current) update.mutate({ sessionId: current.id, tabId: next || null });
    else setDraftTab(next);
  };
  const changeAgent = (next: string) => {
    if (current) update.mutate({ sessionId: current.id, agentId: next || null });
    else setDraftAgent(next);
  };

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="space-y-2 border-b border-slate-200 p-2 dark:border-slate-700">
        <SessionBar workspaceId={workspaceId} session={current} sessionId={sessionId} onSelect={selectSession} />
        <div className="flex flex-wrap gap-2 text-sm">
          <label htmlFor={`${id}-tab`} className="sr-only">
            Tab
          </label>
          <select id={`${id}-tab`} className={selectClass} value={tabId} onChange={(e) => changeTab(e.target.value)}>
            <option value="">No tab</option>
            {tabs.data?.items.map((t) => (
              <option key={t.id} value={t.id}>
                Tab: {t.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-agent`} className="sr-only">
            Agent
          </label>
          <select id={`${id}-agent`} className={selectClass} value={agentId} onChange={(e) => changeAgent(e.target.value)}>
            <option value="">Default agent</option>
            {agents.data?.items.map((a) => (
              <option key={a.id} value={a.id}>
                Agent: {a.name}
              </option>
            ))}
          </select>
          {current && (
            <ModelSwitcher
              workspaceId={workspaceId}
              session={current}
              agentModel={agents.data?.items.find((a) => a.id === agentId)?.model}
            />
          )}
          <ReadAloudToggle {...readAloud} />
        </div>
        <ContextFilesPicker workspaceId={workspaceId} session={current} />
        <ErrorAlert error={update.error} />
      </div>
      {chat.loadError ? <ErrorAlert error={chat.loadError} className="m-2" /> : null}
      {liveStatus === 'reconnecting' && (
        <p role="status" className="px-3 pt-2 text-xs text-amber-700 dark:text-amber-300">
          Reconnecting… answers will catch up.
        </p>
      )}
      <MessageList
        messages={chat.state.messages}
        running={chat.running}
        onSend={(content, model) => void chat.send(content, model)}
        onConfirm={(callId, approve) => void chat.confirm(callId, approve)}
        onPin={(chart) => (tabId ? pinTo(chart, tabId) : setChoosingTab(chart))}
        pinning={pinning}
        pinned={pinned?.chartIds}
      />
      {pinned && (
        <Alert tone="success" className="mx-2 mb-1">
          Pinned to{' '}
          <Link to={`/dashboard/${encodeURIComponent(pinned.tabId)}`} className="font-medium underline">
            {pinnedTabName ?? 'the tab'}
          </Link>
          .
        </Alert>
      )}
      {!choosingTab && <ErrorAlert error={pin.error} className="mx-2 mb-1" />}
      <ChatInput
        commands={commands.data ?? []}
        templates={templates.data ?? []}
        lastMessage={lastUserMessage(chat.state)}
        running={chat.running}
        stopping={stopping}
        onSend={(content) => void chat.send(content)}
        onStop={() => {
          setStopping(true);
          void chat.stop().finally(() => setStopping(false));
        }}
      />
      {choosingTab && (
        <PinToTabDialog
          workspaceId={workspaceId}
          chartTitle={choosingTab.title}
          pending={pin.isPending}
          error={pin.error}
          onChoose={(chosen) => pinTo(choosingTab, chosen)}
          onClose={() => setChoosingTab(null)}
        />
      )}
    </div>
  );
}
