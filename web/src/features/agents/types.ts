/** Shapes of the agents API (docs/chat-api.md, "Agents"). */

export type Confirmation = 'NEVER' | 'CHANGES' | 'ALWAYS';

export const CONFIRMATIONS: readonly { value: Confirmation; label: string }[] = [
  { value: 'NEVER', label: 'Never: commands run as asked' },
  { value: 'CHANGES', label: 'Changes: commands that change tabs or shares wait for a yes' },
  { value: 'ALWAYS', label: 'Always: every command waits for a yes' },
];

/** The chat's commands, in the order the server lists them. */
export const AGENT_COMMANDS = [
  'chart',
  'tab',
  'pin',
  'window',
  'filter',
  'share',
  'datasets',
  'describe',
  'sql',
  'forecast',
  'optimize',
  'agent',
  'help',
] as const;

export type Agent = {
  id: string;
  workspaceId: string;
  name: string;
  version: number;
  instructions: string;
  model: string;
  /** Empty: every command. */
  allowedCommands: string[];
  /** Dataset names; empty: every dataset. */
  allowedDatasets: string[];
  toolRounds: number;
  confirmation: Confirmation;
  updatedAt: string;
};

/** What a create or a save sends: the agent's content, and for a create its workspace. */
export type AgentInput = Omit<Agent, 'id' | 'workspaceId' | 'version' | 'updatedAt'> & { workspaceId?: string };

export type AgentVersionSummary = {
  version: number;
  savedAt: string;
  /** Display name of who saved it; null for a seeded agent. */
  savedBy: string | null;
  note: string | null;
};

export type DiffRowKind = 'equal' | 'change' | 'insert' | 'delete';

export type DiffRow = { kind: DiffRowKind; left: string; right: string };

export type AgentDiff = { from: number; to: number; rows: DiffRow[] };
