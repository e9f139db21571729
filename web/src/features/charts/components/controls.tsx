import type { ReactNode } from 'react';

/** Compact form controls of the builder; every control is labelled for screen readers. */
export const controlClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600/40 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export function BuilderSection({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold text-slate-800 dark:text-slate-100">{title}</legend>
      {children}
      {action}
    </fieldset>
  );
}

export function AddButton({ children, onClick, disabled }: { children: ReactNode; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className="rounded px-1.5 py-0.5 text-sm font-medium text-teal-700 hover:bg-slate-100 disabled:opacity-50 dark:text-teal-400 dark:hover:bg-slate-800"
    >
      {children}
    </button>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="rounded px-1.5 text-slate-500 hover:bg-slate-100 hover:text-red-700 dark:hover:bg-slate-800 dark:hover:text-red-400"
    >
      ×
    </button>
  );
}

/** An `<option>` list of column names, with a first "none" choice when given. */
export function ColumnOptions({ names, none }: { names: string[]; none?: string }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </>
  );
}
