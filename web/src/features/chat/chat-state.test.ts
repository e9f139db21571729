import { describe, expect, it } from 'vitest';
import { chatReducer, initialChatState, isRunning, lastUserMessage } from './chat-state';
import type { ChatAction, ChatState } from './chat-state';
import type { ChatChart, ChatMessage, SequencedEvent, TurnEvent } from './types';

const T = 'turn-1';
const ev = (seq: number, event: TurnEvent, turnId = T): SequencedEvent => ({ sessionId: 's1', turnId, seq, event });

const userMessage = (overrides: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 'm-user',
  turnId: T,
  role: 'user',
  content: 'load by day',
  charts: [],
  cards: [],
  createdAt: '2025-01-01T00:00:00Z',
  ...overrides,
});

const chart = (id = 'c1'): ChatChart => ({
  id,
  title: 'Load by day',
  visual: { type: 'line', x: 'day', y: ['load'] },
  data: { columns: [{ name: 'day' }, { name: 'load' }], rows: [['2025-01-01', 3]], downsampled: false },
  explanation: 'Sum of load by day',
});

/** One whole turn: started, three text pieces, a tool call, a chart, done. */
const turn = (from = 1, turnId = T): SequencedEvent[] => [
  ev(from, { type: 'started', message: userMessage({ turnId }) }, turnId),
  ev(from + 1, { type: 'text', text: 'Here is ' }, turnId),
  ev(from + 2, { type: 'tool_call', callId: 'k1', command: 'chart', arguments: { measure: 'load' }, status: 'ok', summary: 'charted' }, turnId),
  ev(from + 3, { type: 'text', text: 'the **load**' }, turnId),
  ev(from + 4, { type: 'chart', chart: chart() }, turnId),
  ev(from + 5, { type: 'text', text: ' by day.' }, turnId),
  ev(from + 6, { type: 'done', messageId: 'm-answer', outcome: 'answered' }, turnId),
];

const run = (actions: ChatAction[], start: ChatState = initialChatState) => actions.reduce(chatReducer, start);
const one = (events: SequencedEvent[], complete = false): ChatAction => ({ type: 'events', events, complete });

describe('chat reducer', () => {
  it('foldsATurnIntoOneUserAndOneAssistantMessage', () => {
    const state = run(turn().map((e) => one([e])));
    expect(state.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    const answer = state.messages[1]!;
    expect(answer.content).toBe('Here is the **load** by day.');
    expect(answer.charts.map((c) => c.id)).toEqual(['c1']);
    expect(answer.cards).toEqual([expect.objectContaining({ type: 'tool_call', callId: 'k1', status: 'ok' })]);
    expect(answer).toMatchObject({ id: 'm-answer', status: 'done', outcome: 'answered' });
    expect(state.lastSeq).toBe(7);
    expect(isRunning(state)).toBe(false);
  });

  it('keepsASummaryEventAsACardOfTheAnswer', () => {
    const state = run([
      one([
        ev(1, { type: 'started', message: userMessage() }),
        ev(2, { type: 'summary', text: '## Goal', messages: 12 }),
        ev(3, { type: 'text', text: 'Answer.' }),
        ev(4, { type: 'done', messageId: 'm-answer', outcome: 'answered' }),
      ]),
    ]);
    expect(state.messages[1]!.cards).toEqual([{ type: 'summary', text: '## Goal', messages: 12 }]);
    expect(state.messages[1]!.content).toBe('Answer.');
  });

  it('isRunningFromStartedUntilDone', () => {
    const events = turn();
    const midway = run(events.slice(0, 3).map((e) => one([e])));
    expect(isRunning(midway)).toBe(true);
    expect(midway.messages[1]!.status).toBe('streaming');
    expect(isRunning(run([one(events.slice(3))], midway))).toBe(false);
  });

  it('dropsEventsItAlreadyApplied', () => {
    const events = turn();
    const state = run([one(events.slice(0, 4)), one(events.slice(2, 6)), one(events), one(events.slice(6))]);
    expect(state.messages).toHaveLength(2);
    expect(state.messages[1]!.content).toBe('Here is the **load** by day.');
    expect(state.messages[1]!.charts).toHaveLength(1);
    expect(state.messages[1]!.cards).toHaveLength(1);
  });

  it('holdsAnEventThatArrivesAheadOfAGapUntilTheGapFills', () => {
    const [e1, e2, e3, e4] = turn();
    let state = run([one([e1!, e2!]), one([e4!])]);
    expect(state.messages[1]!.content).toBe('Here is ');
    expect(state.pending.map((e) => e.seq)).toEqual([4]);
    expect(state.lastSeq).toBe(2);
    state = run([one([e3!])], state);
    expect(state.pending).toEqual([]);
    expect(state.lastSeq).toBe(4);
    expect(state.messages[1]!.content).toBe('Here is the **load**');
    expect(state.messages[1]!.cards).toHaveLength(1);
  });

  it('appliesOutOfOrderEventsInSequenceOrder', () => {
    const shuffled = [...turn()].reverse();
    const state = run(shuffled.map((e) => one([e])));
    expect(state.messages[1]!.content).toBe('Here is the **load** by day.');
    expect(state.messages[1]!.status).toBe('done');
    expect(state.lastSeq).toBe(7);
  });

  it('resumesAfterAReconnectWithNothingLostOrShownTwice', () => {
    const events = turn();
    // the socket delivered 1–3, dropped, came back and delivered 6 live before the resume answered
    let state = run([one(events.slice(0, 3)), one([events[5]!])]);
    expect(state.pending.map((e) => e.seq)).toEqual([6]);
    // the resume (GET events?after=3) holds 4–7, overlapping what came live
    state = run([one(events.slice(3), true)], state);
    // and the live socket repeats 7
    state = run([one([events[6]!])], state);
    expect(state.messages).toHaveLength(2);
    expect(state.messages[1]!.content).toBe('Here is the **load** by day.');
    expect(state.messages[1]!.charts).toHaveLength(1);
    expect(state.lastSeq).toBe(7);
    expect(state.pending).toEqual([]);
  });

  it('aCompleteResumeFlushesAcrossGapsTheServerNeverFills', () => {
    const state = run([one([ev(5, { type: 'started', message: userMessage() })], true), one([ev(9, { type: 'text', text: 'hi' })], true)]);
    expect(state.lastSeq).toBe(9);
    expect(state.messages[1]!.content).toBe('hi');
  });

  it('replacesTheLocalUserMessageWhenTheServerAcceptsIt', () => {
    const state = run([
      { type: 'sent', localKey: 'l1', content: 'load by day' },
      { type: 'accepted', localKey: 'l1', turnId: T, userMessage: userMessage() },
      one([turn()[0]!]),
    ]);
    expect(state.messages).toHaveLength(1);
    expect(state.messages[0]).toMatchObject({ key: 'l1', id: 'm-user', status: 'done' });
    expect(isRunning(state)).toBe(true);
  });

  it('keepsOneUserMessageWhenTheStartedEventComesBeforeThePostAnswers', () => {
    const state = run([
      { type: 'sent', localKey: 'l1', content: 'load by day' },
      one([turn()[0]!]),
      { type: 'accepted', localKey: 'l1', turnId: T, userMessage: userMessage() },
    ]);
    expect(state.messages.filter((m) => m.role === 'user')).toHaveLength(1);
    expect(state.messages[0]!.id).toBe('m-user');
  });

  it('turnsAFailedSendIntoAnErrorLine', () => {
    const state = run([
      { type: 'sent', localKey: 'l1', content: '/nope' },
      { type: 'send_failed', localKey: 'l1', message: 'Unknown command: /nope' },
    ]);
    expect(state.messages).toHaveLength(1);
    expect(state.messages[0]!.cards).toEqual([{ type: 'error', message: 'Unknown command: /nope' }]);
    expect(isRunning(state)).toBe(false);
  });

  it('loadsTheHistoryWithItsCardsAndNoTextOrDoneCards', () => {
    const state = run([
      {
        type: 'loaded',
        lastSeq: 7,
        messages: [
          userMessage(),
          {
            ...userMessage({ id: 'm-answer', role: 'assistant', content: 'Done.' }),
            charts: [chart()],
            cards: [
              { type: 'text', text: 'Done.' },
              { type: 'question', text: 'Which building?', choices: ['A', 'B'] },
              { type: 'done', messageId: 'm-answer', outcome: 'question' },
            ],
          },
        ],
      },
    ]);
    expect(state.messages[1]!.cards).toEqual([{ type: 'question', text: 'Which building?', choices: ['A', 'B'] }]);
    expect(state.lastSeq).toBe(7);
    // a replay of the stored turn adds nothing
    expect(run(turn().map((e) => one([e])), state).messages).toHaveLength(2);
  });

  it('dropsAStreamedCopyOfAMessageTheHistoryAlreadyHolds', () => {
    const loaded = run([{ type: 'loaded', lastSeq: 0, messages: [userMessage(), userMessage({ id: 'm-answer', role: 'assistant', content: 'Here is the **load** by day.' })] }]);
    const state = run([one(turn(), true)], loaded);
    expect(state.messages.map((m) => m.id)).toEqual(['m-user', 'm-answer']);
  });

  it('updatesAToolCallInPlaceWhenItsStatusChanges', () => {
    const state = run([
      one([
        ev(1, { type: 'tool_call', callId: 'k1', command: 'pin', status: 'pending', summary: 'waits' }),
        ev(2, { type: 'confirmation', callId: 'k1', command: 'pin', prompt: 'Pin “Load” to Overview?' }),
        ev(3, { type: 'confirmation', callId: 'k1', command: 'pin', prompt: 'Pin “Load” to Overview?' }),
        ev(4, { type: 'tool_call', callId: 'k1', command: 'pin', status: 'ok', summary: 'pinned' }),
      ]),
    ]);
    const cards = state.messages[0]!.cards;
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({ type: 'tool_call', status: 'ok', summary: 'pinned' });
  });

  it('marksAConfirmationAnsweredAndAddsTheAnswerOnce', () => {
    const asked = run([
      one([
        ev(1, { type: 'confirmation', callId: 'k1', command: 'pin', prompt: 'Pin it?' }),
        ev(2, { type: 'done', messageId: 'm-ask', outcome: 'confirmation' }),
      ]),
    ]);
    const answer = userMessage({ id: 'm-pinned', role: 'assistant', content: 'Pinned.' });
    let state = run([{ type: 'confirmed', callId: 'k1', approve: true, messages: [answer] }], asked);
    // the same answer streamed as well
    state = run([one([ev(3, { type: 'text', text: 'Pinned.' }, 'turn-2'), ev(4, { type: 'done', messageId: 'm-pinned', outcome: 'answered' }, 'turn-2')])], state);
    expect(state.messages.map((m) => m.id)).toEqual(['m-ask', 'm-pinned']);
    expect(state.messages[0]!.cards[0]).toMatchObject({ type: 'confirmation', resolved: 'approved' });
  });

  it('keepsQuestionsAlternativesAndErrorsInOrder', () => {
    const state = run([
      one([
        ev(1, { type: 'question', text: 'Which measure?', choices: ['revenue', 'quantity'] }),
        ev(2, { type: 'alternatives', options: [{ label: 'Quantity instead', message: 'quantity by day' }] }),
        ev(3, { type: 'error', message: 'The query timed out.' }),
        ev(4, { type: 'done', messageId: 'm1', outcome: 'error' }),
      ]),
    ]);
    expect(state.messages[0]!.cards.map((c) => c.type)).toEqual(['question', 'alternatives', 'error']);
    expect(state.messages[0]!.outcome).toBe('error');
  });

  it('keepsTwoTurnsApart', () => {
    const state = run([one([...turn(1, 'a'), ...turn(8, 'b').map((e) => (e.event.type === 'started' ? { ...e, event: { type: 'started' as const, message: userMessage({ id: 'm-user-2', turnId: 'b' }) } } : e.event.type === 'done' ? { ...e, event: { type: 'done' as const, messageId: 'm-answer-2', outcome: 'answered' as const } } : e))])]);
    expect(state.messages.map((m) => m.id)).toEqual(['m-user', 'm-answer', 'm-user-2', 'm-answer-2']);
    expect(lastUserMessage(state)).toBe('load by day');
  });
});
