/**
 * Load driver shared by the benchmarks (bench:load, bench:memory, bench:turn): drives a bot's /api/messages with many concurrent
 * conversations over keep-alive HTTP, and stands in for the channel's Bot Connector so that every
 * reply the bot POSTs back is counted and checked against the turn it answers.
 *
 * The bot under test runs in a child process (see spawnTarget / serveTarget): the driver and the
 * connector then get their own core, and their work (building requests, parsing replies) is not
 * charged to the bot's latency or memory.
 */
export * from './messages';
export * from './connector';
export * from './driver';
export * from './target';
export * from './clinicBot';
