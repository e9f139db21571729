/** Theme rules: the OS decides until the person picks light or dark; the pick is remembered. */

export type Theme = 'light' | 'dark';
export type ThemePreference = Theme | 'system';

// Keep in step with public/theme-init.js, which applies the theme before React starts.
export const THEME_STORAGE_KEY = 'gridsight.theme';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readPreference(storage: KeyValueStore | undefined): ThemePreference {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function writePreference(storage: KeyValueStore | undefined, preference: ThemePreference) {
  try {
    if (preference === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // storage blocked (private mode): the choice lasts for this page only
  }
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The toggle flips what is on screen now and pins it, so the OS no longer decides. */
export function toggledPreference(current: Theme): ThemePreference {
  return current === 'dark' ? 'light' : 'dark';
}

export function applyTheme(root: HTMLElement, theme: Theme) {
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function onSystemThemeChange(listener: (prefersDark: boolean) => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  const handler = (event: MediaQueryListEvent) => listener(event.matches);
  query.addEventListener('change', handler);
  return () => query.removeEventListener('change', handler);
}
