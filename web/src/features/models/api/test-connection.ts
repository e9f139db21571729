import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ConnectionTest, ConnectionTestInput } from '../types';

/** Asks the server to list the endpoint's models (`GET {baseUrl}/models`); a failure comes back as `ok: false`. */
export const testConnection = (input: ConnectionTestInput) => api.post<ConnectionTest>('/api/models/test', input);

export const useTestConnection = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof testConnection> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: testConnection });
