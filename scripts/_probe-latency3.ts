import { performance } from 'node:perf_hooks';
import { Agent, request } from 'node:http';
import { ReplyCollector, runConversations, patientConversations, spawnTarget } from './lib/loadDriver';
const now = () => performance.timeOrigin + performance.now();
async function main() {
  const c = new ReplyCollector(); await c.start();
  const bot = await spawnTarget(__dirname + '/_probe-child.ts', []);
  await runConversations({ baseUrl: bot.baseUrl, collector: c, runLabel: 'w', concurrency: 10, conversations: patientConversations(60) });
  for (let k = 0; k < 2; k++) {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const t0 = now();
  const rec: { i: number; port?: number; connect?: number; done?: number }[] = [];
  await Promise.all(patientConversations(50, k * 50).map((conv, i) => new Promise<void>((resolve) => {
    const r: { i: number; port?: number; connect?: number; done?: number } = { i }; rec.push(r);
    const body = JSON.stringify({ type: 'message', id: `b${k}-${i}`, channelId: 'webchat', serviceUrl: c.url, from: { id: 'u' + i }, recipient: { id: 'bot' }, conversation: { id: `b${k}-c${i}` }, text: conv[0] });
    const req = request(bot.baseUrl + '/api/messages', { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', () => { r.done = now() - t0; resolve(); }); });
    req.on('socket', (s) => { s.on('connect', () => { r.connect = now() - t0; r.port = s.localPort; }); });
    req.end(body);
  })));
  const ev = await bot.call<Record<string, number[]>>('events');
  rec.sort((a, b) => (b.done ?? 0) - (a.done ?? 0));
  for (const r of rec.slice(0, 8)) console.log(r.i, 'connect', r.connect?.toFixed(0), 'server-conn', ((ev[`c${r.port}`]?.[0] ?? NaN) - t0).toFixed(0), 'server-req', ((ev[`r${r.port}`]?.[0] ?? NaN) - t0).toFixed(0), 'done', r.done?.toFixed(0));
  agent.destroy();
  }
  await bot.close(); await c.close();
}
void main();
