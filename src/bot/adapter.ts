import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { AppConfig } from '../core/config';
import { ClinicBotFrameworkAuthentication, ConnectorClientCache } from '../tuning';
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
