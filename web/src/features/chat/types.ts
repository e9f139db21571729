/** Shapes of the chat API as docs/chat-api.md states them. Dates are ISO-8601 text. */
import type { ChartData, ChartVisual } from '@/types/api';

export type ChatSession = {
  id: string;
  workspaceId: string;
  title: string;
  tabId: string | null;
  agentId: string | null;
  agentName?: string | null;
  allowedCommands?: string[];
  confirmChanges?: boolean;
  /** The last sequence number streamed in this session. */
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
};

/** A chart an answer shows; `data` is what `GET /api/charts/{id}/data` returned. */
export type ChatChart = {
  id: string;
  title: string;
  query?: unknown;
  visual: ChartVisual;
  data: ChartData;
  explanation?: string | null;
};

export type ToolCallStatus = 'ok' | 'refused' | 'failed' | 'pending';

/** `model`: the model that answers this message (`builtin` after a model timed out), else the session's. */
export type Alternative = { label: string; message: string; model?: string | null };

export type DoneOutcome = 'answered' | 'question' | 'fallback' | 'confirmation' | 'error' | 'stopped';

/** What a turn streams (`event.type`). */
export type TurnEvent =
  | { type: 'started'; message: ChatMessage }
  | { type: 'text'; text: string }
  | {
      type: 'tool_call';
      callId: string;
      command: string;
      arguments?: Record<string, unknown> | null;
      status: ToolCallStatus;
      summary?: string | null;
    }
  | { type: 'chart'; chart: ChatChart }
  | { type: 'question'; text: string; choices?: string[] | null }
  | {
      type: 'confirmation';
      callId: string;
      command: string;
      arguments?: Record<string, unknown> | null;
      prompt: string;
    }
  | { type: 'alternatives'; options: Alternative[] }
  | { type: 'error'; message: string }
  /** Older messages were replaced by this summary in what the model reads (context compression). */
  | { type: 'summary'; text: string; messages: number }
  | { type: 'done'; messageId: string; outcome: DoneOutcome };

export type SequencedEvent = { sessionId: string; turnId: string; seq: number; event: TurnEvent };

export type ChatMessage = {
  id: string;
  turnId: string | null;
  role: 'user' | 'assistant';
  content: string;
  charts: ChatChart[];
  cards: TurnEvent[];
  intent?: string | null;
  createdAt: string;
};

export type CommandSpec = {
  name: string;
  description: string;
  usage: string;
  schema?: unknown;
  permission?: string;
  changes?: boolean;
};
