import type { ChatSession } from '@/features/chat/types';

/** A session as the server returns it, with its own model (null: the agent's). */
export type SessionWithModel = ChatSession & { model?: string | null };
