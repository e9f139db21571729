/**
 * The conversation as the chat shows it, folded from stored messages and streamed events by
 * one pure reducer. Streamed events carry a session-wide `seq`: an event at or below the last
 * applied number is dropped (a duplicate); one that leaves a gap waits in `pending` until the
 * gap is filled or a resume (`GET …/events?after=N`, which is complete) flushes it in order.
 */
import type { ChatChart, ChatMessage, DoneOutcome, SequencedEvent, TurnEvent } from './types';

/** What a message shows besides its text and charts: the turn's card events. */
export type Card =
  | Extract<TurnEvent, { type: 'tool_call' | 'question' | 'alternatives' | 'error' | 'summary' }>
  | (Extract<TurnEvent, { type: 'confirmation' }> & {
      /** Set once the user answered it here. */
      resolved?: 'approved' | 'cancelled';
    });

export type ViewMessage = {
  /** Stable React key: the stored id, or a local one while the message has none. */
  key: string;
  id: string | null;
  turnId: string | null;
  role: 'user' | 'assistant';
  content: string;
  charts: ChatChart[];
  cards: Card[];
  /** `sending`: a user message the server has not accepted yet; `streaming`: an answer arriving. */
  status: 'sending' | 'streaming' | 'done';
  outcome?: DoneOutcome;
};

export type ChatState = {
  messages: ViewMessage[];
  /** The highest sequence number applied. */
  lastSeq: number;
  /** Events that arrived ahead of a gap, in seq order. */
  pending: SequencedEvent[];
  /** The turn that runs now, if any. */
  activeTurn: string | null;
};

export type ChatAction =
  | { type: 'reset' }
  | { type: 'loaded'; messages: ChatMessage[]; lastSeq: number }
  | { type: 'sent'; localKey: string; content: string }
  | { type: 'accepted'; localKey: string; turnId: string; userMessage: ChatMessage }
  | { type: 'send_failed'; localKey: string; message: string }
  /** `complete`: the server's whole list after `lastSeq` (a resume), so gaps are not waited for. */
  | { type: 'events'; events: SequencedEvent[]; complete?: boolean }
  | { type: 'confirmed'; callId: string; approve: boolean; messages: ChatMessage[] }
  | { type: 'failed'; message: string };

export const initialChatState: ChatState = { messages: [], lastSeq: 0, pending: [], activeTurn: null };

export function isRunning(state: ChatState): boolean {
  return state.activeTurn !== null || state.messages.some((m) => m.status !== 'done');
}

const CARD_TYPES = new Set(['tool_call', 'question', 'confirmation', 'alternatives', 'error', 'summary']);

function toCard(event: TurnEvent): Card | null {
  return CARD_TYPES.has(event.type) ? (event as Card) : null;
}

/** A stored message as the chat shows it. */
export function fromStored(message: ChatMessage): ViewMessage {
  return {
    key: message.id,
    id: message.id,
    turnId: message.turnId ?? null,
    role: message.role,
    content: message.content ?? '',
    charts: message.charts ?? [],
    cards: (message.cards ?? []).map(toCard).filter((c): c is Card => c !== null),
    status: 'done',
  };
}

let localCounter = 0;
/** A key for a message that has no id yet. */
export const localKey = () => `local-${++localCounter}`;

function errorLine(message: string): ViewMessage {
  return {
    key: localKey(),
    id: null,
    turnId: null,
    role: 'assistant',
    content: '',
    charts: [],
    cards: [{ type: 'error', message }],
    status: 'done',
  };
}

/** Puts a stored user message in place of the local one it answers, or appends it once. */
function upsertUser(messages: ViewMessage[], stored: ChatMessage, localKeyHint?: string): ViewMessage[] {
  if (messages.some((m) => m.id === stored.id)) {
    return localKeyHint ? messages.filter((m) => m.key !== localKeyHint || m.id === stored.id) : messages;
  }
  let index = localKeyHint ? messages.findIndex((m) => m.key === localKeyHint) : -1;
  if (index < 0) index = messages.findIndex((m) => m.role === 'user' && m.status === 'sending' && m.content === stored.content);
  const view = fromStored(stored);
  if (index < 0) return [...messages, view];
  const next = messages.slice();
  next[index] = { ...view, key: messages[index]!.key };
  return next;
}

/** The assistant message a turn's events go to: the open one of that turn, or a new one. */
function openAnswer(messages: ViewMessage[], turnId: string): [ViewMessage[], number] {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'assistant' && m.turnId === turnId && m.status === 'streaming') return [messages, i];
  }
  const answer: ViewMessage = {
    key: `turn-${turnId}-${messages.length}`,
    id: null,
    turnId,
    role: 'assistant',
    content: '',
    charts: [],
    cards: [],
    status: 'streaming',
  };
  return [[...messages, answer], messages.length];
}

function applyEvent(state: ChatState, { turnId, event }: SequencedEvent): ChatState {
  if (event.type === 'started') {
    return { ...state, messages: upsertUser(state.messages, event.message), activeTurn: turnId };
  }
  const [messages, index] = openAnswer(state.messages, turnId);
  const current = messages[index]!;
  let updated: ViewMessage = current;
  let activeTurn: string | null = state.activeTurn ?? turnId;
  switch (event.type) {
    case 'text':
      updated = { ...current, content: current.content + (event.text ?? '') };
      break;
    case 'chart':
      if (!current.charts.some((c) => c.id === event.chart.id)) updated = { ...current, charts: [...current.charts, event.chart] };
      break;
    case 'tool_call': {
      const at = current.cards.findIndex((c) => c.type === 'tool_call' && c.callId === event.callId);
      const cards = current.cards.slice();
      if (at >= 0) cards[at] = event;
      else cards.push(event);
      updated = { ...current, cards };
      break;
    }
    case 'confirmation':
      if (!current.cards.some((c) => c.type === 'confirmation' && c.callId === event.callId)) {
        updated = { ...current, cards: [...current.cards, event] };
      }
      break;
    case 'question':
    case 'alternatives':
    case 'error':
    case 'summary':
      updated = { ...current, cards: [...current.cards, event] };
      break;
    case 'done': {
      if (activeTurn === turnId) activeTurn = null;
      // the same message already shown (from the history, or a confirmation's answer): keep that one
      if (messages.some((m, i) => i !== index && m.id === event.messageId)) {
        return { ...state, messages: messages.filter((_, i) => i !== index), activeTurn };
      }
      updated = { ...current, id: event.messageId, status: 'done', outcome: event.outcome };
      break;
    }
    default:
      return state;
  }
  const next = messages.slice();
  next[index] = updated;
  return { ...state, messages: next, activeTurn };
}

function receive(state: ChatState, events: SequencedEvent[], complete: boolean): ChatState {
  const bySeq = new Map<number, SequencedEvent>();
  for (const e of [...state.pending, ...events]) {
    if (e.seq > state.lastSeq && !bySeq.has(e.seq)) bySeq.set(e.seq, e);
  }
  const queue = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  let next: ChatState = { ...state, pending: [] };
  let i = 0;
  for (; i < queue.length; i++) {
    const e = queue[i]!;
    if (!complete && e.seq !== next.lastSeq + 1) break;
    next = { ...applyEvent(next, e), lastSeq: e.seq };
  }
  next.pending = queue.slice(i);
  return next;
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'reset':
      return initialChatState;
    case 'loaded': {
      // messages sent or streamed while the history loaded stay after it
      const stored = action.messages.map(fromStored);
      const ids = new Set(stored.map((m) => m.id));
      const extra = state.messages.filter((m) => m.status !== 'done' && !(m.id && ids.has(m.id)));
      const loaded: ChatState = { ...state, messages: [...stored, ...extra], lastSeq: Math.max(state.lastSeq, action.lastSeq) };
      return receive(loaded, [], false);
    }
    case 'sent':
      return {
        ...state,
        messages: [
          ...state.messages,
          {
            key: action.localKey,
            id: null,
            turnId: null,
            role: 'user',
            content: action.content,
            charts: [],
            cards: [],
            status: 'sending',
          },
        ],
      };
    case 'accepted':
      return {
        ...state,
        messages: upsertUser(state.messages, action.userMessage, action.localKey),
        // the turn may already be over when the answer to the POST arrives after its events
        activeTurn: state.messages.some((m) => m.turnId === action.turnId && m.role === 'assistant' && m.status === 'done')
          ? state.activeTurn
          : action.turnId,
      };
    case 'send_failed':
      return {
        ...state,
        messages: [...state.messages.filter((m) => m.key !== action.localKey), errorLine(action.message)],
      };
    case 'events':
      return receive(state, action.events, action.complete ?? false);
    case 'confirmed': {
      let messages = state.messages.map((m) =>
        m.cards.some((c) => c.type === 'confirmation' && c.callId === action.callId)
          ? {
              ...m,
              cards: m.cards.map((c) =>
                c.type === 'confirmation' && c.callId === action.callId
                  ? { ...c, resolved: action.approve ? ('approved' as const) : ('cancelled' as const) }
                  : c,
              ),
            }
          : m,
      );
      for (const stored of action.messages) {
        const at = messages.findIndex((m) => m.id === stored.id);
        if (at >= 0) {
          messages = messages.slice();
          messages[at] = { ...fromStored(stored), key: messages[at]!.key };
        } else {
          messages = [...messages, fromStored(stored)];
        }
      }
      return { ...state, messages };
    }
    case 'failed':
      return { ...state, messages: [...state.messages, errorLine(action.message)] };
  }
}

/** The user's last message, for ↑ in an empty input. */
export function lastUserMessage(state: ChatState): string | null {
  for (let i = state.messages.length - 1; i >= 0; i--) {
    const m = state.messages[i]!;
    if (m.role === 'user') return m.content;
  }
  return null;
}
