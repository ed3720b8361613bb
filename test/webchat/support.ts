import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify from 'restify';
import type { Activity } from 'botbuilder';
import { loadClinicProfile } from '../../src/core/clinic/profile';
import type { ClinicProfile } from '../../src/core/clinic/schema';
import { createLogger } from '../../src/logger';
import { registerWebChat, type WebChat, type WebChatDeps } from '../../src/webchat';
import { REPO_ROOT } from '../support/paths';
import { LogCapture as LogLines } from '../support/logCapture';

export { LogLines };


export function exampleClinic(): Promise<ClinicProfile> {
  return loadClinicProfile(path.join(REPO_ROOT, 'knowledge'));
}

export interface WebChatServer {
  baseUrl: string;
  logs: LogLines;
  webChat: WebChat;
  /** Activities the fake bot was given, in order. */
  received: Activity[];
  close(): Promise<void>;
}

export type TurnHandler = (activity: Activity, reply: (activity: Record<string, unknown>) => Promise<Response>) => Promise<void>;

/**
 * A fake bot that behaves like botbuilder on the wire: it answers by POSTing to the
 * activity's serviceUrl, to /v3/conversations/:id/activities/:replyToId.
 */
export const echoBot: TurnHandler = async (activity, reply) => {
  if (activity.type === 'event' && activity.name === 'webchat/join') {
    await reply({ type: 'message', text: 'Welcome! I am an automated assistant.' });
  } else if (activity.type === 'message') {
    await reply({ type: 'message', text: `You said: ${activity.text}` });
  }
};

export function replyThroughServiceUrl(activity: Activity) {
  return (body: Record<string, unknown>) =>
    fetch(`${activity.serviceUrl}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id ?? '')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, from: activity.recipient, recipient: activity.from, replyToId: activity.id }),
    });
}

export async function startWebChatServer(
  options: Partial<Omit<WebChatDeps, 'logger' | 'processActivity'>> & { bot?: TurnHandler; processActivity?: WebChatDeps['processActivity'] } = {},
): Promise<WebChatServer> {
  const logs = new LogLines();
  const logger = createLogger({ logLevel: 'debug' }, logs);
  const server = restify.createServer({ handleUncaughtExceptions: false });
  const received: Activity[] = [];
  const bot = options.bot ?? echoBot;
  const webChat = registerWebChat(server, {
    clinic: options.clinic ?? (await exampleClinic()),
    logger,
    ...options,
    processActivity:
      options.processActivity ??
      (async (activity) => {
        received.push(activity);
        await bot(activity, replyThroughServiceUrl(activity));
      }),
  });
  await new Promise<void>((resolve) => {
    server.server.listen(0, '127.0.0.1', () => resolve());
  });
  const baseUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    logs,
    webChat,
    received,
    async close() {
      await webChat.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.server.close(() => resolve());
      });
    },
  };
}

/** A Direct Line 3.0 client speaking REST, as Web Chat's DirectLineJS does when polling. */
export class DirectLineClient {
  conversationId = '';
  watermark = '';
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  static async start(baseUrl: string): Promise<DirectLineClient & { userId: string }> {
    const session = (await (await fetch(`${baseUrl}/api/directline/token`)).json()) as { token: string; domain: string; userId: string };
    const client = Object.assign(new DirectLineClient(baseUrl, session.token), { userId: session.userId });
    const opened = await client.request('POST', '/v3/directline/conversations', { user: { id: 'someone-else' } });
    if (opened.status !== 201) throw new Error(`opening the conversation answered ${opened.status}`);
    client.conversationId = ((await opened.json()) as { conversationId: string }).conversationId;
    return client;
  }

  request(method: string, pathname: string, body?: unknown, token: string = this.token): Promise<Response> {
    return fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  post(activity: Record<string, unknown>): Promise<Response> {
    return this.request('POST', `/v3/directline/conversations/${this.conversationId}/activities`, activity);
  }

  async poll(): Promise<Array<Record<string, unknown> & { id: string; type: string; text?: string }>> {
    const response = await this.request('GET', `/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
    if (response.status !== 200) throw new Error(`polling answered ${response.status}`);
    const page = (await response.json()) as { activities: Array<Record<string, unknown> & { id: string; type: string; text?: string }>; watermark: string };
    this.watermark = page.watermark;
    return page.activities;
  }

  /** Polls until `count` activities arrived from the bot (or gives up after `ms`). */
  async botActivities(count: number, ms = 5000): Promise<Array<Record<string, unknown> & { id: string; type: string; text?: string }>> {
    const seen: Array<Record<string, unknown> & { id: string; type: string; text?: string }> = [];
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      seen.push(...(await this.poll()).filter((activity) => (activity.from as { role?: string } | undefined)?.role !== 'user'));
      if (seen.length >= count) return seen;
    }
    return seen;
  }
}
