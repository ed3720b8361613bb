import { performance } from 'node:perf_hooks';
import { ReplyCollector, runConversations, patientConversations, spawnTarget, summarize } from './lib/loadDriver';
async function main() {
  const c = new ReplyCollector(); await c.start();
  const bot = await spawnTarget(__dirname + '/bench-load.ts', [process.argv[2] ?? 'bot']);
  console.log('idle', await bot.call('memory'));
  await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'w', concurrency: 10, conversations: patientConversations(60) });
  const t0 = performance.now();
  const buckets = new Map<number, number[]>(); const byTurn = new Map<number, number[]>();
  const r = await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'l', concurrency: Number(process.argv[3] ?? 50), conversations: patientConversations(200),
    onTurnTimed: (t) => { const b = Math.floor((performance.now() - t0) / 250); buckets.set(b, [...(buckets.get(b) ?? []), t.ms]); byTurn.set(t.turnIndex, [...(byTurn.get(t.turnIndex) ?? []), t.ms]); } });
  console.log(r.turnsPerSecond.toFixed(0), r.latency.p50.toFixed(1), r.latency.p99.toFixed(1));
  for (const [k, v] of buckets) { const s = summarize(v); console.log('t', k * 250, v.length, s.p50.toFixed(1), s.max.toFixed(1)); }
  for (const [k, v] of byTurn) { const s = summarize(v); console.log('turn', k, s.p50.toFixed(1), s.p99.toFixed(1)); }
  console.log('after', await bot.call('memory'));
  await bot.close(); await c.close();
}
void main();
