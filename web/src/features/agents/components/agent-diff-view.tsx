import type { DiffRow } from '../types';

const side: Record<DiffRow['kind'], { left: string; right: string }> = {
  equal: { left: '', right: '' },
  change: {
    left: 'bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-100',
    right: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100',
  },
  delete: {
    left: 'bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-100',
    right: 'bg-slate-50 dark:bg-slate-800/40',
  },
  insert: {
    left: 'bg-slate-50 dark:bg-slate-800/40',
    right: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100',
  },
};

const marker: Record<DiffRow['kind'], { left: string; right: string }> = {
  equal: { left: '', right: '' },
  change: { left: '−', right: '+' },
  delete: { left: '−', right: '' },
  insert: { left: '', right: '+' },
};

/** How many rows differ: the line under the diff says it. */
export function countChanges(rows: DiffRow[]): number {
  return rows.filter((row) => row.kind !== 'equal').length;
}

/**
 * Two versions side by side: the older on the left, the newer on the right, changed lines
 * tinted and marked. Draws rows it is given; it fetches nothing. Text is shown as text.
 */
export function AgentDiffView({ from, to, rows }: { from: number; to: number; rows: DiffRow[] }) {
  const changes = countChanges(rows);
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        {changes === 0
          ? `Version ${from} and version ${to} are the same.`
          : `${changes} ${changes === 1 ? 'line differs' : 'lines differ'} between version ${from} and version ${to}.`}
      </p>
      <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
        <table className="w-full table-fixed border-collapse font-mono text-xs">
          <caption className="sr-only">{`Version ${from} beside version ${to}`}</caption>
          <thead>
            <tr className="bg-slate-50 text-left text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              <th scope="col" className="w-1/2 px-2 py-1.5 font-sans font-medium">
                Version {from}
              </th>
              <th scope="col" className="w-1/2 border-l border-slate-200 px-2 py-1.5 font-sans font-medium dark:border-slate-700">
                Version {to}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-kind={row.kind}>
                <td className={`px-2 py-0.5 align-top break-words whitespace-pre-wrap ${side[row.kind].left}`}>
                  {marker[row.kind].left && (
                    <span aria-label="removed" className="mr-1 select-none">
                      {marker[row.kind].left}
                    </span>
                  )}
                  {row.left}
                </td>
                <td
                  className={`border-l border-slate-200 px-2 py-0.5 align-top break-words whitespace-pre-wrap dark:border-slate-700 ${side[row.kind].right}`}
                >
                  {marker[row.kind].right && (
                    <span aria-label="added" className="mr-1 select-none">
                      {marker[row.kind].right}
                    </span>
                  )}
                  {row.right}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
