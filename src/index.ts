import path from 'node:path';
import { config as loadDotEnv } from 'dotenv';
import { ConfigError, loadConfig } from './core/config';
import { warmUpClassifier } from './core/safety/classifier';
import { isLoopback, startupSummary } from './core/startupSummary';
import { createApp } from './app';
import { PortInUseError } from './server';

/** The only place that reads the environment, listens, and handles signals. */
async function main(): Promise<void> {
  loadDotEnv({ quiet: true });
  const config = loadConfig(process.env, { knowledgeDir: path.resolve('knowledge') });
  const app = await createApp(config);
  warmUpClassifier();
  const port = await app.server.listen(config.port, config.host);
  const summary = startupSummary(config, { port, ...app.facts });
  app.logger.info(config.logFormat === 'json' ? { on: summary.on } : {}, summary.text);
  if (!config.botAuth.appId && !isLoopback(config.host)) {
    app.logger.warn({ host: config.host }, 'no MicrosoftAppId: anyone who can reach this address can talk to the bot without a token');
  }

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
  // Start-up failures (bad config, invalid knowledge base, busy port) name what to fix; no patient data exists yet.
  const known = error instanceof ConfigError || error instanceof PortInUseError || (error instanceof Error && error.name === 'KnowledgeBaseError');
  const message = known ? error.message : String(error instanceof Error ? error.stack : error);
  console.error(`The bot could not start.\n${message}`);
  process.exit(1);
});
