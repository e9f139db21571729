import type { Dictation } from '../use-dictation';

/** The composer's microphone: starts and stops dictation; absent where the browser cannot recognise speech. */
export function DictationButton({ dictation, text }: { dictation: Dictation; text: string }) {
  if (!dictation.supported) return null;
  const { listening } = dictation;
  return (
    <button
      type="button"
      aria-pressed={listening}
      aria-label={listening ? 'Stop dictation' : 'Dictate'}
      title={listening ? 'Stop dictation' : 'Dictate a message (it is not sent until you send it)'}
      onClick={() => (listening ? dictation.stop() : dictation.start(text))}
      className={`rounded-md border px-2 py-2 text-sm focus-visible:outline-2 focus-visible:outline-teal-600 ${
        listening
          ? 'animate-pulse border-red-400 bg-red-50 text-red-700 dark:border-red-700 dark:bg-red-950 dark:text-red-200'
          : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200'
      }`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        <path d="M10 12a3 3 0 0 0 3-3V5a3 3 0 1 0-6 0v4a3 3 0 0 0 3 3Zm5-3a1 1 0 1 0-2 0 3 3 0 0 1-6 0 1 1 0 1 0-2 0 5 5 0 0 0 4 4.9V16H7a1 1 0 1 0 0 2h6a1 1 0 1 0 0-2h-2v-2.1A5 5 0 0 0 15 9Z" />
      </svg>
    </button>
  );
}

/** What dictation is doing, under the box: the words still being recognised, or why it stopped. */
export function DictationStatus({ dictation }: { dictation: Dictation }) {
  if (!dictation.supported || (!dictation.listening && !dictation.error)) return null;
  return (
    <p role="status" className="mt-1 text-xs text-slate-600 dark:text-slate-300" data-testid="dictation-status">
      {dictation.listening ? (
        <>
          Listening…{' '}
          {dictation.interim && <span className="text-slate-400 italic dark:text-slate-500">{dictation.interim}</span>}
        </>
      ) : (
        dictation.error
      )}
    </p>
  );
}
