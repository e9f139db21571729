import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { fieldError } from '@/lib/api-client';
import type { User } from '@/types/api';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin({ mutationConfig: { onSuccess: (user) => onSuccess(user) } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  return (
    <form onSubmit={submit} className="space-y-4">
      <ErrorAlert error={login.error} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        required
        autoFocus
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError(login.error, 'email')}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError(login.error, 'password')}
      />
      <Button type="submit" pending={login.isPending} className="w-full">
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
