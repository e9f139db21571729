import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LiveConnection } from '@/features/dashboard/live/live-connection';
import { LiveProvider } from '@/features/dashboard/live/use-live-datasets';
import { fakeStompClient } from '@/test/fake-stomp';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import type { RecordedRequest } from '@/test/fetch-mock';
import { page } from '@/test/builders';
import { renderRoutes } from '@/test/render';
import type { ChatMessage, ChatSession, SequencedEvent, TurnEvent } from '../types';
import { ChatView } from './chat-view';

/** The page's live connection over a STOMP client the test drives. */
function fakeStomp() {
  const fake = fakeStompClient();
  return {
    connection: new LiveConnection(() => fake.client),
    connect: () => act(() => fake.connect()),
    deliver: (destination: string, body: unknown) => act(() => fake.handlers.get(destination)!({ body: JSON.stringify(body) })),
    subscribed: (destination: string) => fake.handlers.has(destination),
  };
}

const session = (overrides: Partial<ChatSession> = {}): ChatSession => ({
  id: 's1',
  workspaceId: 'w1',
  title: 'Revenue',
  tabId: 't1',
  agentId: null,
  lastSeq: 0,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...overrides,
});

const message = (overrides: Partial<ChatMessage>): ChatMessage => ({
  id: 'm1',
  turnId: 'turn-1',
  role: 'user',
  content: 'revenue by item',
  charts: [],
  cards: [],
  createdAt: '2025-01-01T00:00:00Z',
  ...overrides,
});

const ev = (seq: number, event: TurnEvent, turnId = 'turn-1'): SequencedEvent => ({ sessionId: 's1', turnId, seq, event });

const TOPIC = '/topic/chat.sessions.s1';

function baseRoutes(extra: Record<string, (r: RecordedRequest) => Response> = {}) {
  return {
    'GET /api/tabs': () => json(page([{ id: 't1', name: 'Overview' }, { id: 't2', name: 'Costs' }])),
    'GET /api/chat/agents': () => json(page([{ id: 'a1', workspaceId: 'w1', name: 'Analyst', version: 1 }])),
    'GET /api/chat/commands': () =>
      json([{ name: 'datasets', description: 'List the datasets', usage: '/datasets', changes: false }]),
    'GET /api/chat/sessions': () => json(page([])),
    ...extra,
  };
}

/** Routes of a session that is open already (remembered), with no history. */
function openSession(extra: Record<string, (r: RecordedRequest) => Response> = {}) {
  document.cookie = 'XSRF-TOKEN=csrf';
  window.localStorage.setItem('gridsight.chat.session.w1', 's1');
  return mockFetch(
    baseRoutes({
      'GET /api/chat/sessions/s1': () => json(session()),
      'GET /api/chat/sessions/s1/messages': () => json(page([])),
      'GET /api/chat/sessions/s1/events': () => json({ events: [] }),
      ...extra,
    }),
  );
}

function renderChat(
  stomp: ReturnType<typeof fakeStomp>,
  props: { defaultTabId?: string; openSessionId?: string } = { defaultTabId: 't1' },
) {
  return renderRoutes([
    {
      path: '*',
      element: (
        <LiveProvider connection={stomp.connection}>
          <ChatView workspaceId="w1" {...props} />
        </LiveProvider>
      ),
    },
  ]);
}

describe('chat view', () => {
  it('offersTheSlashMenuInANewChatFromTheWorkspacesCommands', async () => {
    const stomp = fakeStomp();
    const { requests } = mockFetch(baseRoutes());
    renderChat(stomp);
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '/da');
    expect(await screen.findByRole('option', { name: /datasets/ })).toBeInTheDocument();
    const asked = requests.find((r) => r.url.startsWith('/api/chat/commands'))!;
    expect(asked.url).toContain('workspaceId=w1');
    expect(asked.url).not.toContain('sessionId');
  });

  it('asksForAChartSeesItDrawnAndPinsItToTheSelectedTab', async () => {
    document.cookie = 'XSRF-TOKEN=csrf';
    const stomp = fakeStomp();
    const { requests } = mockFetch(
      baseRoutes({
        'POST /api/chat/sessions': () => json(session(), 201),
        'GET /api/chat/sessions/s1': () => json(session()),
        'POST /api/chat/sessions/s1/messages': () => json({ turnId: 'turn-1', userMessage: message({}) }, 202),
        'GET /api/chat/sessions/s1/events': () => json({ events: [] }),
        'POST /api/tabs/t1/charts': () => json({ chartId: 'c1', title: 'Revenue by item', visual: { type: 'table' }, layout: { x: 0, y: 0, w: 6, h: 4 } }, 201),
      }),
    );
    renderChat(stomp);
    stomp.connect();

    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'revenue by item{Enter}');
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.includes('/messages'))).toBe(true));
    const created = requests.find((r) => r.method === 'POST' && r.url === '/api/chat/sessions')!;
    expect(created.body).toEqual({ workspaceId: 'w1', tabId: 't1' });
    const sent = requests.find((r) => r.url.startsWith('/api/chat/sessions/s1/messages'))!;
    expect(sent.url).toContain('stream=true');
    expect(sent.body).toEqual({ content: 'revenue by item' });
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();

    await waitFor(() => expect(stomp.subscribed(TOPIC)).toBe(true));
    stomp.deliver(TOPIC, ev(1, { type: 'started', message: message({}) }));
    stomp.deliver(TOPIC, ev(2, { type: 'text', text: 'Revenue by **item**, ' }));
    stomp.deliver(TOPIC, ev(3, { type: 'text', text: '1–4 Jan 2025.' }));
    stomp.deliver(TOPIC, ev(4, {
      type: 'chart',
      chart: {
        id: 'c1',
        title: 'Revenue by item',
        visual: { type: 'table' },
        data: { columns: [{ name: 'item' }, { name: 'revenue' }], rows: [['Soup', 12]], downsampled: false },
      },
    }));
    stomp.deliver(TOPIC, ev(5, { type: 'done', messageId: 'm2', outcome: 'answered' }));

    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(within(log).getByLabelText('You said')).toHaveTextContent('revenue by item');
    expect(within(log).getAllByLabelText('You said')).toHaveLength(1);
    expect(within(log).getByRole('article')).toHaveTextContent('Revenue by item, 1–4 Jan 2025.');
    expect(within(log).getByRole('table')).toHaveTextContent('Soup');
    expect(await screen.findByRole('button', { name: 'Send' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Pin to tab' }));
    await waitFor(() => expect(requests.some((r) => r.url === '/api/tabs/t1/charts')).toBe(true));
    expect(requests.find((r) => r.url === '/api/tabs/t1/charts')!.body).toEqual({ chartId: 'c1' });
    expect(await screen.findByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/dashboard/t1');
  });

  it('loadsTheHistoryAndResumesFromTheLastSeqAfterAReconnectWithoutDuplicates', async () => {
    window.localStorage.setItem('gridsight.chat.session.w1', 's1');
    const stomp = fakeStomp();
    const afters: string[] = [];
    let resumeWith: SequencedEvent[] = [];
    mockFetch(
      baseRoutes({
        'GET /api/chat/sessions/s1': () => json(session({ lastSeq: 2 })),
        'GET /api/chat/sessions/s1/messages': () =>
          json(page([message({ id: 'm0', turnId: 'turn-0', content: 'hello' }), message({ id: 'm00', turnId: 'turn-0', role: 'assistant', content: 'Hi, ask me for a chart.' })])),
        'GET /api/chat/sessions/s1/events': (r) => {
          afters.push(new URL(r.url, 'http://x').searchParams.get('after')!);
          return json({ events: resumeWith });
        },
      }),
    );
    renderChat(stomp);
    expect(await screen.findByText('Hi, ask me for a chart.')).toBeInTheDocument();
    stomp.connect();
    await waitFor(() => expect(afters).toContain('2'));

    stomp.deliver(TOPIC, ev(3, { type: 'started', message: message({ id: 'm3', content: 'costs by day' }) }));
    stomp.deliver(TOPIC, ev(4, { type: 'text', text: 'Costs ' }));
    // the socket drops; 5 and 6 are streamed meanwhile, then it comes back
    resumeWith = [ev(4, { type: 'text', text: 'Costs ' }), ev(5, { type: 'text', text: 'by day.' }), ev(6, { type: 'done', messageId: 'm4', outcome: 'answered' })];
    stomp.connect();
    await waitFor(() => expect(afters).toContain('4'));
    // and the live socket repeats what the resume already gave
    stomp.deliver(TOPIC, ev(5, { type: 'text', text: 'by day.' }));

    expect(await screen.findByText('Costs by day.')).toBeInTheDocument();
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => a.textContent?.trim())).toEqual(['Hi, ask me for a chart.', 'Costs by day.']);
    expect(screen.getAllByLabelText('You said').map((m) => m.textContent)).toEqual(['hello', 'costs by day']);
  });

  it('showsTheServersDetailWhenAMessageIsRefused', async () => {
    const stomp = fakeStomp();
    openSession({ 'POST /api/chat/sessions/s1/messages': () => problem(400, 'Unknown command /nope. Type /help for the list.') });
    renderChat(stomp);
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '/nope{Escape}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknown command /nope. Type /help for the list.');
  });

  it('stopsARunningTurn', async () => {
    const stomp = fakeStomp();
    const { requests } = openSession({
        'POST /api/chat/sessions/s1/messages': () => json({ turnId: 'turn-1', userMessage: message({}) }, 202),
        'POST /api/chat/sessions/s1/stop': () => noContent(),
    });
    renderChat(stomp);
    stomp.connect();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'revenue by item{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(requests.some((r) => r.url === '/api/chat/sessions/s1/stop')).toBe(true));
    stomp.deliver(TOPIC, ev(1, { type: 'done', messageId: 'm2', outcome: 'stopped' }));
    expect(await screen.findByText('Stopped.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('movesTheSessionToAnotherTab', async () => {
    const stomp = fakeStomp();
    const { requests } = openSession({
        'PATCH /api/chat/sessions/s1': () => json(session({ tabId: 't2' })),
    });
    renderChat(stomp);
    const tab = screen.getByRole('combobox', { name: 'Tab' });
    await waitFor(() => expect(tab).toHaveValue('t1'));
    await userEvent.selectOptions(tab, 't2');
    await waitFor(() => expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ tabId: 't2' }));
    await waitFor(() => expect(tab).toHaveValue('t2'));
  });

  it('startsANewChatAndLoadsAnEarlierOneWhenPickedAgain', async () => {
    const stomp = fakeStomp();
    openSession({
      'GET /api/chat/sessions': () => json(page([session()])),
      'GET /api/chat/sessions/s1/messages': () => json(page([message({ content: 'earlier question' })])),
      'POST /api/chat/sessions': () => json(session({ id: 's2', title: '' }), 201),
      'GET /api/chat/sessions/s2': () => json(session({ id: 's2', title: '' })),
      'GET /api/chat/sessions/s2/events': () => json({ events: [] }),
      'POST /api/chat/sessions/s2/messages': () => json({ turnId: 'turn-9', userMessage: message({ id: 'm9', content: 'new question' }) }, 202),
    });
    renderChat(stomp);
    expect(await screen.findByText('earlier question')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New chat' }));
    expect(screen.queryByText('earlier question')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Session' })).toHaveValue('');

    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'new question{Enter}');
    await waitFor(() => expect(window.localStorage.getItem('gridsight.chat.session.w1')).toBe('s2'));
    expect(screen.getByText('new question')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Session' }), 's1');
    expect(await screen.findByText('earlier question')).toBeInTheDocument();
    expect(screen.queryByText('new question')).not.toBeInTheDocument();
  });

  it('refreshesTheTabsWhenACommandChangedOne', async () => {
    const stomp = fakeStomp();
    openSession({ 'POST /api/chat/sessions/s1/messages': () => json({ turnId: 'turn-1', userMessage: message({ content: '/pin' }) }, 202) });
    const { queryClient } = renderChat(stomp);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    stomp.connect();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '/pin{Escape}{Enter}');
    await waitFor(() => expect(stomp.subscribed(TOPIC)).toBe(true));
    stomp.deliver(TOPIC, ev(1, { type: 'started', message: message({ content: '/pin' }) }));
    stomp.deliver(TOPIC, ev(2, { type: 'tool_call', callId: 'k1', command: 'pin', arguments: {}, status: 'ok', summary: 'Pinned to Overview' }));
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: ['tabs'] });
    stomp.deliver(TOPIC, ev(3, { type: 'done', messageId: 'm2', outcome: 'answered' }));
    await waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: ['tabs'] }));
  });

  it('opensALinkedSessionInsteadOfTheLastOne', async () => {
    const stomp = fakeStomp();
    openSession({
      'GET /api/chat/sessions/s9': () => json(session({ id: 's9', title: 'From analytics' })),
      'GET /api/chat/sessions/s9/messages': () => json(page([message({ id: 'm9', content: 'a linked question' })])),
      'GET /api/chat/sessions/s9/events': () => json({ events: [] }),
    });
    renderChat(stomp, { openSessionId: 's9' });
    expect(await screen.findByText('a linked question')).toBeInTheDocument();
    expect(window.localStorage.getItem('gridsight.chat.session.w1')).toBe('s9');
  });
});
