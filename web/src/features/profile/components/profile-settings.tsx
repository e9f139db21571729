import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { PageHeader, Section } from '@/components/layout';
import { useUser } from '@/features/auth/api/get-me';
import { fieldError } from '@/lib/api-client';
import { useUpdateMe } from '../api/update-me';

export default function ProfileSettings() {
  const user = useUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [saved, setSaved] = useState(false);
  const update = useUpdateMe({ mutationConfig: { onSuccess: () => setSaved(true) } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate({ displayName: displayName.trim() });
  };

  return (
    <div className="space-y-6">
      <PageHeader title="Profile" description="How you appear to the people you share workspaces with." />
      <Section title="Your details">
        <form onSubmit={submit} className="max-w-md space-y-4">
          <TextField label="Email" type="email" value={user.email} readOnly disabled hint="Your sign-in name; an admin can change it." />
          <TextField
            label="Display name"
            required
            maxLength={200}
            autoComplete="name"
            value={displayName}
            onChange={(e) => {
              setDisplayName(e.target.value);
              setSaved(false);
            }}
            error={fieldError(update.error, 'displayName')}
          />
          <ErrorAlert error={update.error} />
          {saved && !update.error && <Alert tone="success">Profile saved.</Alert>}
          <Button
            type="submit"
            pending={update.isPending}
            disabled={!displayName.trim() || displayName.trim() === user.displayName}
          >
            Save
          </Button>
        </form>
      </Section>
    </div>
  );
}
