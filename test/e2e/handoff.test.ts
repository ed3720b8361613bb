import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, visibleText, type Harness } from '../support/botHarness';

describe('talking to a person', () => {
  let staff: Server;
  const received: Record<string, unknown>[] = [];
  let bot: Harness;

  beforeAll(async () => {
    staff = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(JSON.parse(body) as Record<string, unknown>);
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => staff.listen(0, '127.0.0.1', resolve));
    bot = await startHarness({ HANDOFF_WEBHOOK_URL: `http://127.0.0.1:${(staff.address() as AddressInfo).port}/handoff` });
  });
  afterAll(async () => {
    await bot.close();
    await new Promise<void>((resolve) => staff.close(() => resolve()));
  });

  it('when a patient asks for a human, then staff get a request without anything the patient wrote, and the patient is told what happens next', async () => {
    const replies = await bot.say('can i talk to a real person please, about my appointment on tuesday');
    const text = replies.map(visibleText).join('\n');
    expect(text).toMatch(/let our front desk know/);
    expect(text).toMatch(/\(555\) 555-0100/);
    expect(received).toHaveLength(1);
    expect(Object.keys(received[0]!).sort()).toEqual(['at', 'channel', 'conversationHash', 'intent', 'type']);
    expect(JSON.stringify(received[0])).not.toMatch(/tuesday|appointment|real person/i);
  });
});
