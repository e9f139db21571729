import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  applyTheme,
  onSystemThemeChange,
  readPreference,
  resolveTheme,
  systemPrefersDark,
  toggledPreference,
  writePreference,
} from '@/lib/theme';
import type { Theme, ThemePreference } from '@/lib/theme';

type ThemeContextValue = {
  theme: Theme;
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
  toggle: () => void;
};

const ThemeContext = createContext<ThemeContextValue | null>(null);

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() =>
    readPreference(window.localStorage),
  );
  const [systemDark, setSystemDark] = useState(systemPrefersDark);

  useEffect(() => onSystemThemeChange(setSystemDark), []);

  const theme = resolveTheme(preference, systemDark);
  useEffect(() => applyTheme(document.documentElement, theme), [theme]);

  const setPreference = useCallback((next: ThemePreference) => {
    writePreference(window.localStorage, next);
    setPreferenceState(next);
  }, []);
  const toggle = useCallback(() => setPreference(toggledPreference(theme)), [setPreference, theme]);

  const value = useMemo(
    () => ({ theme, preference, setPreference, toggle }),
    [theme, preference, setPreference, toggle],
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useTheme must be used inside <ThemeProvider>');
  return value;
}
