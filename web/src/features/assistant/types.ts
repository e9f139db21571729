/** The built-in engine's intents and the assistant's analytics (docs/chat-api.md, "Assistant settings"). */

export type AssistantIntent = {
  name: string;
  /** The command the intent leads to; null for a greeting or an out-of-scope request. */
  command: string | null;
  description: string;
  examples: string[];
  /** Whether this workspace replaced the seeded examples. */
  edited: boolean;
  updatedAt: string | null;
};

export type IntentTrial = {
  top: { intent: string; score: number }[];
  threshold: number;
  /** Whether the built-in engine would act on no intent (say what it can do instead). */
  fallback: boolean;
};

export type Percentiles = { p50: number | null; p95: number | null; p99: number | null; count: number };

export type AssistantAnalytics = {
  from: string;
  to: string;
  /** `workspace`: every member's turns (the owner); `own`: the caller's turns only. */
  scope: 'workspace' | 'own';
  turns: number;
  truncated: boolean;
  turnsPerDay: { day: string; turns: number }[];
  intents: { intent: string; turns: number }[];
  fallbackRate: number | null;
  clarificationRate: number | null;
  commandErrors: number;
  turnsWithCommandErrors: number;
  latency: Percentiles;
  /** The turn without its commands' time (queries, actions). */
  engineLatency: Percentiles;
};

export type TurnOutcome = 'answered' | 'question' | 'fallback' | 'confirmation' | 'error' | 'stopped';

export type AssistantTurn = {
  id: string;
  sessionId: string;
  /** Whether the caller's own session (only those open in the chat). */
  own: boolean;
  engine: string;
  content: string;
  intent: string | null;
  intentScore: number | null;
  outcome: TurnOutcome;
  commandErrors: number;
  latencyMs: number;
  commandMs: number;
  createdAt: string;
};

/** Which turns a figure links to; every field optional. */
export type TurnQuery = {
  from?: string;
  to?: string;
  day?: string;
  intent?: string;
  outcome?: string;
  commandErrors?: boolean;
  sort?: 'recent' | 'slowest';
  page?: number;
};
