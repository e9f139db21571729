import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { AssistantTurn, TurnQuery } from '../types';
import { turnsKey } from './keys';

export type TurnsInput = TurnQuery & { workspaceId: string; size?: number };

export const getTurns = ({ workspaceId, size = 25, page = 0, ...query }: TurnsInput) =>
  api.get<Page<AssistantTurn>>('/api/assistant/turns', { params: { workspaceId, ...query, page, size } });

export const getTurnsQueryOptions = (input: TurnsInput) =>
  queryOptions({ queryKey: [...turnsKey, input], queryFn: () => getTurns(input), placeholderData: keepPreviousData });

export const useTurns = (input: TurnsInput) => useQuery(getTurnsQueryOptions(input));
