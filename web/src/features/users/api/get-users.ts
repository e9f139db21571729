import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { AdminUser } from '@/types/api';

export const getUsers = ({ page = 0, size = 50 }: { page?: number; size?: number } = {}) =>
  api.get<Page<AdminUser>>('/api/users', { params: { page, size } });

export const usersQueryKey = ['users'] as const;

export const getUsersQueryOptions = ({ page = 0, size = 50 }: { page?: number; size?: number } = {}) =>
  queryOptions({ queryKey: [...usersQueryKey, { page, size }], queryFn: () => getUsers({ page, size }) });

export const useUsers = ({
  page,
  size,
  queryConfig,
}: { page?: number; size?: number; queryConfig?: QueryConfig<typeof getUsersQueryOptions> } = {}) =>
  useQuery({ ...getUsersQueryOptions({ page, size }), ...queryConfig });
