import type { ReactNode } from 'react';
import { Alert } from '@/components/alert';
import { useUser } from '@/features/auth/api/get-me';

export function AdminOnly({ children }: { children: ReactNode }) {
  const user = useUser();
  if (user.role !== 'admin') {
    return <Alert tone="warning">Only admins can see this page.</Alert>;
  }
  return children;
}
