import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Storage, StoreItems } from 'botbuilder';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config';
import { createStorage } from '../../src/storage/createStorage';
import { startAzurite, type Azurite } from '../support/azurite';
import { LogCapture, REPO_ROOT, conversationUpdate, messageActivity, startHarness, visibleText, type Harness } from '../support/botHarness';
import { FakeConnector } from '../support/fakeConnector';

type Activity = Record<string, unknown> & { type: string; text?: string };

const TIMEOUT_MS = 1500;
/** A question the knowledge base answers with "did you mean" and several options. */
const AMBIGUOUS_QUESTION = 'effects??';
const CLEAR_QUESTION = 'what does a session feel like';
const CRISIS_MESSAGE = 'i want to kill myself';

function blobEnv(connectionString: string): Record<string, string> {
  return { STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString, OUTBOUND_TIMEOUT_MS: String(TIMEOUT_MS) };
}

/** The entry ids a "did you mean" reply offers, in the order the patient sees them. */
function offeredEntryIds(replies: Activity[]): string[] {
  const menu = replies.find((reply) => /did you mean/i.test(reply.text ?? ''));
  const actions = (menu?.suggestedActions as { actions?: Array<{ value: string; title: string }> } | undefined)?.actions ?? [];
  return actions.filter((action) => !/none of these/i.test(action.title)).map((action) => action.value);
}

/** The knowledge entry an answer came from (its card's "was this helpful" buttons carry the id). */
function answeredEntryId(replies: Activity[]): string | undefined {
  for (const reply of replies) {
    const match = /\\?"entryId\\?":\\?"([^"\\]+)/.exec(visibleText(reply));
    if (match) return match[1];
  }
  return undefined;
}

/** A reply besides the answer itself that gives the crisis line: the crisis-aware footer. */
function hasCrisisReminder(replies: Activity[]): boolean {
  return replies.some((reply) => reply.type === 'message' && answeredEntryId([reply]) === undefined && /988/.test(visibleText(reply)));
}

/** Every file Azurite keeps, as text: blob contents are stored in them verbatim. */
async function readEverythingStored(location: string): Promise<string> {
  const files = await readdir(location, { recursive: true, withFileTypes: true });
  const contents = await Promise.all(files.filter((file) => file.isFile()).map((file) => readFile(path.join(file.parentPath, file.name), 'utf8')));
  return contents.join('\n');
}

async function readiness(bot: Harness): Promise<number> {
  const response = await fetch(`${bot.baseUrl}/readyz`);
  await response.arrayBuffer();
  return response.status;
}

function isApology(replies: Activity[]): boolean {
  return replies.some((reply) => /something went wrong on our side/i.test(reply.text ?? ''));
}

describe('conversation state in Azure Blob Storage, over HTTP', () => {
  let azurite: Azurite;
  let connector: FakeConnector;
  const bots: Harness[] = [];

  async function startBot(env: Record<string, string> = {}, storage?: Storage): Promise<Harness> {
    const bot = await startHarness({ ...blobEnv(azurite.connectionString), ...env }, { connector, storage });
    bots.push(bot);
    return bot;
  }

  async function stopBot(bot: Harness): Promise<void> {
    bots.splice(bots.indexOf(bot), 1);
    await bot.close();
  }

  beforeAll(async () => {
    azurite = await startAzurite();
    connector = new FakeConnector();
    await connector.start();
  });
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((bot) => bot.close()));
  });
  afterAll(async () => {
    await connector?.close();
    await azurite?.dispose();
  });

  it('a patient choosing from "did you mean" gets the option they picked even though the bot restarted in between', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const before = await startBot();
    const offered = offeredEntryIds(await before.say(AMBIGUOUS_QUESTION, { conversationId }));
    expect(offered.length).toBeGreaterThanOrEqual(2);
    await stopBot(before);

    const after = await startBot();
    expect(answeredEntryId(await after.say('2', { conversationId }))).toBe(offered[1]);
  });

  it('a patient halfway through the first-visit guide carries on from the same step after a restart', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const stepShown = (replies: Activity[]) => /step (\d+) of \d+/i.exec(replies.map((reply) => reply.text ?? '').join('\n'))?.[1];
    const before = await startBot();
    expect(stepShown(await before.say('first visit guide', { conversationId }))).toBe('1');
    expect(stepShown(await before.say('next', { conversationId }))).toBe('2');
    await stopBot(before);

    const after = await startBot();
    expect(stepShown(await after.say('next', { conversationId }))).toBe('3');
    expect(stepShown(await after.say('back', { conversationId }))).toBe('2');
  });

  it('what is stored for a conversation waiting on the patient never contains the words they wrote', async () => {
    const bot = await startBot();
    // Each conversation is left waiting on the patient: a "did you mean" and a question typed inside the guide.
    const pending = [
      { conversationId: `conv-${randomUUID()}`, menuPicks: [], patientWords: AMBIGUOUS_QUESTION },
      { conversationId: `conv-${randomUUID()}`, menuPicks: ['first visit guide'], patientWords: 'my sister said ketamine' },
    ];
    for (const { conversationId, menuPicks, patientWords } of pending) {
      for (const pick of menuPicks) await bot.say(pick, { conversationId });
      await bot.say(patientWords, { conversationId });
    }
    const stored = (await readEverythingStored(azurite.location)).toLowerCase();
    expect(stored).toContain('dialogstack');
    for (const { patientWords } of pending) expect(stored).not.toContain(patientWords.toLowerCase());
  });

  it('two instances serving one conversation in turns: one welcome, and each continues what the other started', async () => {
    const [a, b] = [await startBot(), await startBot()];
    const conversationId = `conv-${randomUUID()}`;

    expect(await a.post(conversationUpdate(connector.url, conversationId, 'webchat'))).toBe(200);
    expect(await b.post({ ...conversationUpdate(connector.url, conversationId, 'webchat'), type: 'event', name: 'webchat/join', membersAdded: undefined })).toBe(200);
    expect(connector.repliesTo(conversationId).filter((reply) => /automated assistant/i.test(reply.text ?? ''))).toHaveLength(1);

    for (const [asker, chooser, pick] of [
      [b, a, 2],
      [a, b, 1],
      [b, a, 2],
    ] as const) {
      const offered = offeredEntryIds(await asker.say(AMBIGUOUS_QUESTION, { conversationId }));
      expect(offered.length).toBeGreaterThanOrEqual(pick);
      expect(answeredEntryId(await chooser.say(String(pick), { conversationId }))).toBe(offered[pick - 1]);
    }
    const clear = await b.say(CLEAR_QUESTION, { conversationId });
    expect(answeredEntryId(clear)).toBeDefined();
    expect(isApology(clear)).toBe(false);
  });

  describe('two turns of one conversation at the same moment on two instances', () => {
    it.each([
      ['the crisis turn saves first', ['crisis', 'question'] as const],
      ['the question turn saves first', ['question', 'crisis'] as const],
    ])('%s: both get 200 and a reply, and the crisis is still remembered afterwards', async (_name, saveOrder) => {
      const gate = new SimultaneousTurns(saveOrder);
      const storageLogs = new LogCapture();
      const config = loadConfig({ NODE_ENV: 'test', ...blobEnv(azurite.connectionString) }, { knowledgeDir: REPO_ROOT });
      const instanceStorage = () => createStorage(config, pino({ level: 'info' }, storageLogs));
      const crisisBot = await startBot({}, gate.wrap('crisis', instanceStorage()));
      const questionBot = await startBot({}, gate.wrap('question', instanceStorage()));
      const conversationId = `conv-${randomUUID()}`;

      // Mid-dialog, and a control: a normal answer carries no crisis reminder yet.
      offeredEntryIds(await questionBot.say(AMBIGUOUS_QUESTION, { conversationId }));
      expect(hasCrisisReminder(await questionBot.say(AMBIGUOUS_QUESTION, { conversationId }))).toBe(false);

      gate.arm();
      const crisis = messageActivity(connector.url, CRISIS_MESSAGE, conversationId);
      const question = messageActivity(connector.url, CLEAR_QUESTION, conversationId);
      const statuses = await Promise.all([crisisBot.post(crisis), questionBot.post(question)]);
      expect(statuses).toEqual([200, 200]);
      expect(gate.raced()).toBe(true);

      const repliesTo = (activity: { id: string }) => connector.received.filter((r) => r.replyToId === activity.id).map((r) => r.activity);
      expect(repliesTo(crisis).some((reply) => /988/.test(visibleText(reply)))).toBe(true);
      expect(answeredEntryId(repliesTo(question))).toBeDefined();
      expect(storageLogs.text).toContain('merged their state');

      for (const bot of [crisisBot, questionBot]) {
        const next = await bot.say(CLEAR_QUESTION, { conversationId });
        expect(answeredEntryId(next)).toBeDefined();
        expect(hasCrisisReminder(next)).toBe(true);
      }
    });
  });

  describe('when storage fails', () => {
    it('mid-conversation: an apology with the clinic phone, crisis help still given, and normal answers once storage is back', async () => {
      const bot = await startBot();
      const phone = bot.app.clinic.phone;
      const conversationId = `conv-${randomUUID()}`;
      expect(answeredEntryId(await bot.say(CLEAR_QUESTION, { conversationId }))).toBeDefined();
      expect(await readiness(bot)).toBe(200);

      await azurite.stop();
      try {
        expect(await readiness(bot)).toBe(503);
        const started = Date.now();
        const during = await bot.say(CLEAR_QUESTION, { conversationId });
        const apologyMs = Date.now() - started;
        expect(isApology(during)).toBe(true);
        expect(JSON.stringify(during)).toContain(phone);
        expect(apologyMs).toBeLessThan(3 * TIMEOUT_MS);

        const crisis = await bot.say(CRISIS_MESSAGE, { conversationId });
        expect(crisis.some((reply) => /988/.test(visibleText(reply)))).toBe(true);
        expect(isApology(crisis)).toBe(false);
      } finally {
        await azurite.restart();
      }

      expect(await readiness(bot)).toBe(200);
      const afterwards = await bot.say(CLEAR_QUESTION, { conversationId });
      expect(isApology(afterwards)).toBe(false);
      expect(answeredEntryId(afterwards)).toBeDefined();
      expect(bot.logs.text).toContain('conversation storage unavailable');
      expect(bot.logs.text).not.toMatch(/kill myself|session feel like/);
    });

    it('at start-up: the bot starts, apologises, and answers normally once storage comes up', async () => {
      await azurite.stop();
      const conversationId = `conv-${randomUUID()}`;
      const bot = await startBot({ BLOB_CONTAINER: `late-${randomUUID().slice(0, 8)}` }).catch(async (error: unknown) => {
        await azurite.restart();
        throw error;
      });
      try {
        expect(isApology(await bot.say(CLEAR_QUESTION, { conversationId }))).toBe(true);
      } finally {
        await azurite.restart();
      }
      const afterwards = await bot.say(CLEAR_QUESTION, { conversationId });
      expect(isApology(afterwards)).toBe(false);
      expect(answeredEntryId(afterwards)).toBeDefined();
    });

    it('that never answers: the apology comes after about one timeout, not one per state read', async () => {
      const blackHole = await startBlackHole();
      try {
        const bot = await startBot(blobEnv(`DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${Buffer.from('not-a-key').toString('base64')};BlobEndpoint=http://127.0.0.1:${blackHole.port}/devstoreaccount1;`));
        const conversationId = `conv-${randomUUID()}`;
        const started = Date.now();
        const replies = await bot.say(CLEAR_QUESTION, { conversationId });
        const elapsed = Date.now() - started;
        expect(isApology(replies)).toBe(true);
        expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
        expect(elapsed).toBeLessThan(2 * TIMEOUT_MS);

        const crisisStarted = Date.now();
        const crisis = await bot.say(CRISIS_MESSAGE, { conversationId: `conv-${randomUUID()}` });
        expect(crisis.some((reply) => /988/.test(visibleText(reply)))).toBe(true);
        expect(Date.now() - crisisStarted).toBeLessThan(2 * TIMEOUT_MS);
      } finally {
        await blackHole.close();
      }
    });
  });
});

/**
 * Makes two turns of one conversation truly simultaneous: neither may save conversation state
 * until both have read it, and then they save in the given order. Without it the second turn
 * would usually just read what the first saved, and no conflict would be tested.
 */
class SimultaneousTurns {
  private armed = false;
  private readonly readers = new Set<string>();
  private everyoneRead!: () => void;
  private readonly allRead = new Promise<void>((resolve) => (this.everyoneRead = resolve));
  private readonly saved = new Map<string, { done: Promise<void>; finish: () => void }>();
  private readonly gatedWrites = new Set<string>();

  constructor(private readonly saveOrder: readonly string[]) {
    for (const name of saveOrder) {
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      this.saved.set(name, { done, finish });
    }
  }

  arm(): void {
    this.armed = true;
  }

  /** True once every instance read the conversation before any saved it. */
  raced(): boolean {
    return this.readers.size === this.saveOrder.length && this.gatedWrites.size === this.saveOrder.length;
  }

  wrap(name: string, inner: Storage): Storage {
    const isConversation = (keys: string[]) => keys.some((key) => key.includes('/conversations/'));
    return {
      read: async (keys: string[]): Promise<StoreItems> => {
        const items = await inner.read(keys);
        if (this.armed && isConversation(keys)) {
          this.readers.add(name);
          if (this.readers.size === this.saveOrder.length) this.everyoneRead();
        }
        return items;
      },
      write: async (changes: StoreItems): Promise<void> => {
        if (!this.armed || !isConversation(Object.keys(changes)) || this.gatedWrites.has(name)) return inner.write(changes);
        this.gatedWrites.add(name);
        const slot = this.saved.get(name)!;
        try {
          await withDeadline(this.allRead, 10_000, 'both turns to read state');
          const earlier = this.saveOrder.slice(0, this.saveOrder.indexOf(name));
          await Promise.all(earlier.map((other) => withDeadline(this.saved.get(other)!.done, 10_000, `${other} to save`)));
          await inner.write(changes);
        } finally {
          slot.finish();
        }
      },
      delete: (keys: string[]) => inner.delete(keys),
    };
  }
}

async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`gave up waiting for ${what}`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Accepts connections and never answers: a storage endpoint that hangs. */
async function startBlackHole(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
