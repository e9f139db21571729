import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ViewMessage } from '../chat-state';
import type { ChatChart } from '../types';
import { MessageList } from './message-list';

const answer = (overrides: Partial<ViewMessage> = {}): ViewMessage => ({
  key: 'a1',
  id: 'a1',
  turnId: 't1',
  role: 'assistant',
  content: '',
  charts: [],
  cards: [],
  status: 'done',
  ...overrides,
});

// a table draws without Plotly
const chart: ChatChart = {
  id: 'c1',
  title: 'Revenue by item',
  visual: { type: 'table' },
  data: { columns: [{ name: 'item' }, { name: 'revenue' }], rows: [['Soup', 12]], downsampled: false },
  explanation: 'Sum of revenue by item, 1–4 Jan 2025',
};

function setup(messages: ViewMessage[], extra: { running?: boolean; pinned?: Set<string> } = {}) {
  const actions = { onSend: vi.fn(), onConfirm: vi.fn(), onPin: vi.fn() };
  const router = createMemoryRouter(
    [{ path: '*', element: <MessageList messages={messages} running={extra.running ?? false} pinned={extra.pinned} {...actions} /> }],
  );
  const view = render(<RouterProvider router={router} />);
  return { ...actions, ...view };
}

describe('messages', () => {
  it('rendersMarkdownButNoHandlerOrScriptLinkSurvives', () => {
    const { container } = setup([
      answer({
        content:
          '**Total** is 12.\n\n<img src="x" onerror="window.__pwned = 1"> [click](javascript:alert(1)) <script>window.__pwned = 2</script> <a href="https://example.com" onclick="x()">site</a>',
      }),
    ]);
    expect(screen.getByText('Total').tagName).toBe('STRONG');
    const img = container.querySelector('img');
    expect(img?.getAttribute('onerror') ?? null).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onclick]')).toBeNull();
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('showsTheUsersTextAsTextNotHtml', () => {
    setup([{ ...answer(), role: 'user', content: '<b>bold?</b>' }]);
    expect(screen.getByLabelText('You said')).toHaveTextContent('<b>bold?</b>');
  });

  it('drawsAChartWithItsExplanationPinAndBuilderLink', async () => {
    const { onPin } = setup([answer({ content: 'Here it is.', charts: [chart] })]);
    const card = screen.getByRole('region', { name: 'Chart Revenue by item' });
    expect(within(card).getByRole('table')).toHaveTextContent('Soup');
    expect(within(card).getByText('Sum of revenue by item, 1–4 Jan 2025')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Open in builder' })).toHaveAttribute('href', '/charts/c1');
    await userEvent.click(within(card).getByRole('button', { name: 'Pin to tab' }));
    expect(onPin).toHaveBeenCalledWith(chart);
  });

  it('saysWhenAChartIsPinned', () => {
    setup([answer({ charts: [chart] })], { pinned: new Set(['c1']) });
    expect(screen.getByRole('button', { name: 'Pinned' })).toBeDisabled();
  });

  it('showsAToolCallCompactlyWithItsArgumentsOnDemand', async () => {
    setup([
      answer({
        cards: [{ type: 'tool_call', callId: 'k1', command: 'datasets', arguments: { limit: 5 }, status: 'ok', summary: '**3** datasets' }],
      }),
    ]);
    const card = screen.getByRole('group', { name: 'Command datasets' });
    expect(card).toHaveTextContent('/datasets');
    expect(card).toHaveTextContent('ok');
    expect(card).toHaveTextContent('3 datasets');
    expect(within(card).getByText('3').tagName).toBe('STRONG');
    expect(card).not.toHaveAttribute('open');
    await userEvent.click(within(card).getByText('/datasets'));
    expect(card).toHaveAttribute('open');
    expect(card).toHaveTextContent('"limit": 5');
  });

  it('confirmsOrCancelsACommandThatWaits', async () => {
    const { onConfirm } = setup([
      answer({ cards: [{ type: 'confirmation', callId: 'k2', command: 'pin', prompt: 'Pin “Revenue” to Overview?' }] }),
    ]);
    const card = screen.getByRole('region', { name: 'Confirmation' });
    expect(card).toHaveTextContent('Pin “Revenue” to Overview?');
    await userEvent.click(within(card).getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledWith('k2', true);
    expect(within(card).getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });

  it('showsAWaitingCommandOnlyAsItsConfirmationCard', () => {
    setup([
      answer({
        cards: [
          { type: 'tool_call', callId: 'k2', command: 'pin', arguments: {}, status: 'pending', summary: 'Pin it?' },
          { type: 'confirmation', callId: 'k2', command: 'pin', prompt: 'Pin it?' },
        ],
      }),
    ]);
    expect(screen.queryByRole('group', { name: 'Command pin' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Confirmation' })).toBeInTheDocument();
  });

  it('showsAnAnsweredConfirmationWithoutButtons', () => {
    setup([answer({ cards: [{ type: 'confirmation', callId: 'k2', command: 'pin', prompt: 'Pin it?', resolved: 'cancelled' }] })]);
    expect(screen.getByRole('region', { name: 'Confirmation' })).toHaveTextContent('Cancelled.');
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
  });

  it('sendsAChoiceOrAnAlternativeInOneClick', async () => {
    const { onSend } = setup([
      answer({
        cards: [
          { type: 'question', text: 'Which building?', choices: ['Building 1', 'Building 3'] },
          { type: 'alternatives', options: [{ label: 'Quantity instead', message: 'quantity by item' }] },
        ],
      }),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Building 3' }));
    await userEvent.click(screen.getByRole('button', { name: 'Quantity instead' }));
    expect(onSend.mock.calls).toEqual([['Building 3'], ['quantity by item']]);
  });

  it('sendsAnAlternativeWithTheModelThatAnswersIt', async () => {
    const { onSend } = setup([
      answer({
        cards: [
          { type: 'error', message: 'The model did not start answering within 60 s.' },
          {
            type: 'alternatives',
            options: [{ label: 'Answer with the built-in assistant', message: 'load by day', model: 'builtin' }],
          },
        ],
      }),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Answer with the built-in assistant' }));
    expect(onSend.mock.calls).toEqual([['load by day', 'builtin']]);
  });

  it('showsASummaryOfEarlierMessagesCollapsed', async () => {
    setup([answer({ content: 'Answer.', cards: [{ type: 'summary', text: '## Goal\nLoad study', messages: 14 }] })]);
    const summary = screen.getByRole('group', { name: 'Summary of earlier messages' });
    expect(within(summary).getByText('Earlier messages were summarised — show summary')).toBeVisible();
    expect(summary).not.toHaveAttribute('open');
    await userEvent.click(within(summary).getByText('Earlier messages were summarised — show summary'));
    expect(summary).toHaveAttribute('open');
    expect(within(summary).getByText('Load study')).toBeVisible();
    expect(within(summary).getByText(/the 14 earliest messages/)).toBeVisible();
  });

  it('showsTheServersErrorAsALine', () => {
    setup([answer({ cards: [{ type: 'error', message: 'Unknown command /nope. Try /help.' }] })]);
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown command /nope. Try /help.');
  });

  it('saysItIsThinkingWhileAnAnswerStreams', () => {
    setup([answer({ status: 'streaming' })], { running: true });
    expect(screen.getByText('Thinking…')).toBeInTheDocument();
  });
});
