import { describe, expect, it, vi } from 'vitest';
import { fakeStompClient as fakeClient } from '@/test/fake-stomp';
import { LiveConnection, liveUrl } from './live-connection';

describe('live connection', () => {
  it('usesTheSameOriginLiveEndpoint', () => {
    expect(liveUrl({ protocol: 'https:', host: 'grid.example:8443' })).toBe('wss://grid.example:8443/api/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/api/live');
  });

  it('subscribesOncePerDatasetAndDeliversAppends', () => {
    const fake = fakeClient();
    const live = new LiveConnection(() => fake.client);
    const a = vi.fn();
    const b = vi.fn();
    live.watch('d1', a);
    live.watch('d1', b);
    fake.connect();
    expect(fake.client.subscribe).toHaveBeenCalledTimes(1);
    fake.handlers.get('/topic/datasets.d1')!({ body: '{"datasetId":"d1","dataVersion":4,"rowsAppended":2}' });
    expect(a).toHaveBeenCalledWith({ datasetId: 'd1', dataVersion: 4, rowsAppended: 2 });
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('resubscribesAndTellsWatchersAfterAReconnect', () => {
    const fake = fakeClient();
    const live = new LiveConnection(() => fake.client);
    const listener = vi.fn();
    live.watch('d1', listener);
    fake.connect();
    fake.connect();
    expect(fake.client.subscribe).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledWith({ datasetId: 'd1', reconnected: true });
  });

  it('closesWithTheLastWatcher', () => {
    const fake = fakeClient();
    const live = new LiveConnection(() => fake.client);
    const stop = live.watch('d1', () => {});
    fake.connect();
    stop();
    expect(fake.client.deactivate).toHaveBeenCalled();
    expect(live.status).toBe('idle');
  });

  it('followsAnyTopicAndTellsItsWatcherEachTimeItIsSubscribed', () => {
    const fake = fakeClient();
    const live = new LiveConnection(() => fake.client);
    const onMessage = vi.fn();
    const onSubscribed = vi.fn();
    const stop = live.watchTopic('/topic/chat.sessions.s1', { onMessage, onSubscribed });
    expect(onSubscribed).not.toHaveBeenCalled();
    fake.connect();
    expect(onSubscribed).toHaveBeenCalledTimes(1);
    fake.handlers.get('/topic/chat.sessions.s1')!({ body: '{"seq":3}' });
    fake.handlers.get('/topic/chat.sessions.s1')!({ body: 'not json' });
    expect(onMessage).toHaveBeenCalledTimes(1);
    expect(onMessage).toHaveBeenCalledWith({ seq: 3 });
    fake.connect();
    expect(onSubscribed).toHaveBeenCalledTimes(2);
    stop();
    expect(fake.client.deactivate).toHaveBeenCalled();
  });

  it('keepsTheConnectionWhileATopicOrADatasetIsWatched', () => {
    const fake = fakeClient();
    const live = new LiveConnection(() => fake.client);
    const stopDataset = live.watch('d1', () => {});
    const stopTopic = live.watchTopic('/topic/chat.sessions.s1', { onMessage: () => {} });
    fake.connect();
    stopDataset();
    expect(fake.client.deactivate).not.toHaveBeenCalled();
    stopTopic();
    expect(fake.client.deactivate).toHaveBeenCalled();
  });
});
