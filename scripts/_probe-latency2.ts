import { performance } from 'node:perf_hooks';
import { ReplyCollector, runConversations, patientConversations, spawnTarget } from './lib/loadDriver';
async function main() {
  const c = new ReplyCollector(); await c.start();
  const firstReply = new Map<string, number>();
  const anyc = c as unknown as { record: (conv: string, r: string | undefined, body: { replyToId?: string }) => void };
  const orig = anyc.record.bind(c);
  anyc.record = (conv, r, body) => { if (body.replyToId && !firstReply.has(body.replyToId)) firstReply.set(body.replyToId, performance.now()); orig(conv, r, body); };
  const bot = await spawnTarget(__dirname + '/bench-load.ts', [process.argv[2] ?? 'bot']);
  await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'w', concurrency: 10, conversations: patientConversations(60) });
  const t0 = performance.now();
  const starts = new Map<string, number>();
  const origExpect = c.expect.bind(c);
  c.expect = (id, conv) => { starts.set(id, performance.now()); origExpect(id, conv); };
  const slow: string[] = [];
  let n = 0;
  const res = await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: "l", concurrency: 50, conversations: patientConversations(200),
    onTurnTimed: (t) => { n++; if (t.ms > 800) slow.push(`${t.turnIndex} ${t.ms.toFixed(0)} ${t.text}`); } });
  const rows = [...starts].map(([id, s]) => ({ id, start: s - t0, reply: (firstReply.get(id) ?? NaN) - s }));
  rows.sort((a, b) => b.reply - a.reply);
  console.log(rows.slice(0, 15).map((r) => `${r.id} start=${r.start.toFixed(0)} firstReplyAfter=${r.reply.toFixed(0)}`).join('\n'));
  console.log(res.latency, res.turnsPerSecond);
  console.log(slow.slice(0, 20).join('\n'));
  await bot.close(); await c.close();
}
void main();
