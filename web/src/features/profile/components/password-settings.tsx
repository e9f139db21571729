import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { PageHeader, Section } from '@/components/layout';
import { fieldError } from '@/lib/api-client';
import { MIN_PASSWORD_LENGTH, useChangePassword } from '../api/change-password';

export default function PasswordSettings() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const change = useChangePassword({
    mutationConfig: {
      onSuccess: () => {
        setDone(true);
        setCurrentPassword('');
        setNewPassword('');
        setRepeat('');
      },
    },
  });
  const mismatch = repeat.length > 0 && repeat !== newPassword ? 'The two new passwords differ.' : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setDone(false);
    change.mutate({ currentPassword, newPassword });
  };

  return (
    <div className="space-y-6">
      <PageHeader title="Password" description="Used when you sign in with your email address." />
      <Section title="Change password">
        <form onSubmit={submit} className="max-w-md space-y-4">
          {/* lets password managers tie the new password to the account */}
          <input type="text" autoComplete="username" hidden readOnly />
          <TextField
            label="Current password"
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            error={fieldError(change.error, 'currentPassword')}
          />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            error={fieldError(change.error, 'newPassword')}
          />
          <TextField
            label="Repeat new password"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={mismatch}
          />
          <ErrorAlert error={change.error} />
          {done && <Alert tone="success">Password changed.</Alert>}
          <Button type="submit" pending={change.isPending} disabled={!!mismatch}>
            Change password
          </Button>
        </form>
      </Section>
    </div>
  );
}
