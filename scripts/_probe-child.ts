import { performance } from 'node:perf_hooks';
import { serveTarget, startClinicBot } from './lib/loadDriver';
import { createServer as realCreate } from 'node:http';
import http from 'node:http';
const events: Record<string, number[]> = {};
const now = () => performance.timeOrigin + performance.now();
const origCreate = http.createServer;
(http as unknown as { createServer: typeof realCreate }).createServer = ((...args: Parameters<typeof realCreate>) => {
  const s = (origCreate as (...a: unknown[]) => http.Server)(...args);
  s.prependListener('connection', (sock) => { (events[`c${sock.remotePort}`] ??= []).push(now()); });
  s.prependListener('request', (req) => { (events[`r${req.socket.remotePort}`] ??= []).push(now()); });
  return s;
}) as typeof realCreate;
serveTarget(() => startClinicBot(), { events: () => events });
