import { Client } from '@stomp/stompjs';
import type { IMessage, StompSubscription } from '@stomp/stompjs';

/** What the server sends on `/topic/datasets.<datasetId>` after rows were appended. */
export type DatasetAppended = { datasetId: string; dataVersion: number; rowsAppended: number };

export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting';

/** A watcher of one topic of {@link LiveConnection.watchTopic}. */
export type TopicWatcher = { onMessage: (body: unknown) => void; onSubscribed?: () => void };

type Listener = (event: DatasetAppended | { datasetId: string; reconnected: true }) => void;

/** The minimum of a STOMP client this connection uses, so tests can hand in a fake. */
export type StompLike = Pick<Client, 'activate' | 'deactivate' | 'subscribe' | 'connected'> & {
  onConnect: Client['onConnect'];
  onWebSocketClose: Client['onWebSocketClose'];
  onStompError: Client['onStompError'];
};

export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`;
}

const defaultClient = (): StompLike =>
  new Client({
    brokerURL: liveUrl(),
    // the session cookie goes with the handshake (same origin); nothing else to send
    reconnectDelay: 3_000,
    heartbeatIncoming: 20_000,
    heartbeatOutgoing: 20_000,
  });

/**
 * One STOMP connection for the page: subscriptions are counted per dataset, opened on the
 * first watcher and closed with the last; after a reconnect every topic is subscribed again
 * and every watcher told, since appends during the gap were missed.
 */
export class LiveConnection {
  private client: StompLike | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly subscriptions = new Map<string, StompSubscription>();
  private readonly topics = new Map<string, Set<TopicWatcher>>();
  private readonly topicSubscriptions = new Map<string, StompSubscription>();
  private connectedOnce = false;
  private statusListeners = new Set<(status: LiveStatus) => void>();
  status: LiveStatus = 'idle';

  constructor(private readonly createClient: () => StompLike = defaultClient) {}

  watch(datasetId: string, listener: Listener): () => void {
    let set = this.listeners.get(datasetId);
    if (!set) {
      set = new Set();
      this.listeners.set(datasetId, set);
    }
    set.add(listener);
    this.ensureClient();
    if (this.client?.connected) this.subscribe(datasetId);
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      this.listeners.delete(datasetId);
      this.subscriptions.get(datasetId)?.unsubscribe();
      this.subscriptions.delete(datasetId);
      if (this.listeners.size === 0 && this.topics.size === 0) this.close();
    };
  }

  /**
   * Follows any topic on the same connection (the chat's `/topic/chat.sessions.<id>`):
   * `onMessage` gets each parsed body; `onSubscribed` runs each time the topic is subscribed,
   * the first time and after every reconnect, so the watcher can ask for what it missed.
   */
  watchTopic(destination: string, watcher: TopicWatcher): () => void {
    let set = this.topics.get(destination);
    if (!set) {
      set = new Set();
      this.topics.set(destination, set);
    }
    set.add(watcher);
    this.ensureClient();
    if (this.client?.connected) {
      if (this.topicSubscriptions.has(destination)) watcher.onSubscribed?.();
      else this.subscribeTopic(destination);
    }
    return () => {
      set.delete(watcher);
      if (set.size > 0) return;
      this.topics.delete(destination);
      this.topicSubscriptions.get(destination)?.unsubscribe();
      this.topicSubscriptions.delete(destination);
      if (this.listeners.size === 0 && this.topics.size === 0) this.close();
    };
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  close() {
    const client = this.client;
    this.client = null;
    this.subscriptions.clear();
    this.topicSubscriptions.clear();
    this.connectedOnce = false;
    this.setStatus('idle');
    void client?.deactivate();
  }

  private ensureClient() {
    if (this.client) return;
    const client = this.createClient();
    this.client = client;
    this.setStatus('connecting');
    client.onConnect = () => {
      const reconnected = this.connectedOnce;
      this.connectedOnce = true;
      this.subscriptions.clear();
      for (const datasetId of this.listeners.keys()) this.subscribe(datasetId);
      this.topicSubscriptions.clear();
      for (const destination of this.topics.keys()) this.subscribeTopic(destination);
      this.setStatus('live');
      if (reconnected) {
        for (const [datasetId, set] of this.listeners) set.forEach((l) => l({ datasetId, reconnected: true }));
      }
    };
    client.onWebSocketClose = () => {
      if (this.client === client) this.setStatus('reconnecting');
    };
    client.onStompError = () => {
      if (this.client === client) this.setStatus('reconnecting');
    };
    client.activate();
  }

  private subscribe(datasetId: string) {
    if (!this.client || this.subscriptions.has(datasetId)) return;
    const subscription = this.client.subscribe(`/topic/datasets.${datasetId}`, (message: IMessage) => {
      let event: DatasetAppended;
      try {
        event = JSON.parse(message.body) as DatasetAppended;
      } catch {
        event = { datasetId, dataVersion: 0, rowsAppended: 0 };
      }
      this.listeners.get(datasetId)?.forEach((l) => l(event));
    });
    this.subscriptions.set(datasetId, subscription);
  }

  private subscribeTopic(destination: string) {
    if (!this.client || this.topicSubscriptions.has(destination)) return;
    const subscription = this.client.subscribe(destination, (message: IMessage) => {
      let body: unknown;
      try {
        body = JSON.parse(message.body);
      } catch {
        return; // not JSON: nothing a watcher could use
      }
      this.topics.get(destination)?.forEach((w) => w.onMessage(body));
    });
    this.topicSubscriptions.set(destination, subscription);
    this.topics.get(destination)?.forEach((w) => w.onSubscribed?.());
  }

  private setStatus(status: LiveStatus) {
    this.status = status;
    this.statusListeners.forEach((l) => l(status));
  }
}
