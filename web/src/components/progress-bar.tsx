/**
 * A labelled progress bar. `value` is 0…1; null means the amount is unknown (the bar pulses and
 * no percentage is claimed).
 */
export function ProgressBar({ label, value }: { label: string; value: number | null }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="text-slate-700 dark:text-slate-300">{label}</span>
        {percent !== null && (
          <span aria-hidden="true" className="font-medium text-slate-900 tabular-nums dark:text-slate-100">
            {percent}%
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? 'In progress' : `${percent}%`}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full bg-teal-600 transition-[width] duration-200 dark:bg-teal-500 ${percent === null ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
