import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { GridPlacement, TextCard } from '../types';
import { tabKey, tabPath } from './keys';

const cardPath = (tabId: string, cardId: string) => `${tabPath(tabId)}/cards/${encodeURIComponent(cardId)}`;

/** `POST /api/tabs/{id}/cards`: a new Markdown card. */
export const addCard = ({ tabId, markdown, layout }: { tabId: string; markdown: string; layout: GridPlacement }) =>
  api.post<TextCard>(`${tabPath(tabId)}/cards`, { markdown, layout });

/** `PATCH /api/tabs/{id}/cards/{cardId}`: new text. */
export const updateCard = ({ tabId, cardId, markdown }: { tabId: string; cardId: string; markdown: string }) =>
  api.patch<TextCard>(cardPath(tabId, cardId), { markdown });

/** `DELETE /api/tabs/{id}/cards/{cardId}`. */
export const removeCard = ({ tabId, cardId }: { tabId: string; cardId: string }) => api.delete(cardPath(tabId, cardId));

/** The three card changes; each refetches the tab. */
export const useTextCards = () => {
  const queryClient = useQueryClient();
  const refresh = (_: unknown, input: { tabId: string }) =>
    queryClient.invalidateQueries({ queryKey: tabKey(input.tabId), exact: true });
  return {
    add: useMutation({ mutationFn: addCard, onSuccess: refresh }),
    update: useMutation({ mutationFn: updateCard, onSuccess: refresh }),
    remove: useMutation({ mutationFn: removeCard, onSuccess: refresh }),
  };
};
