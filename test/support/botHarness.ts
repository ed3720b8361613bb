import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { FakeConnector } from './fakeConnector';
import { REPO_ROOT } from './paths';
import { LogCapture } from './logCapture';

export { LogCapture };

export { REPO_ROOT };


export interface Harness {
  app: App;
  baseUrl: string;
  connector: FakeConnector;
  logs: LogCapture;
  /** POSTs an activity to /api/messages as a channel would; returns the HTTP status. */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<number>;
  /** Sends a user message and returns the bot's replies to it. */
  say(text: string, options?: { conversationId?: string; channelId?: string; extra?: Record<string, unknown> }): Promise<Array<Record<string, unknown> & { type: string; text?: string }>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Shared by several bots (restarts, scale-out), so one place records what the user saw; the caller closes it. */
  connector?: FakeConnector;
  /** Replaces the storage the app would build from config. */
  storage?: Storage;
}

export async function startHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const ownConnector = !options.connector;
  const connector = options.connector ?? new FakeConnector();
  if (ownConnector) await connector.start();
  const logs = new LogCapture();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', ...env }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
  const app = await createApp(config, { logDestination: logs, storage: options.storage });
  const port = await app.server.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;

  const post = async (activity: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const say: Harness['say'] = async (text, options = {}) => {
    const conversationId = options.conversationId ?? `conv-${randomUUID()}`;
    const before = connector.repliesTo(conversationId).length;
    const status = await post(messageActivity(connector.url, text, conversationId, options.channelId ?? 'webchat', options.extra));
    if (status !== 200) throw new Error(`bot answered HTTP ${status}`);
    return connector.repliesTo(conversationId).slice(before);
  };

  return {
    app,
    baseUrl,
    connector,
    logs,
    post,
    say,
    async close() {
      await app.server.close();
      if (ownConnector) await connector.close();
    },
  };
}

export function messageActivity(serviceUrl: string, text: string, conversationId: string, channelId = 'webchat', extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId,
    serviceUrl,
    from: { id: `user-${conversationId}`, name: 'Patient' },
    recipient: { id: 'bot', name: 'Clinic bot' },
    conversation: { id: conversationId },
    text,
    locale: 'en-US',
    ...extra,
  };
}

export function conversationUpdate(serviceUrl: string, conversationId: string, channelId = 'emulator', membersAdded = [{ id: `user-${conversationId}` }]) {
  return {
    type: 'conversationUpdate',
    id: `act-${randomUUID()}`,
    channelId,
    serviceUrl,
    from: { id: `user-${conversationId}` },
    recipient: { id: 'bot', name: 'Clinic bot' },
    conversation: { id: conversationId },
    membersAdded: [{ id: 'bot' }, ...membersAdded],
  };
}

/** All visible text of a reply: its text plus any card text, for assertions about what a user reads. */
export function visibleText(activity: Record<string, unknown>): string {
  return JSON.stringify({ text: activity.text, attachments: activity.attachments, suggestedActions: activity.suggestedActions });
}
