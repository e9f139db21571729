import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

const item =
  'block w-full rounded px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800';

export type MenuEntry =
  | { label: string; onSelect: () => void }
  /** A plain link (a download the server streams): the browser follows it, no script involved. */
  | { label: string; href: string; download?: boolean };

/** A small actions menu: a button that opens a list; Escape or a click outside closes it. */
export function Menu({ label, entries, children = '⋯' }: { label: string; entries: MenuEntry[]; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  return (
    <div ref={root} className="relative" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="rounded px-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        {children}
      </button>
      {open && (
        <ul
          id={id}
          role="menu"
          aria-label={label}
          className="absolute right-0 z-40 mt-1 min-w-44 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {entries.map((entry) => (
            <li key={entry.label} role="none">
              {'href' in entry ? (
                <a role="menuitem" href={entry.href} download={entry.download ? '' : undefined} className={item} onClick={() => setOpen(false)}>
                  {entry.label}
                </a>
              ) : (
                <button
                  type="button"
                  role="menuitem"
                  className={item}
                  onClick={() => {
                    setOpen(false);
                    entry.onSelect();
                  }}
                >
                  {entry.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
