import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths inside the app', () => {
    expect(safeNextPath('/settings/tokens?x=1')).toBe('/settings/tokens?x=1');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', '/login', '/login?next=/x'])(
    'replaces %j with the dashboard',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );
});

describe('loginPathFor', () => {
  it('adds where the user was, except for the dashboard', () => {
    expect(loginPathFor({ pathname: '/', search: '', hash: '' })).toBe('/login');
    expect(loginPathFor({ pathname: '/data', search: '?q=1', hash: '' })).toBe('/login?next=%2Fdata%3Fq%3D1');
  });
});
