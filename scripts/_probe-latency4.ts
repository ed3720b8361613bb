import { Agent } from 'node:http';
import { ReplyCollector, runConversations, patientConversations, spawnTarget } from './lib/loadDriver';
async function main() {
  const c = new ReplyCollector(); await c.start();
  const bot = await spawnTarget(__dirname + '/bench-load.ts', [process.argv[2] ?? 'bot']);
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'w', concurrency: 50, agent, conversations: patientConversations(60) });
  for (let k = 0; k < 4; k++) {
    const res = await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'l' + k, concurrency: 50, agent, conversations: patientConversations(200) });
    const cold = await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'cold' + k, concurrency: 50, conversations: patientConversations(200) });
    console.log('warm', res.turnsPerSecond.toFixed(0), res.latency.p50.toFixed(1), res.latency.p99.toFixed(1), res.latency.max.toFixed(0), ' cold', cold.turnsPerSecond.toFixed(0), cold.latency.p50.toFixed(1), cold.latency.p99.toFixed(1), cold.latency.max.toFixed(0));
  }
  agent.destroy();
  await bot.close(); await c.close();
}
void main();
