import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY } from '@/lib/theme';
import { ThemeProvider, useTheme } from './theme-provider';

/** A matchMedia whose dark preference the test can flip. */
function stubSystemTheme(initiallyDark: boolean) {
  let dark = initiallyDark;
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query.includes('dark') && dark;
    },
    media: query,
    addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
  }));
  return (nowDark: boolean) => {
    dark = nowDark;
    listeners.forEach((listener) => listener({ matches: nowDark } as MediaQueryListEvent));
  };
}

function Probe() {
  const { theme, preference, toggle } = useTheme();
  return (
    <button type="button" onClick={toggle}>
      {theme} ({preference})
    </button>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.classList.remove('dark');
});

describe('ThemeProvider', () => {
  it('follows the OS by default, also when the OS changes', () => {
    const setSystemDark = stubSystemTheme(true);
    render(
      <ThemeProvider>
        <Probe />
      </ThemeProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('dark (system)');
    expect(document.documentElement).toHaveClass('dark');

    act(() => setSystemDark(false));
    expect(screen.getByRole('button')).toHaveTextContent('light (system)');
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('the toggle pins the opposite theme and remembers it', async () => {
    const setSystemDark = stubSystemTheme(false);
    render(
      <ThemeProvider>
        <Probe />
      </ThemeProvider>,
    );
    await userEvent.click(screen.getByRole('button'));

    expect(screen.getByRole('button')).toHaveTextContent('dark (dark)');
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    act(() => setSystemDark(false)); // the OS no longer decides
    expect(document.documentElement).toHaveClass('dark');
  });
});
