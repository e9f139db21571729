/** Larger files of a line-based format are previewed from their first this many bytes. */
export const PREVIEW_HEAD_BYTES = 1024 * 1024;

/** What the preview sends: the file itself, or only its first whole records. */
export type PreviewBody = { body: Blob; fromHead: boolean };

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/**
 * How a format can be cut, by the same extensions as the server's FileFormat: delimited text
 * only between records (a quoted field may hold a line break), NDJSON after any line. JSON,
 * Parquet and XLSX cannot be cut and go whole.
 */
function cutKind(fileName: string): 'delimited' | 'lines' | null {
  const name = fileName.toLowerCase();
  if (/\.(csv|txt|tsv|tab)$/.test(name)) return 'delimited';
  if (/\.(ndjson|jsonl)$/.test(name)) return 'lines';
  return null;
}

/**
 * The index of the last line break that ends a record, or -1. For delimited text a break
 * inside quotes does not count; quotes toggle like in the server's check of the file, where
 * an escaped quote ("") toggles twice.
 */
export function lastRecordEnd(bytes: Uint8Array, honourQuotes: boolean): number {
  if (!honourQuotes) return bytes.lastIndexOf(NEWLINE);
  let quoted = false;
  let last = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === NEWLINE && !quoted) last = i;
  }
  return last;
}

/**
 * The body for a preview: a CSV, TSV or NDJSON file over {@link PREVIEW_HEAD_BYTES} is cut
 * after the last whole record in its first bytes, so a big file is not uploaded twice (once
 * for the preview, once for the import). Anything else, or a head without a record end, goes
 * whole.
 */
export async function previewBody(file: File, limit = PREVIEW_HEAD_BYTES): Promise<PreviewBody> {
  const kind = cutKind(file.name);
  if (!kind || file.size <= limit) return { body: file, fromHead: false };
  const head = new Uint8Array(await file.slice(0, limit).arrayBuffer());
  const end = lastRecordEnd(head, kind === 'delimited');
  if (end < 0) return { body: file, fromHead: false };
  return { body: file.slice(0, end + 1), fromHead: true };
}
