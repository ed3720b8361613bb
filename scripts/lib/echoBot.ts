/**
 * The baseline for the load benchmark: the smallest botbuilder bot there is (the SDK's echo
 * sample). CloudAdapter and restify like the clinic bot, but no middleware, no state, no logging:
 * the difference between the two is what our own pipeline costs a turn.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityHandler, ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type Activity } from 'botbuilder';
import { ClinicAdapter } from '../../src/bot/adapter';
import { ClinicBotFrameworkAuthentication } from '../../src/tuning';

export interface EchoBotServer {
  port: number;
  close(): Promise<void>;
}

export async function startEchoBot(): Promise<EchoBotServer> {
  // No app id: unauthenticated, as Bot Framework Emulator talks to a bot on a developer's machine.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(MessageFactory.text(context.activity.text ?? ''));
    await next();
  });

  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return listen(server);
}

/**
 * Not a baseline for the goal: the echo bot given the shortcuts through botbuilder that the
 * clinic bot takes (src/bot/adapter.ts, src/bot/clinicBot.ts): connector clients kept across
 * turns, no user-token client unless asked for, a plain function instead of ActivityHandler.
 * The clinic bot's difference from this one is the cost of its own work alone.
 */
export async function startLeanEchoBot(): Promise<EchoBotServer> {
  const adapter = new ClinicAdapter(new ClinicBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    const response = await adapter.handleActivity(req.body as Activity, authHeader, async (context) => {
      if (context.activity.type === (ActivityTypes.Message as string)) await context.sendActivity(MessageFactory.text(context.activity.text ?? ''));
    });
    res.send(response.status);
  });
  return listen(server);
}

async function listen(server: restify.Server): Promise<EchoBotServer> {
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}
