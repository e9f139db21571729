import { useSyncExternalStore } from 'react';
import type { Theme } from '@/lib/theme';

/**
 * The theme on screen, read from the `dark` class on <html> that the shell's
 * ThemeProvider (and public/theme-init.js on pages without it) sets, so charts follow the
 * app, and redraw when it changes, wherever they are mounted.
 */
export function useDocumentTheme(): Theme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}

function current(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
