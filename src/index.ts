import path from 'node:path';
import { config as loadDotEnv } from 'dotenv';
import { ConfigError, loadConfig } from './core/config';
import { createApp } from './app';

/** The only place that reads the environment, listens, and handles signals. */
async function main(): Promise<void> {
  loadDotEnv({ quiet: true });
  const config = loadConfig(process.env, { knowledgeDir: path.resolve('knowledge') });
  const app = await createApp(config);
  const port = await app.server.listen(config.port);
  app.logger.info({ port, env: config.env, auth: config.botAuth.appId ? 'bot-framework-jwt' : 'none (local Emulator only)' }, `bot listening on http://localhost:${port}/api/messages`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping: finishing turns in flight');
    void app.server.close().then(() => {
      app.logger.info('stopped');
      app.logger.flush();
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Start-up failures (bad config, invalid knowledge base) name what to fix; no patient data exists yet.
  const message = error instanceof ConfigError || (error instanceof Error && error.name === 'KnowledgeBaseError') ? error.message : String(error instanceof Error ? error.stack : error);
  console.error(`The bot could not start.\n${message}`);
  process.exit(1);
});
