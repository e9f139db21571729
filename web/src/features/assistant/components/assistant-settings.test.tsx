import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aWorkspace, page } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import { aTurn, anAnalyticsReport, anIntent } from '../test-builders';
import type { AssistantIntent } from '../types';
import AssistantSettings from './assistant-settings';

vi.mock('@/components/chart/plotly-loader', () => ({
  loadPlotly: () => Promise.resolve({ react: async () => {}, purge: () => {}, Plots: { resize: () => {} } }),
}));

const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role: 'editor' });

const seeded = (): AssistantIntent[] => [
  anIntent(),
  anIntent({ name: 'greeting', command: null, description: 'Hello', examples: ['hi there', 'good morning'] }),
];

function renderPage(at = '/settings/assistant', workspace = team) {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderSignedIn(
    [
      { path: '/settings/assistant', element: <AssistantSettings /> },
      { path: '/chat', element: <p>Chat page</p> },
    ],
    { at, workspaceId: workspace.id },
  );
}

const routes = (intents: AssistantIntent[], workspace = team) => ({
  'GET /api/workspaces': () => json(page([aWorkspace(), workspace])),
  'GET /api/assistant/intents': () => json(intents),
  'GET /api/assistant/analytics': () => json(anAnalyticsReport()),
});

describe('Settings → Assistant', { timeout: 20_000 }, () => {
  it('editsAnIntentsExamplesAndSavesThemForTheWorkspace', async () => {
    let intents = seeded();
    const { requests } = mockFetch({
      ...routes(intents),
      'GET /api/assistant/intents': () => json(intents),
      'PUT /api/assistant/intents/chart': (request) => {
        const examples = (request.body as { examples: string[] }).examples;
        intents = [anIntent({ examples, edited: true, updatedAt: '2026-03-02T10:00:00Z' }), intents[1]];
        return json(intents[0]);
      },
    });
    renderPage();
    const list = await screen.findByRole('list', { name: 'Examples of chart' });
    expect(within(list).getAllByRole('textbox')).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Remove example 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add example' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Example 2' }), '  kWh per floor  ');
    await userEvent.click(screen.getByRole('button', { name: 'Save examples' }));

    expect(await screen.findByText(/Saved: the assistant learnt the new examples/)).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe('/api/assistant/intents/chart?workspaceId=w-team');
    expect(put.body).toEqual({ examples: ['show me revenue by store', 'kWh per floor'] });
    expect(await screen.findByRole('button', { name: 'Reset to seeded examples' })).toBeInTheDocument();
  });

  it('showsTheServersReasonWhenAnExampleBelongsToAnotherIntent', async () => {
    mockFetch({
      ...routes(seeded()),
      'PUT /api/assistant/intents/greeting': () =>
        problem(400, "the intent examples were not accepted: 'show me revenue by store' is an example of both 'chart' and 'greeting'"),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: /^greeting/ }));
    const example = screen.getByRole('textbox', { name: 'Example 1' });
    await userEvent.clear(example);
    await userEvent.type(example, 'show me revenue by store');
    await userEvent.click(screen.getByRole('button', { name: 'Save examples' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("is an example of both 'chart' and 'greeting'");
  });

  it('resetsAnEditedIntentToItsSeededExamples', async () => {
    let intents = [anIntent({ examples: ['my own words'], edited: true, updatedAt: '2026-03-02T10:00:00Z' }), seeded()[1]];
    const { requests } = mockFetch({
      ...routes(intents),
      'GET /api/assistant/intents': () => json(intents),
      'DELETE /api/assistant/intents/chart': () => {
        intents = seeded();
        return json(intents[0]);
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Reset to seeded examples' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Example 1' })).toHaveValue('plot electricity consumption over time'));
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/assistant/intents/chart?workspaceId=w-team']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reset to seeded examples' })).not.toBeInTheDocument());
  });

  it('letsViewersReadTheExamplesButNotChangeThem', async () => {
    const viewing = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role: 'viewer' });
    mockFetch(routes(seeded(), viewing));
    renderPage('/settings/assistant', viewing);

    const example = await screen.findByRole('textbox', { name: 'Example 1' });
    expect(example).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save examples' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove example/ })).not.toBeInTheDocument();
  });

  it('triesAnUtteranceAndShowsTheTopIntentsAgainstTheThreshold', async () => {
    const { requests } = mockFetch({
      ...routes(seeded()),
      'POST /api/assistant/intents/try': () =>
        json({
          top: [
            { intent: 'kpi', score: 0.62 },
            { intent: 'chart', score: 0.48 },
            { intent: 'refine', score: 0.3 },
            { intent: 'window', score: 0.21 },
            { intent: 'help', score: 0.1 },
          ],
          threshold: 0.25,
          fallback: false,
        }),
    });
    renderPage();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Utterance' }), 'total load last week');
    await userEvent.click(screen.getByRole('button', { name: 'Classify' }));

    const top = await screen.findByRole('list', { name: 'Top intents' });
    expect(within(top).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'kpi0.62',
      'chart0.48',
      'refine0.30',
      'window0.21',
      'help0.10',
    ]);
    expect(screen.getByText(/would act on “kpi” \(threshold 0.25\)/)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ utterance: 'total load last week' });
  });

  it('saysSoWhenTheUtteranceWouldFallBack', async () => {
    mockFetch({
      ...routes(seeded()),
      'POST /api/assistant/intents/try': () =>
        json({ top: [{ intent: 'out_of_scope', score: 0.4 }], threshold: 0.25, fallback: true }),
    });
    renderPage();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Utterance' }), 'book me a flight');
    await userEvent.click(screen.getByRole('button', { name: 'Classify' }));

    expect(await screen.findByText(/No intent is close enough/)).toBeInTheDocument();
  });
});

describe('Settings → Assistant, analytics', { timeout: 20_000 }, () => {
  it('showsRatesErrorsAndLatencyEachLinkingToItsTurns', async () => {
    mockFetch(routes(seeded()));
    renderPage();

    expect(await screen.findByRole('link', { name: 'Fallback rate: 20.0 %, show the turns' })).toHaveAttribute(
      'href',
      '/settings/assistant?from=2026-03-01&to=2026-03-03&turns=1&outcome=fallback#turns',
    );
    expect(screen.getByRole('link', { name: 'Clarification rate: 40.0 %, show the turns' })).toHaveAttribute(
      'href',
      expect.stringContaining('outcome=question'),
    );
    expect(screen.getByRole('link', { name: /Command errors: 3 in 2 turns/ })).toHaveAttribute(
      'href',
      expect.stringContaining('commandErrors=true'),
    );
    const latency = screen.getByRole('table', { name: 'Latency' });
    expect(within(latency).getByRole('row', { name: /Whole turn/ })).toHaveTextContent('120 ms480 ms610 ms');
    expect(within(latency).getByRole('row', { name: /Without commands/ })).toHaveTextContent('40 ms95 ms101 ms');
    const days = screen.getByRole('table', { name: 'Turns per day' });
    expect(within(days).getAllByRole('link').map((a) => a.textContent)).toEqual(['2026-03-01', '2026-03-03']);
    expect(within(screen.getByRole('table', { name: 'Turns per intent' })).getByRole('link', { name: 'no intent' })).toHaveAttribute(
      'href',
      expect.stringContaining('intent=none'),
    );
  });

  it('listsTheTurnsOfADayWithLinksToTheirConversations', async () => {
    const { requests } = mockFetch({
      ...routes(seeded()),
      'GET /api/assistant/turns': () =>
        json(
          page([
            aTurn(),
            aTurn({ id: 't2', sessionId: 's9', own: false, content: 'what is the peak', outcome: 'fallback', commandErrors: 2 }),
          ]),
        ),
    });
    renderPage('/settings/assistant?from=2026-03-01&to=2026-03-03&turns=1&day=2026-03-01');

    const table = await screen.findByRole('table', { name: 'Turns on 2026-03-01' });
    const mine = within(table).getByRole('row', { name: /load by building last week/ });
    expect(within(mine).getByRole('link', { name: 'Open' })).toHaveAttribute('href', '/chat?session=s1');
    const theirs = within(table).getByRole('row', { name: /what is the peak/ });
    expect(within(theirs).queryByRole('link')).not.toBeInTheDocument();
    expect(theirs).toHaveTextContent('2 command errors');
    const url = requests.find((r) => r.url.startsWith('/api/assistant/turns'))!.url;
    expect(url).toBe('/api/assistant/turns?workspaceId=w-team&from=2026-03-01&to=2026-03-03&day=2026-03-01&page=0&size=25');
  });

  it('showsTheServersDetailWhenTheWindowIsRefused', async () => {
    mockFetch({ ...routes(seeded()), 'GET /api/assistant/analytics': () => problem(400, 'a window is at most 366 days') });
    renderPage('/settings/assistant?from=2020-01-01&to=2026-03-01');

    expect(await screen.findByText('a window is at most 366 days')).toBeInTheDocument();
  });
});
