import { useCallback, useEffect, useRef, useState } from 'react';
import { canSpeak, plainText } from './speech';

const STORAGE_KEY = 'gridsight.chat.readAloud';

type SpokenMessage = { role: string; content: string };

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * "Read answers aloud": when on, each answer is spoken once its turn finishes (text only,
 * Markdown stripped). Answers already on screen, and those loaded from history, are not.
 */
export function useReadAloud(messages: readonly SpokenMessage[], running: boolean) {
  const [supported] = useState(() => canSpeak());
  const [enabled, setEnabled] = useState(() => supported && stored());
  const sawRunning = useRef(false);

  useEffect(() => {
    if (running) {
      sawRunning.current = true;
      return;
    }
    if (!sawRunning.current) return;
    sawRunning.current = false;
    const last = messages[messages.length - 1];
    if (!enabled || !last || last.role !== 'assistant') return;
    const text = plainText(last.content);
    if (!text) return;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
  }, [running, messages, enabled]);

  const toggle = useCallback(() => {
    setEnabled((on) => {
      const next = !on;
      try {
        window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
      } catch {
        // storage blocked: the choice lasts for this page
      }
      if (!next) window.speechSynthesis.cancel();
      return next;
    });
  }, []);

  return { supported, enabled, toggle };
}
