import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { meQueryKey } from '@/features/auth/api/get-me';
import { createQueryClient } from '@/lib/react-query';
import { ThemeProvider } from './theme-provider';

/** A query client whose 401s sign the user out of the UI, which sends them to the login page. */
export function createAppQueryClient(): QueryClient {
  const client: QueryClient = createQueryClient(() => client.setQueryData(meQueryKey, null));
  return client;
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ThemeProvider>
  );
}
