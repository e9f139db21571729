import type { CellValue, ColumnRole, ColumnType, DatasetSource } from '@/types/api';

export const NUMERIC_TYPES: ReadonlySet<ColumnType | undefined> = new Set(['double', 'bigint']);

export const ROLE_LABELS: Record<ColumnRole, string> = {
  time: 'Time',
  measure: 'Measure',
  dimension: 'Dimension',
  id: 'ID',
};

export const SOURCE_LABELS: Record<DatasetSource, string> = {
  csv: 'CSV',
  tsv: 'TSV',
  json: 'JSON',
  ndjson: 'NDJSON',
  parquet: 'Parquet',
  xlsx: 'Excel',
  postgres: 'PostgreSQL',
};

/** A value as stored: numbers unformatted (ids and years must not gain separators), null marked. */
export function Cell({ value }: { value: CellValue }) {
  if (value === null || value === undefined) {
    return <span className="text-slate-400 italic dark:text-slate-500">null</span>;
  }
  return <>{String(value)}</>;
}
