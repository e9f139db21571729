import { describe, expect, it } from 'vitest';
import { embedSnippet, expiryOf } from './embed';

describe('embed snippet', () => {
  it('isAPlainIframeOfTheLinkWithItsSize', () => {
    expect(embedSnippet('https://g.example/s/gsp_x', 640, 360)).toBe(
      '<iframe src="https://g.example/s/gsp_x" width="640" height="360" frameborder="0"></iframe>',
    );
  });

  it('escapesTheAddressAndFallsBackToTheDefaultSize', () => {
    expect(embedSnippet('https://g.example/s/a"b&c', Number.NaN, -3)).toBe(
      '<iframe src="https://g.example/s/a&quot;b&amp;c" width="800" height="450" frameborder="0"></iframe>',
    );
  });

  it('expiresAtTheEndOfTheChosenDayInUtc', () => {
    expect(expiryOf('2026-12-31')).toBe('2026-12-31T23:59:59Z');
    expect(expiryOf('')).toBeUndefined();
  });
});
