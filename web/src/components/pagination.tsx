import { Button } from './button';

type PaginationProps = {
  /** The page as the server sent it; nothing is shown while it is loading. */
  of: { page: number; size: number; total: number } | undefined;
  onPageChange: (page: number) => void;
  /** Names what is paged, for screen readers: "Audit log pages". */
  label: string;
};

/** Previous/next for a 0-based paged list; hidden when everything fits on one page. */
export function Pagination({ of, onPageChange, label }: PaginationProps) {
  if (!of) return null;
  const { page, size, total } = of;
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
  if (pages <= 1) return null;
  const from = page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-3 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        {from}–{to} of {total}
      </p>
      <div className="flex items-center gap-2">
        <Button variant="secondary" size="sm" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
          Previous
        </Button>
        <span className="text-slate-600 dark:text-slate-400">
          Page {page + 1} of {pages}
        </span>
        <Button
          variant="secondary"
          size="sm"
          disabled={page >= pages - 1}
          onClick={() => onPageChange(page + 1)}
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
