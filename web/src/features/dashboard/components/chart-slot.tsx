// replaced by components/chart when it lands: the integrator swaps this adapter for
// <Chart data={data} visual={visual} theme={theme} onZoom={…} /> from '@/components/chart'.
import type { ChartData, ChartVisual } from '../types';

const SHOWN_ROWS = 8;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return value.toLocaleString('en', { maximumFractionDigits: 3 });
  return String(value);
}

/** Stand-in drawing: the chart's columns and first rows as a table. */
export function ChartSlot({ data, visual }: { data: ChartData; visual: ChartVisual }) {
  if (data.rows.length === 0) {
    return <p className="p-3 text-sm text-slate-500 dark:text-slate-400">No rows in this window.</p>;
  }
  return (
    <div className="h-full overflow-auto text-xs" data-visual={visual.type}>
      <table className="min-w-full">
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
          <tr>
            {data.columns.map((c) => (
              <th key={c.name} scope="col" className="px-2 py-1 text-left font-medium">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.slice(0, SHOWN_ROWS).map((row, r) => (
            <tr key={r} className="border-t border-slate-100 dark:border-slate-800">
              {data.columns.map((c, i) => (
                <td key={c.name} className="px-2 py-0.5 tabular-nums">
                  {cell(row[i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="px-2 py-1 text-slate-500 dark:text-slate-400">
        {data.rows.length > SHOWN_ROWS ? `${SHOWN_ROWS} of ${data.rows.length} rows` : `${data.rows.length} rows`}
        {data.truncated && ' · truncated by the row cap'}
      </p>
    </div>
  );
}
