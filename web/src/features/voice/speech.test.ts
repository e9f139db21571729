import { describe, expect, it } from 'vitest';
import { canSpeak, composeDictation, plainText, recognitionConstructor, transcripts } from './speech';
import type { RecognitionEvent } from './speech';

class FakeRecognition {}

const result = (transcript: string, isFinal: boolean) => ({ isFinal, length: 1, 0: { transcript } });

describe('speech APIs', () => {
  it('findsTheStandardOrPrefixedRecognitionAndNothingWhereAbsent', () => {
    expect(recognitionConstructor({ SpeechRecognition: FakeRecognition })).toBe(FakeRecognition);
    expect(recognitionConstructor({ webkitSpeechRecognition: FakeRecognition })).toBe(FakeRecognition);
    expect(recognitionConstructor({})).toBeNull();
    expect(recognitionConstructor(undefined)).toBeNull();
  });

  it('speaksOnlyWithBothSynthesisAndUtterance', () => {
    expect(canSpeak({ speechSynthesis: {}, SpeechSynthesisUtterance: function Utterance() {} })).toBe(true);
    expect(canSpeak({ speechSynthesis: {} })).toBe(false);
    expect(canSpeak({})).toBe(false);
  });

  it('appendsWhatIsHeardToWhatWasTyped', () => {
    expect(composeDictation('Show load ', 'by day', 'for north')).toBe('Show load by day for north');
    expect(composeDictation('', ' by day ', '')).toBe('by day');
    expect(composeDictation('typed', '', '')).toBe('typed');
  });

  it('splitsSettledAndInterimResults', () => {
    const event: RecognitionEvent = {
      resultIndex: 1,
      results: [result('show the load', true), result(' by', true), result(' da', false)],
    };
    expect(transcripts(event)).toEqual({ finals: 'show the load  by'.trim(), interim: 'da' });
  });

  it('speaksAnAnswerWithoutItsMarkdown', () => {
    const markdown = [
      '## Peak load',
      'The **peak** was _412 MW_ on [Tuesday](https://x.test/a) at `14:00`.',
      '',
      '- GTA 1: 40 MW',
      '1. Boiler',
      '',
      '| site | MW |',
      '|---|---|',
      '| North | 12 |',
      '```sql',
      'select 1',
      '```',
    ].join('\n');
    const text = plainText(markdown);
    expect(text).toContain('Peak load The peak was 412 MW on Tuesday at 14:00.');
    expect(text).toContain('GTA 1: 40 MW Boiler');
    expect(text).toContain('site, MW, North, 12');
    expect(text).not.toMatch(/[*_`#|]|https|select 1/);
  });
});
