import { useEffect, useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Button } from '@/components/button';

/** The extensions the server imports; `accept` only guides the file picker, the server decides. */
export const ACCEPTED_FILES = '.csv,.tsv,.json,.ndjson,.jsonl,.parquet,.xlsx';

/**
 * Takes one file by drag and drop or through "Choose file" (a real button, so keyboard and
 * screen-reader users get the same path).
 */
export function DropZone({ onFile, disabled = false }: { onFile: (file: File) => void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();

  useEffect(() => {
    // a file dropped beside the zone would make the browser open it, leaving the app
    const guard = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  const take = (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      setHint('Drop one file at a time.');
      return;
    }
    setHint(null);
    onFile(files[0]);
  };

  const onDragOver = (event: DragEvent) => {
    event.preventDefault(); // without this the browser opens the file instead of dropping it here
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setOver(true);
  };

  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files);
  };

  return (
    <div
      role="group"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      data-testid="drop-zone"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      className={`flex flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors ${
        over
          ? 'border-teal-600 bg-teal-50 dark:border-teal-400 dark:bg-teal-950/40'
          : 'border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900/60'
      } ${disabled ? 'opacity-60' : ''}`}
    >
      <svg
        viewBox="0 0 24 24"
        className="size-8 text-slate-400"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="M12 16V4m0 0L7 9m5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" />
      </svg>
      <p id={titleId} className="font-medium text-slate-900 dark:text-slate-100">
        Drop a file here to import it
      </p>
      <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
        CSV, TSV, JSON, NDJSON or Parquet. You see the columns and first rows before anything is stored.
      </p>
      <Button variant="secondary" disabled={disabled} onClick={() => input.current?.click()}>
        Choose file
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        aria-label="Dataset file"
        hidden
        disabled={disabled}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = ''; // picking the same file again still counts as a choice
        }}
      />
      {hint && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {hint}
        </p>
      )}
    </div>
  );
}
