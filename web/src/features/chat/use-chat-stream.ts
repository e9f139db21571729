import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useLiveConnection, useLiveStatus } from '@/features/dashboard/live/use-live-datasets';
import { errorDetail } from '@/lib/api-client';
import { confirmCall } from './api/confirm-call';
import { createSession } from './api/create-session';
import type { CreateSessionInput } from './api/create-session';
import { getEventsAfter } from './api/get-events';
import { getMessages } from './api/get-messages';
import { getSession } from './api/get-session';
import { sessionKey, sessionListsKey } from './api/keys';
import { sendMessage } from './api/send-message';
import { stopTurn } from './api/stop-turn';
import { chatReducer, initialChatState, isRunning, localKey } from './chat-state';
import type { ChatState } from './chat-state';
import type { SequencedEvent } from './types';

/** How long events wait ahead of a gap before the missing ones are asked for. */
const GAP_WAIT_MS = 400;
/** How often a running turn is polled while the socket is down. */
const POLL_MS = 1_500;

/** The commands that change a tab (its charts, window, filters) or which tab the chat is on. */
const TAB_COMMANDS = new Set(['pin', 'tab', 'window', 'filter']);
const tabsKey = ['tabs'] as const;

/**
 * How many commands of the conversation changed a tab: a new count after a finished turn
 * means the dashboard's tabs are stale.
 */
export function changesTabs(state: ChatState): number {
  if (isRunning(state)) return 0;
  let count = 0;
  for (const m of state.messages) {
    for (const c of m.cards) if (c.type === 'tool_call' && c.status === 'ok' && TAB_COMMANDS.has(c.command)) count++;
  }
  return count;
}

export const sessionTopic = (sessionId: string) => `/topic/chat.sessions.${sessionId}`;

function isSequencedEvent(body: unknown): body is SequencedEvent {
  return (
    !!body &&
    typeof body === 'object' &&
    typeof (body as SequencedEvent).seq === 'number' &&
    !!(body as SequencedEvent).event &&
    typeof (body as SequencedEvent).event.type === 'string'
  );
}

/**
 * One session's conversation: its history, then its events live on the page's STOMP
 * connection. After every (re)subscription it asks `events?after=<last seq>` for what it
 * missed; the reducer drops what it already has. Without a socket, a running turn is polled.
 *
 * @param newSession what a new session is made of when the first message is sent without one
 * @param onSessionCreated called with the id of that new session
 */
export function useChatStream({
  sessionId,
  newSession,
  onSessionCreated,
}: {
  sessionId: string | null;
  newSession: () => CreateSessionInput;
  onSessionCreated: (sessionId: string) => void;
}) {
  const queryClient = useQueryClient();
  const connection = useLiveConnection();
  const liveStatus = useLiveStatus();
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const lastSeq = useRef(0);
  const loaded = useRef<string | null>(null);
  /** A session this hook made itself: its (empty) history is not loaded over what was sent. */
  const adopted = useRef<string | null>(null);
  const [loadError, setLoadError] = useReducer((_: unknown, e: unknown) => e, null);
  useEffect(() => {
    lastSeq.current = state.lastSeq;
  });

  const resume = useCallback(async (id: string) => {
    if (loaded.current !== id) return;
    try {
      const { events } = await getEventsAfter({ sessionId: id, after: lastSeq.current });
      if (loaded.current === id) dispatch({ type: 'events', events: events ?? [], complete: true });
    } catch {
      // the next (re)subscription or poll asks again
    }
  }, []);

  // history
  useEffect(() => {
    if (!sessionId) {
      loaded.current = null;
      adopted.current = null;
      dispatch({ type: 'reset' });
      return;
    }
    if (adopted.current === sessionId) {
      loaded.current = sessionId;
      return;
    }
    // picked again later, a session made here loads its history like any other
    adopted.current = null;
    let alive = true;
    loaded.current = null;
    dispatch({ type: 'reset' });
    setLoadError(null);
    (async () => {
      // the session first: its lastSeq is at or before the messages read next
      const session = await getSession({ sessionId });
      const page = await getMessages({ sessionId });
      if (!alive) return;
      queryClient.setQueryData(sessionKey(sessionId), session);
      dispatch({ type: 'loaded', messages: page.items ?? [], lastSeq: session.lastSeq ?? 0 });
      loaded.current = sessionId;
      void resume(sessionId);
    })().catch((error: unknown) => alive && setLoadError(error));
    return () => {
      alive = false;
    };
  }, [sessionId, queryClient, resume]);

  // live events
  useEffect(() => {
    if (!connection || !sessionId) return;
    return connection.watchTopic(sessionTopic(sessionId), {
      onMessage: (body) => {
        if (isSequencedEvent(body) && (!body.sessionId || body.sessionId === sessionId)) {
          dispatch({ type: 'events', events: [body] });
        }
      },
      onSubscribed: () => void resume(sessionId),
    });
  }, [connection, sessionId, resume]);

  // a gap that the socket does not fill is asked for
  const hasGap = state.pending.length > 0;
  useEffect(() => {
    if (!hasGap || !sessionId) return;
    const timer = setTimeout(() => void resume(sessionId), GAP_WAIT_MS);
    return () => clearTimeout(timer);
  }, [hasGap, sessionId, resume, state.lastSeq]);

  // no socket while a turn runs: poll
  const running = isRunning(state);
  useEffect(() => {
    if (!running || !sessionId || (connection && liveStatus === 'live')) return;
    const timer = setInterval(() => void resume(sessionId), POLL_MS);
    return () => clearInterval(timer);
  }, [running, sessionId, connection, liveStatus, resume]);

  // a finished turn may have renamed the session, moved it to another tab or up the list, and
  // its commands may have changed a tab the dashboard beside the chat shows
  const changedTabs = changesTabs(state);
  useEffect(() => {
    if (running || !sessionId) return;
    void queryClient.invalidateQueries({ queryKey: sessionListsKey });
    void queryClient.invalidateQueries({ queryKey: sessionKey(sessionId), exact: true });
  }, [running, sessionId, queryClient]);
  useEffect(() => {
    if (changedTabs) void queryClient.invalidateQueries({ queryKey: tabsKey });
  }, [changedTabs, queryClient]);

  const send = useCallback(
    async (content: string, model?: string) => {
      const key = localKey();
      dispatch({ type: 'sent', localKey: key, content });
      try {
        let id = sessionId;
        if (!id) {
          const session = await createSession(newSession());
          queryClient.setQueryData(sessionKey(session.id), session);
          void queryClient.invalidateQueries({ queryKey: sessionListsKey });
          adopted.current = session.id;
          loaded.current = session.id;
          id = session.id;
          onSessionCreated(session.id);
        }
        const started = await sendMessage({ sessionId: id, content, model });
        dispatch({ type: 'accepted', localKey: key, turnId: started.turnId, userMessage: started.userMessage });
        // events published before the subscription took hold
        void resume(id);
      } catch (error) {
        dispatch({ type: 'send_failed', localKey: key, message: errorDetail(error) });
      }
    },
    [sessionId, newSession, onSessionCreated, queryClient, resume],
  );

  const stop = useCallback(async () => {
    if (!sessionId) return;
    try {
      await stopTurn({ sessionId });
      void resume(sessionId);
    } catch (error) {
      dispatch({ type: 'failed', message: errorDetail(error) });
    }
  }, [sessionId, resume]);

  const confirm = useCallback(
    async (callId: string, approve: boolean) => {
      if (!sessionId) return;
      try {
        const answer = await confirmCall({ sessionId, callId, approve });
        dispatch({ type: 'confirmed', callId, approve, messages: answer?.messages ?? [] });
      } catch (error) {
        dispatch({ type: 'failed', message: errorDetail(error) });
      }
    },
    [sessionId],
  );

  return { state, running, loadError, send, stop, confirm };
}
