import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatInput } from '@/features/chat/components/chat-input';
import { ReadAloudToggle } from './components/read-aloud-toggle';
import type { RecognitionEvent } from './speech';
import { useReadAloud } from './use-read-aloud';

/** A scripted SpeechRecognition: the test plays results into the last one started. */
class FakeRecognition {
  static last: FakeRecognition | null = null;
  lang = '';
  continuous = false;
  interimResults = false;
  onresult: ((event: RecognitionEvent) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  started = false;
  start() {
    this.started = true;
    FakeRecognition.last = this;
  }
  stop() {
    this.onend?.();
  }
  abort() {
    this.onend?.();
  }
  hear(...parts: [string, boolean][]) {
    act(() =>
      this.onresult?.({
        resultIndex: 0,
        results: parts.map(([transcript, isFinal]) => ({ isFinal, length: 1, 0: { transcript } })),
      }),
    );
  }
}

function chatInput(onSend = vi.fn()) {
  render(<ChatInput commands={[]} lastMessage={null} running={false} onSend={onSend} onStop={vi.fn()} />);
  return { onSend, box: screen.getByRole('textbox', { name: 'Message' }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeRecognition.last = null;
});

describe('dictation', () => {
  it('isHiddenWhereTheBrowserCannotRecogniseSpeech', () => {
    vi.stubGlobal('SpeechRecognition', undefined);
    vi.stubGlobal('webkitSpeechRecognition', undefined);
    chatInput();
    expect(screen.queryByRole('button', { name: 'Dictate' })).not.toBeInTheDocument();
  });

  it('fillsTheBoxWithInterimThenFinalWordsAndNeverSends', async () => {
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    const { onSend, box } = chatInput();
    await userEvent.type(box, 'Please');
    await userEvent.click(screen.getByRole('button', { name: 'Dictate' }));
    const recognition = FakeRecognition.last!;
    expect(recognition.interimResults).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop dictation' })).toHaveAttribute('aria-pressed', 'true');

    recognition.hear(['show the load', false]);
    expect(box).toHaveValue('Please show the load');
    expect(screen.getByTestId('dictation-status')).toHaveTextContent('Listening… show the load');
    recognition.hear(['show the load', true], [' by day', false]);
    expect(box).toHaveValue('Please show the load by day');

    await userEvent.click(screen.getByRole('button', { name: 'Stop dictation' }));
    expect(screen.getByRole('button', { name: 'Dictate' })).toHaveAttribute('aria-pressed', 'false');
    expect(onSend).not.toHaveBeenCalled();
    // the transcript stays editable
    await userEvent.type(box, ' for North');
    expect(box).toHaveValue('Please show the load by day for North');
  });

  it('saysWhyDictationStopped', async () => {
    vi.stubGlobal('SpeechRecognition', FakeRecognition);
    chatInput();
    await userEvent.click(screen.getByRole('button', { name: 'Dictate' }));
    act(() => {
      FakeRecognition.last!.onerror?.({ error: 'not-allowed' });
      FakeRecognition.last!.onend?.();
    });
    expect(screen.getByTestId('dictation-status')).toHaveTextContent('The browser did not allow the microphone.');
  });
});

describe('read aloud', () => {
  function stubSynthesis() {
    const synthesis = { speak: vi.fn(), cancel: vi.fn() };
    vi.stubGlobal('speechSynthesis', synthesis);
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        constructor(readonly text: string) {}
      },
    );
    return synthesis;
  }

  it('isHiddenWhereTheBrowserCannotSpeak', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    const { result } = renderHook(() => useReadAloud([], false));
    expect(result.current.supported).toBe(false);
    render(<ReadAloudToggle {...result.current} />);
    expect(screen.queryByLabelText('Read answers aloud')).not.toBeInTheDocument();
  });

  it('speaksEachFinishedAnswerOnceWithoutMarkdownOnlyWhenOn', async () => {
    window.localStorage.clear();
    const synthesis = stubSynthesis();
    const history = [{ role: 'assistant', content: 'An old answer.' }];
    const { result, rerender } = renderHook(({ messages, running }) => useReadAloud(messages, running), {
      initialProps: { messages: history, running: false },
    });
    expect(synthesis.speak).not.toHaveBeenCalled();
    render(<ReadAloudToggle {...result.current} />);
    await userEvent.click(screen.getByLabelText('Read answers aloud'));
    expect(result.current.enabled).toBe(true);

    const asked = [...history, { role: 'user', content: 'peak?' }];
    rerender({ messages: [...asked, { role: 'assistant', content: 'The **peak**' }], running: true });
    expect(synthesis.speak).not.toHaveBeenCalled();
    const answered = [...asked, { role: 'assistant', content: 'The **peak** was [412 MW](https://x.test).' }];
    rerender({ messages: answered, running: false });
    expect(synthesis.speak).toHaveBeenCalledTimes(1);
    expect((synthesis.speak.mock.calls[0]![0] as { text: string }).text).toBe('The peak was 412 MW.');
    rerender({ messages: [...answered], running: false });
    expect(synthesis.speak).toHaveBeenCalledTimes(1);

    act(() => result.current.toggle());
    expect(synthesis.cancel).toHaveBeenCalled();
    rerender({ messages: answered, running: true });
    rerender({ messages: [...answered, { role: 'assistant', content: 'Another.' }], running: false });
    expect(synthesis.speak).toHaveBeenCalledTimes(1);
  });
});
