import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { Logo } from '@/components/logo';
import { useMe } from '../api/get-me';
import { useProviders } from '../api/get-providers';
import { safeNextPath } from '../next-path';
import { LoginForm } from './login-form';

/** Why the server sent the browser back here after a failed single sign-on (`/login?error=…`). */
const SSO_ERRORS: Record<string, string> = {
  oidc: 'Signing in with your identity provider failed. Try again, or sign in with your password.',
  'no-email': 'Your identity provider did not share an e-mail address, so no account could be matched.',
  'no-account': 'No Gridsight account matches that identity. Ask an admin to create one.',
};

export default function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const ssoError = params.get('error');
  const navigate = useNavigate();
  const me = useMe();
  const providers = useProviders();
  const oidc = providers.data?.oidc ?? [];

  if (me.data) return <Navigate to={next} replace />;

  return (
    <main className="flex min-h-dvh items-center justify-center bg-slate-100 px-4 py-12 dark:bg-slate-950">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex justify-center">
          <Logo />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h1 className="mb-5 text-xl font-semibold text-slate-900 dark:text-slate-50">Sign in</h1>
          {ssoError && (
            <Alert tone="error" className="mb-4">
              {SSO_ERRORS[ssoError] ?? 'Signing in failed. Try again.'}
            </Alert>
          )}
          <LoginForm onSuccess={() => navigate(next, { replace: true })} />
          {oidc.length > 0 && (
            <div className="mt-6 border-t border-slate-200 pt-5 dark:border-slate-800">
              <p className="mb-3 text-center text-xs text-slate-500 uppercase dark:text-slate-400">or</p>
              <ul className="space-y-2">
                {oidc.map((provider) => (
                  <li key={provider.id}>
                    <a
                      href={provider.loginUrl}
                      className="block rounded-md border border-slate-300 px-4 py-2 text-center text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
                    >
                      Sign in with {provider.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
