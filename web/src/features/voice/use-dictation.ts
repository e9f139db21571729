import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { composeDictation, dictationError, recognitionConstructor, transcripts } from './speech';
import type { Recognition } from './speech';

/**
 * Dictation into a text box: `start(text)` listens and calls `onText` with the box's text
 * followed by what is heard (interim words included, replaced as they settle); `stop()` ends
 * it. Nothing is ever sent: the text stays in the box to edit.
 */
export function useDictation(onText: (text: string) => void) {
  const Recognizer = useMemo(() => recognitionConstructor(), []);
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [error, setError] = useState('');
  const recognition = useRef<Recognition | null>(null);
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  useEffect(() => () => recognition.current?.abort(), []);

  const start = useCallback(
    (base: string) => {
      if (!Recognizer || recognition.current) return;
      const r = new Recognizer();
      r.lang = navigator.language || 'en-US';
      r.continuous = true;
      r.interimResults = true;
      r.onresult = (event) => {
        const heard = transcripts(event);
        setInterim(heard.interim);
        latest.current(composeDictation(base, heard.finals, heard.interim));
      };
      r.onerror = (event) => setError(dictationError(event.error));
      r.onend = () => {
        recognition.current = null;
        setListening(false);
        setInterim('');
      };
      recognition.current = r;
      setError('');
      setListening(true);
      try {
        r.start();
      } catch {
        recognition.current = null;
        setListening(false);
        setError('Dictation could not start.');
      }
    },
    [Recognizer],
  );

  const stop = useCallback(() => recognition.current?.stop(), []);

  return { supported: !!Recognizer, listening, interim, error, start, stop };
}

export type Dictation = ReturnType<typeof useDictation>;
