import { vi } from 'vitest';
import type { StompLike } from '@/features/dashboard/live/live-connection';

/**
 * A STOMP client a test drives: `connect()` (again for a reconnect) runs its onConnect, and
 * `handlers` holds each subscribed destination's handler, to deliver messages by hand.
 */
export function fakeStompClient() {
  const handlers = new Map<string, (m: { body: string }) => void>();
  const client = {
    connected: false,
    activate: vi.fn(),
    deactivate: vi.fn(async () => {}),
    subscribe: vi.fn((destination: string, handler: (m: { body: string }) => void) => {
      handlers.set(destination, handler);
      return { id: destination, unsubscribe: vi.fn(() => handlers.delete(destination)) };
    }),
    onConnect: () => {},
    onWebSocketClose: () => {},
    onStompError: () => {},
  };
  const connect = () => {
    client.connected = true;
    (client.onConnect as () => void)();
  };
  return { client: client as unknown as StompLike & typeof client, handlers, connect };
}
