import type { AssistantAnalytics, AssistantIntent, AssistantTurn } from './types';

export function anIntent(overrides: Partial<AssistantIntent> = {}): AssistantIntent {
  return {
    name: 'chart',
    command: 'chart',
    description: 'Draw data: a breakdown, a trend, a comparison, a ranking',
    examples: ['plot electricity consumption over time', 'show me revenue by store'],
    edited: false,
    updatedAt: null,
    ...overrides,
  };
}

export function anAnalyticsReport(overrides: Partial<AssistantAnalytics> = {}): AssistantAnalytics {
  return {
    from: '2026-03-01',
    to: '2026-03-03',
    scope: 'workspace',
    turns: 5,
    truncated: false,
    turnsPerDay: [
      { day: '2026-03-01', turns: 3 },
      { day: '2026-03-02', turns: 0 },
      { day: '2026-03-03', turns: 2 },
    ],
    intents: [
      { intent: 'chart', turns: 3 },
      { intent: 'out_of_scope', turns: 1 },
      { intent: 'none', turns: 1 },
    ],
    fallbackRate: 0.2,
    clarificationRate: 0.4,
    commandErrors: 3,
    turnsWithCommandErrors: 2,
    latency: { p50: 120, p95: 480, p99: 610, count: 5 },
    engineLatency: { p50: 40, p95: 95, p99: 101, count: 5 },
    ...overrides,
  };
}

export function aTurn(overrides: Partial<AssistantTurn> = {}): AssistantTurn {
  return {
    id: 't1',
    sessionId: 's1',
    own: true,
    engine: 'builtin',
    content: 'load by building last week',
    intent: 'chart',
    intentScore: 0.61,
    outcome: 'answered',
    commandErrors: 0,
    latencyMs: 120,
    commandMs: 80,
    createdAt: '2026-03-01T08:00:00Z',
    ...overrides,
  };
}
