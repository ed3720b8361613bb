import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, startHarness, type Harness } from '../support/botHarness';

/** A channel that accepts connections and never answers: what an unreachable firewall or a hung proxy looks like. */
async function silentChannel(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on: connections are refused at once. */
async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('a channel that cannot be reached', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness();
  });
  afterAll(async () => {
    await bot.close();
  });

  it('when the channel never answers, then the incoming POST is still answered within a few seconds, and shutdown waits for that turn', async () => {
    const own = await startHarness();
    const channel = await silentChannel();
    try {
      const started = Date.now();
      const status = await own.post(messageActivity(channel.url, 'what are the side effects', `conv-${randomUUID()}`));
      expect(status).toBe(202);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(own.logs.text).toMatch(/turn still running; answered 202/);
    } finally {
      await channel.close();
      await own.close();
    }
    // The turn went on after the 202 and ended (its sends failed once the channel hung up) before close() resolved.
    expect(own.logs.text).toMatch(/turn failed|could not send/);
  });

  it('when the channel refuses connections, then the turn gives up at once instead of retrying, and says so in the log', async () => {
    const status = await bot.post(messageActivity(await closedPortUrl(), 'what are the side effects', `conv-${randomUUID()}`));
    expect(status).toBe(200);
    // The turn ended (and logged its failure) before the POST was answered: no retries held it.
    expect(bot.logs.text).toMatch(/ECONNREFUSED/);
  });

  it('when the server runs, then idle keep-alive connections are kept longer than a typical proxy keeps them', () => {
    expect(bot.app.server.restify.server.keepAliveTimeout).toBe(65_000);
    expect(bot.app.server.restify.server.headersTimeout).toBeGreaterThan(65_000);
  });
});
