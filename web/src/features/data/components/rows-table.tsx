import { EmptyRow, Table, Td, Th } from '@/components/table';
import type { TabularData } from '@/types/api';
import { Cell, NUMERIC_TYPES } from './cells';

/** Rows as the API sends them, one column per field, numbers right-aligned. */
export function RowsTable({ data, caption }: { data: TabularData; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {data.columns.map((column) => (
            <Th
              key={column.name}
              className={`whitespace-nowrap normal-case ${NUMERIC_TYPES.has(column.type) ? 'text-right' : ''}`}
            >
              {column.name}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {data.rows.length === 0 && <EmptyRow colSpan={Math.max(1, data.columns.length)}>No rows.</EmptyRow>}
        {data.rows.map((row, r) => (
          <tr key={r}>
            {data.columns.map((column, c) => (
              <Td
                key={column.name}
                className={`max-w-xs truncate whitespace-nowrap ${NUMERIC_TYPES.has(column.type) ? 'text-right tabular-nums' : ''}`}
                title={row[c] === null || row[c] === undefined ? undefined : String(row[c])}
              >
                <Cell value={row[c]} />
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
