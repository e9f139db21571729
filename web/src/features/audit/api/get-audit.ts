import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { AuditEntry } from '@/types/api';

/** Newest first. */
export const getAudit = ({ page = 0, size = 50 }: { page?: number; size?: number } = {}) =>
  api.get<Page<AuditEntry>>('/api/audit', { params: { page, size } });

export const getAuditQueryOptions = ({ page = 0, size = 50 }: { page?: number; size?: number } = {}) =>
  queryOptions({
    queryKey: ['audit', { page, size }],
    queryFn: () => getAudit({ page, size }),
    placeholderData: keepPreviousData,
  });

export const useAudit = ({
  page,
  size,
  queryConfig,
}: { page?: number; size?: number; queryConfig?: QueryConfig<typeof getAuditQueryOptions> } = {}) =>
  useQuery({ ...getAuditQueryOptions({ page, size }), ...queryConfig });
