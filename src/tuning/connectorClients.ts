import type { ConnectorClient, ConnectorFactory } from 'botframework-connector';

/**
 * Connector clients (what sends replies to a channel), one per channel service URL and audience,
 * kept across turns. CloudAdapter builds a new client, HTTP pipeline and all, for every incoming
 * activity, a cost every turn pays (docs/performance.md); a client holds no per-turn state,
 * and the older BotFrameworkAdapter kept them the same way. The audience is part of the key
 * because it picks the credentials; the bot has one app id, which authentication has checked.
 * Bounded, least recently used first out: without credentials, any caller can name a service URL.
 */
export class ConnectorClientCache {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly capacity = 64) {}

  get size(): number {
    return this.clients.size;
  }

  /** A factory that hands out the kept client, creating it through `factory` the first time. */
  reusing(factory: ConnectorFactory): ConnectorFactory {
    return { create: (serviceUrl, audience) => this.client(factory, serviceUrl, audience) };
  }

  private client(factory: ConnectorFactory, serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${audience ?? ''} ${serviceUrl}`;
    let client = this.clients.get(key);
    if (client) {
      this.clients.delete(key);
    } else {
      client = factory.create(serviceUrl, audience).then(withoutRetries);
      // A failed creation (e.g. credentials unavailable) is not kept: the next turn tries again.
      client.catch(() => {
        if (this.clients.get(key) === client) this.clients.delete(key);
      });
      if (this.clients.size >= this.capacity) this.clients.delete(this.clients.keys().next().value as string);
    }
    this.clients.set(key, client);
    return client;
  }
}

/**
 * A connector client that fails at once when the channel cannot be reached. Azure's default retry
 * policy retries a refused connection or an unknown host for about 15 s, holding the channel's
 * request (and a crisis reply's second attempt, which safety makes itself) all that time.
 */
export function withoutRetries(client: ConnectorClient): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(options: { phase: 'Retry' }): unknown } } }).client?.pipeline;
  pipeline?.removePolicy({ phase: 'Retry' });
  return client;
}
