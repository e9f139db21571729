import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '@/components/button';
import type { TimeWindow } from '../types';
import { describeWindow, MAX_POINTS, sameWindow, WINDOW_PRESETS } from '../window-spec';

/** `datetime-local` text (read as UTC, as the server reads windows) to an ISO instant. */
function toInstant(local: string): string {
  return local ? `${local.length === 16 ? `${local}:00` : local}Z` : '';
}

/**
 * Presets, a custom absolute range (UTC) and "last N points". `onReset`, when given, offers
 * one click back to the inherited window (a chart's "use the tab's window").
 */
export function WindowPicker({
  value,
  onChange,
  label,
  resetLabel,
  onReset,
  size = 'md',
  emptyLabel,
}: {
  value: TimeWindow | null;
  onChange: (window: TimeWindow) => void;
  label: string;
  resetLabel?: string;
  onReset?: () => void;
  size?: 'sm' | 'md';
  /** What no window is called here (default: "Each chart’s own window"). */
  emptyLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [points, setPoints] = useState('500');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const shown = value || !emptyLabel ? describeWindow(value) : emptyLabel;

  const choose = (window: TimeWindow) => {
    onChange(window);
    setOpen(false);
  };

  const submitRange = (e: FormEvent) => {
    e.preventDefault();
    const start = toInstant(from);
    const end = toInstant(to);
    if (!start || !end || !(Date.parse(start) < Date.parse(end))) {
      setProblem('The range must end after it starts.');
      return;
    }
    setProblem(null);
    choose({ from: start, to: end });
  };

  const submitPoints = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(points);
    if (!Number.isInteger(n) || n < 1 || n > MAX_POINTS) {
      setProblem(`Points must be a whole number from 1 to ${MAX_POINTS.toLocaleString('en')}.`);
      return;
    }
    setProblem(null);
    choose({ points: n });
  };

  return (
    <div className="relative">
      <Button
        variant="secondary"
        size={size === 'sm' ? 'sm' : 'md'}
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${label}: ${shown}`}
        onClick={() => setOpen((o) => !o)}
      >
        {shown}
      </Button>
      {open && (
        <div
          id={id}
          role="dialog"
          aria-label={label}
          className="absolute z-40 mt-1 w-72 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {onReset && (
            <button
              type="button"
              className="mb-2 w-full rounded px-2 py-1 text-left font-medium text-teal-700 hover:bg-slate-100 dark:text-teal-400 dark:hover:bg-slate-800"
              onClick={() => {
                onReset();
                setOpen(false);
              }}
            >
              {resetLabel ?? 'Use the inherited window'}
            </button>
          )}
          <ul className="grid grid-cols-2 gap-1">
            {WINDOW_PRESETS.map((preset) => (
              <li key={preset.id}>
                <button
                  type="button"
                  aria-pressed={sameWindow(preset.window, value)}
                  className="w-full rounded px-2 py-1 text-left hover:bg-slate-100 aria-pressed:bg-teal-50 aria-pressed:font-medium dark:hover:bg-slate-800 dark:aria-pressed:bg-teal-950"
                  onClick={() => choose(preset.window)}
                >
                  {preset.label}
                </button>
              </li>
            ))}
          </ul>
          <form className="mt-3 space-y-1 border-t border-slate-200 pt-2 dark:border-slate-700" onSubmit={submitRange}>
            <p className="font-medium">Custom range (UTC)</p>
            <label className="block">
              From{' '}
              <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} className="w-full rounded border px-1 dark:bg-slate-800" />
            </label>
            <label className="block">
              To{' '}
              <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} className="w-full rounded border px-1 dark:bg-slate-800" />
            </label>
            <Button type="submit" size="sm" variant="secondary">
              Apply range
            </Button>
          </form>
          <form className="mt-3 flex items-end gap-2 border-t border-slate-200 pt-2 dark:border-slate-700" onSubmit={submitPoints}>
            <label className="flex-1">
              Last N points
              <input
                type="number"
                min={1}
                max={MAX_POINTS}
                value={points}
                onChange={(e) => setPoints(e.target.value)}
                className="w-full rounded border px-1 dark:bg-slate-800"
              />
            </label>
            <Button type="submit" size="sm" variant="secondary">
              Apply
            </Button>
          </form>
          {problem && (
            <p role="alert" className="mt-2 text-red-700 dark:text-red-400">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
