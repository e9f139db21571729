const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A whole number with the reader's thousands separators: 12,345. */
export function formatCount(value: number): string {
  return count.format(value);
}

/** `'sales.2024.csv'` → `'sales.2024'`: the name a dataset gets from its file. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
