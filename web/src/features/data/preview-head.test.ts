import { describe, expect, it } from 'vitest';
import { lastRecordEnd, PREVIEW_HEAD_BYTES, previewBody } from './preview-head';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A CSV just over `size` bytes: a header, then 32-byte rows. */
function bigCsv(name: string, size = PREVIEW_HEAD_BYTES + 1000) {
  const row = '2025-01-01T00:00:00,north,812.5\n'; // 32 bytes
  return new File(['ts,region,load_mw\n' + row.repeat(Math.ceil(size / row.length))], name);
}

describe('lastRecordEnd', () => {
  it('finds the last line break', () => {
    expect(lastRecordEnd(bytes('a,b\n1,2\n3,'), true)).toBe(7);
    expect(lastRecordEnd(bytes('{"a":1}\n{"a":'), false)).toBe(7);
    expect(lastRecordEnd(bytes('no break at all'), true)).toBe(-1);
  });

  it('skips breaks inside quoted fields of delimited text, counting "" as an escaped quote', () => {
    const text = 'id,note\n1,"one\nline"\n2,"say ""hi""\nthere';
    expect(lastRecordEnd(bytes(text), true)).toBe(text.indexOf('\n2,'));
  });
});

describe('previewBody', () => {
  it('sends a file up to the head size whole', async () => {
    const small = new File(['a,b\n1,2\n'], 'small.csv');
    const { body, fromHead } = await previewBody(small);
    expect(fromHead).toBe(false);
    expect(body).toBe(small);
  });

  it('cuts a large CSV, TSV or NDJSON file after its last whole line within the head', async () => {
    for (const name of ['load.csv', 'load.TSV', 'load.txt', 'load.ndjson', 'load.jsonl']) {
      const file = bigCsv(name);
      const { body, fromHead } = await previewBody(file);
      expect(fromHead).toBe(true);
      const text = await body.text();
      expect(body.size).toBeLessThanOrEqual(PREVIEW_HEAD_BYTES);
      expect(body.size).toBeGreaterThan(PREVIEW_HEAD_BYTES - 32);
      expect(text.endsWith('\n')).toBe(true);
      expect((await file.text()).startsWith(text)).toBe(true);
    }
  });

  it('sends JSON, Parquet and XLSX whole however large, since they cannot be cut', async () => {
    for (const name of ['big.json', 'big.parquet', 'big.xlsx']) {
      const file = bigCsv(name);
      const { body, fromHead } = await previewBody(file);
      expect(fromHead).toBe(false);
      expect(body).toBe(file);
    }
  });

  it('sends the whole file when its head holds no complete record', async () => {
    const file = new File(['"' + 'x'.repeat(PREVIEW_HEAD_BYTES) + '\n"\n'], 'one-cell.csv');
    const { body, fromHead } = await previewBody(file);
    expect(fromHead).toBe(false);
    expect(body).toBe(file);
  });
});
