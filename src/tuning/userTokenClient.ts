import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { UserTokenClient, type ClaimsIdentity } from 'botframework-connector';

/**
 * Bot Framework authentication whose user-token client (OAuth sign-in, which this bot does not
 * offer) is built only when something first asks it for a token. CloudAdapter asks for one on
 * every turn, and building it builds a whole HTTP pipeline.
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
