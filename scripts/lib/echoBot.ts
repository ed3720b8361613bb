/**
 * The baseline for the load benchmark: the smallest botbuilder bot there is (the SDK's echo
 * sample). CloudAdapter and restify like the clinic bot, but no middleware, no state, no logging:
 * the difference between the two is what our own pipeline costs a turn.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

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
