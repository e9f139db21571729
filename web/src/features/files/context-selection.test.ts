import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT_FILES, canAddMore, contextChips, toggleContextFile } from './context-selection';

describe('toggleContextFile', () => {
  it('adds a file at the end and removes it again, keeping the others in order', () => {
    const once = toggleContextFile(['a', 'b'], 'c');
    expect(once).toEqual(['a', 'b', 'c']);
    expect(toggleContextFile(once, 'b')).toEqual(['a', 'c']);
  });

  it('does not change the list it was given', () => {
    const selected = ['a'];
    toggleContextFile(selected, 'b');
    expect(selected).toEqual(['a']);
  });
});

describe('contextChips', () => {
  const files = [
    { id: 'a', name: 'report.pdf' },
    { id: 'b', name: 'notes.md' },
  ];

  it('names the chosen files in the order chosen', () => {
    expect(contextChips(['b', 'a'], files)).toEqual([
      { id: 'b', name: 'notes.md', missing: false },
      { id: 'a', name: 'report.pdf', missing: false },
    ]);
  });

  it('keeps a deleted file as a missing chip so that it can be removed', () => {
    expect(contextChips(['gone'], files)).toEqual([{ id: 'gone', name: 'Deleted file', missing: true }]);
  });

  it('has no chips without a selection', () => {
    expect(contextChips(null, files)).toEqual([]);
    expect(contextChips(undefined, undefined)).toEqual([]);
  });
});

describe('canAddMore', () => {
  it('stops at the server limit', () => {
    expect(canAddMore([])).toBe(true);
    expect(canAddMore(Array.from({ length: MAX_CONTEXT_FILES }, (_, i) => String(i)))).toBe(false);
  });
});
