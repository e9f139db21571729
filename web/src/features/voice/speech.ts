/**
 * The browser's speech APIs, looked up where they exist: SpeechRecognition (prefixed
 * `webkitSpeechRecognition` in Chrome and Safari) for dictation, speechSynthesis for reading
 * answers aloud. Either may be missing; the controls hide then.
 */

export type RecognitionAlternative = { transcript: string };
export type RecognitionResult = { readonly isFinal: boolean; readonly length: number; [index: number]: RecognitionAlternative };
export type RecognitionEvent = { readonly resultIndex: number; readonly results: ArrayLike<RecognitionResult> };

/** The part of SpeechRecognition that dictation uses. */
export interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export type RecognitionConstructor = new () => Recognition;

type SpeechWindow = {
  SpeechRecognition?: RecognitionConstructor;
  webkitSpeechRecognition?: RecognitionConstructor;
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
};

/** The recognition constructor, standard or prefixed; null where the browser has none. */
export function recognitionConstructor(win: unknown = globalThis.window): RecognitionConstructor | null {
  if (!win) return null;
  const w = win as SpeechWindow;
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** Whether answers can be read aloud here. */
export function canSpeak(win: unknown = globalThis.window): boolean {
  if (!win) return false;
  const w = win as SpeechWindow;
  return !!w.speechSynthesis && typeof w.SpeechSynthesisUtterance === 'function';
}

/** The composer's text while dictating: what was typed before, then what was heard so far. */
export function composeDictation(base: string, finals: string, interim: string): string {
  const heard = `${finals} ${interim}`.replace(/\s+/g, ' ').trim();
  const before = base.trimEnd();
  if (!heard) return base;
  return before ? `${before} ${heard}` : heard;
}

/** Every result so far, split into settled text and the part still being recognised. */
export function transcripts(event: RecognitionEvent): { finals: string; interim: string } {
  let finals = '';
  let interim = '';
  for (let i = 0; i < event.results.length; i++) {
    const result = event.results[i]!;
    const text = result.length > 0 ? result[0]!.transcript : '';
    if (result.isFinal) finals += ` ${text}`;
    else interim += ` ${text}`;
  }
  return { finals: finals.trim(), interim: interim.trim() };
}

/** Why dictation stopped, in words (the API's error codes). */
export function dictationError(code: string): string {
  switch (code) {
    case 'not-allowed':
    case 'service-not-allowed':
      return 'The browser did not allow the microphone.';
    case 'no-speech':
      return 'No speech was heard.';
    case 'audio-capture':
      return 'No microphone was found.';
    case 'network':
      return "The browser's speech service could not be reached.";
    case 'aborted':
      return '';
    default:
      return `Dictation stopped (${code}).`;
  }
}

/** An answer's text to speak: Markdown marks, links' addresses, code blocks and tables' pipes left out. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '')
    .replace(/\|/g, ', ')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .replace(/(\s*,\s*)+/g, ', ')
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .trim();
}
