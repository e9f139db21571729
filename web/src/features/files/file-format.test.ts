import { describe, expect, it } from 'vitest';
import { anyProcessing, describeFile, fileStatus, formatSize } from './file-format';

describe('formatSize', () => {
  it('writes bytes, kilobytes and megabytes with at most one decimal under ten', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatSize(15.44 * 1024 * 1024)).toBe('15 MB');
    expect(formatSize(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('shows a dash for nonsense', () => {
    expect(formatSize(-1)).toBe('—');
    expect(formatSize(Number.NaN)).toBe('—');
  });
});

describe('fileStatus', () => {
  it('reads processing, ready and a failure with its reason', () => {
    expect(fileStatus('processing')).toEqual({ tone: 'busy', label: 'Reading…' });
    expect(fileStatus('ready')).toEqual({ tone: 'ok', label: 'Ready' });
    expect(fileStatus('failed: the server stopped while reading it')).toEqual({
      tone: 'failed',
      label: 'Failed: the server stopped while reading it',
    });
  });
});

describe('describeFile', () => {
  it('names the kind, the pages of a PDF and the passages', () => {
    expect(describeFile({ kind: 'pdf', pages: 1, chunks: 3 })).toBe('PDF, 1 page, 3 passages');
    expect(describeFile({ kind: 'text', pages: null, chunks: 1 })).toBe('Text, 1 passage');
    expect(describeFile({ kind: 'image', pages: null, chunks: 0 })).toBe('Image');
  });
});

describe('anyProcessing', () => {
  it('is true while one file is still being read', () => {
    expect(anyProcessing([{ status: 'ready' }, { status: 'processing' }])).toBe(true);
    expect(anyProcessing([{ status: 'ready' }, { status: 'failed: x' }])).toBe(false);
    expect(anyProcessing(undefined)).toBe(false);
  });
});
