// TEMPORARY (webchat helper): wires registerWebChat until the lead's harness does. Deleted before the report.
import path from 'node:path';
import { buildBot } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createServer } from '../../src/server';
import { registerWebChat } from '../../src/webchat';
import { LogCapture, REPO_ROOT } from '../support/botHarness';
export { REPO_ROOT };

export async function startHarness() {
  const logs = new LogCapture();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
  const { logger, services, adapter, bot, entries } = await buildBot(config, { logDestination: logs });
  const server = createServer({ logger, adapter, maxBodyBytes: config.maxBodyBytes, onTurn: (c) => bot.run(c), health: () => ({ knowledgeEntries: entries.length }), ready: async () => true });
  const webChat = registerWebChat(server.restify, { clinic: services.clinic, logger, processActivity: (activity) => adapter.processActivityDirect('', activity, (context) => bot.run(context)) });
  const port = await server.listen(0, '127.0.0.1');
  return { baseUrl: `http://127.0.0.1:${port}`, logs, async close() { await webChat.close(); await server.close(); } };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;
