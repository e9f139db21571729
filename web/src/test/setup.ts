import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  document.cookie.split(';').forEach((c) => {
    const name = c.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; path=/`;
  });
  window.localStorage.clear();
});

// findBy… waits up to 5 s: on two shared cores under a full build, 1 s (the default) was seen to run out
configure({ asyncUtilTimeout: 5000 });
