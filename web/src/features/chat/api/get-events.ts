import { api } from '@/lib/api-client';
import type { SequencedEvent } from '../types';
import { sessionPath } from './keys';

/** What was streamed after sequence number `after`: the resume after a reconnect. */
export const getEventsAfter = ({ sessionId, after }: { sessionId: string; after: number }) =>
  api.get<{ events: SequencedEvent[] }>(`${sessionPath(sessionId)}/events`, { params: { after } });
