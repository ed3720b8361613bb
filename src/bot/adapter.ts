import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { UserTokenClient, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type ConnectorFactory } from 'botframework-connector';
import type { AppConfig } from '../core/config';
import { useTurnPipeline, type TurnPipeline } from './pipeline';

/** What to answer the channel's HTTP request with. */
export interface ActivityResponse {
  status: number;
  body?: unknown;
}

/**
 * CloudAdapter, with authentication that fails closed: any request whose token cannot be
 * verified (forged, expired, or the identity service unreachable) gets 401 and no turn runs.
 * CloudAdapter.process answers some of those with 500 and prints the error to the console.
 */
export class ClinicAdapter extends CloudAdapter {
  readonly connectorClients = new ConnectorClientCache();

  async handleActivity(activity: Activity, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<ActivityResponse> {
    let auth: AuthenticateRequestResult;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch {
      return { status: 401 };
    }
    if (auth.connectorFactory) auth = { ...auth, connectorFactory: this.connectorClients.reusing(auth.connectorFactory) };
    const invokeResponse = await this.processActivity(auth, activity, logic);
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  }
}

/**
 * Connector clients (what sends replies to a channel), one per channel service URL and audience,
 * kept across turns. CloudAdapter builds a new client, HTTP pipeline and all, for every incoming
 * activity, which costs each turn about a tenth of a millisecond; a client holds no per-turn state,
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

/**
 * Bot Framework authentication whose user-token client (OAuth sign-in, which this bot does not
 * offer) is built only when something first asks it for a token. CloudAdapter asks for one on
 * every turn, and building it builds a whole HTTP pipeline: about a twentieth of a millisecond.
 */
export class ClinicBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return Promise.resolve(new LazyUserTokenClient(() => super.createUserTokenClient(claimsIdentity)));
  }
}

/** Creates the real client on first use, then hands every call to it. */
export class LazyUserTokenClient extends UserTokenClient {
  private client?: Promise<UserTokenClient>;

  constructor(private readonly create: () => Promise<UserTokenClient>) {
    super();
  }

  private real(): Promise<UserTokenClient> {
    return (this.client ??= this.create());
  }

  async getUserToken(...args: Parameters<UserTokenClient['getUserToken']>) {
    return (await this.real()).getUserToken(...args);
  }

  async getSignInResource(...args: Parameters<UserTokenClient['getSignInResource']>) {
    return (await this.real()).getSignInResource(...args);
  }

  async signOutUser(...args: Parameters<UserTokenClient['signOutUser']>) {
    return (await this.real()).signOutUser(...args);
  }

  async getTokenStatus(...args: Parameters<UserTokenClient['getTokenStatus']>) {
    return (await this.real()).getTokenStatus(...args);
  }

  async getAadTokens(...args: Parameters<UserTokenClient['getAadTokens']>) {
    return (await this.real()).getAadTokens(...args);
  }

  async exchangeToken(...args: Parameters<UserTokenClient['exchangeToken']>) {
    return (await this.real()).exchangeToken(...args);
  }
}

/**
 * The Bot Framework adapter with JWT auth from the standard Microsoft* variables. With no
 * MicrosoftAppId the bot accepts unauthenticated requests, which is what Bot Framework
 * Emulator sends on a developer's machine.
 */
export function createAdapter(botAuth: AppConfig['botAuth'], pipeline: TurnPipeline): ClinicAdapter {
  const auth = new ClinicBotFrameworkAuthentication({
    MicrosoftAppId: botAuth.appId,
    MicrosoftAppPassword: botAuth.appPassword,
    MicrosoftAppType: botAuth.appType,
    MicrosoftAppTenantId: botAuth.tenantId,
  });
  return useTurnPipeline(new ClinicAdapter(auth), pipeline);
}
