import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { PublicView } from '../types';

export const SHARE_PASSWORD_HEADER = 'X-Share-Password';

/** What the viewer asks for: a password, and (when the sharer allowed it) a window and filters. */
export type PublicViewInput = {
  token: string;
  password?: string | null;
  /** The `window=` spelling, or null for the link's own. */
  window?: string | null;
  /** `filter.<column>` values; a column left out keeps the link's own, an empty list clears it. */
  filters?: Record<string, string[]>;
};

/**
 * The three answers a public page draws. 401 and 404 are answers here, not errors: the
 * app's query cache treats a 401 as "signed out", which a link's password has nothing to do with.
 */
export type PublicAnswer =
  | { state: 'shown'; view: PublicView }
  | { state: 'locked'; passwordSent: boolean }
  | { state: 'gone' };

export function publicQuery({ window, filters }: Pick<PublicViewInput, 'window' | 'filters'>): string {
  const params = new URLSearchParams();
  if (window) params.set('window', window);
  for (const [column, values] of Object.entries(filters ?? {})) {
    // an empty value clears the filter (every row); a column left out keeps the link's values
    if (values.length === 0) params.append(`filter.${column}`, '');
    for (const value of values) params.append(`filter.${column}`, value);
  }
  return params.toString();
}

export async function getPublicView(input: PublicViewInput, signal?: AbortSignal): Promise<PublicAnswer> {
  const query = publicQuery(input);
  try {
    const view = await api.get<PublicView>(`/api/public/${encodeURIComponent(input.token)}${query ? `?${query}` : ''}`, {
      signal,
      headers: input.password ? { [SHARE_PASSWORD_HEADER]: input.password } : {},
    });
    return { state: 'shown', view };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { state: 'locked', passwordSent: !!input.password };
    if (error instanceof ApiError && error.status === 404) return { state: 'gone' };
    throw error;
  }
}

export const getPublicViewQueryOptions = (input: PublicViewInput) =>
  queryOptions({
    // the password is part of the key so that a new one is a new request; it never leaves memory
    queryKey: ['public-link', input.token, input.password ?? null, publicQuery(input)],
    queryFn: ({ signal }) => getPublicView(input, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const usePublicView = ({
  queryConfig,
  ...input
}: PublicViewInput & { queryConfig?: QueryConfig<typeof getPublicViewQueryOptions> }) =>
  useQuery({ ...getPublicViewQueryOptions(input), ...queryConfig });
