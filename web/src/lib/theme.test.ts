import { describe, expect, it } from 'vitest';
import {
  applyTheme,
  readPreference,
  resolveTheme,
  THEME_STORAGE_KEY,
  toggledPreference,
  writePreference,
} from './theme';

describe('theme preference', () => {
  it('follows the OS until a choice is stored', () => {
    expect(readPreference(window.localStorage)).toBe('system');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('keeps an explicit choice whatever the OS prefers', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('remembers light and dark, and forgets the choice for "system"', () => {
    writePreference(window.localStorage, 'dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readPreference(window.localStorage)).toBe('dark');

    writePreference(window.localStorage, 'system');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(readPreference(window.localStorage)).toBe('system');
  });

  it('treats an unknown stored value as "system"', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(readPreference(window.localStorage)).toBe('system');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readPreference(broken)).toBe('system');
    expect(() => writePreference(broken, 'dark')).not.toThrow();
  });

  it('toggles to the opposite of what is on screen', () => {
    expect(toggledPreference('dark')).toBe('light');
    expect(toggledPreference('light')).toBe('dark');
  });

  it('applies the dark class and color scheme to the root element', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.classList.contains('dark')).toBe(true);
    expect(root.style.colorScheme).toBe('dark');
    applyTheme(root, 'light');
    expect(root.classList.contains('dark')).toBe(false);
    expect(root.style.colorScheme).toBe('light');
  });
});
