import { Writable } from 'node:stream';
import { ConversationState, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config';
import { checkStorage, createStorage } from '../../src/storage/createStorage';
import { StorageUnavailableError } from '../../src/storage/timeoutStorage';
import { startAzurite, type Azurite } from '../support/azurite';
import { REPO_ROOT } from '../support/paths';

class LogCapture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}

const TIMEOUT_MS = 1500;

function blobStorage(azurite: Azurite, logs = new LogCapture(), container = 'bot-state'): Storage {
  const config = loadConfig(
    { NODE_ENV: 'test', STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: container, OUTBOUND_TIMEOUT_MS: String(TIMEOUT_MS) },
    { knowledgeDir: REPO_ROOT },
  );
  return createStorage(config, pino({ level: 'info' }, logs));
}

function turn(conversationId: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: conversationId, isGroup: false, name: '', conversationType: 'personal' },
    from: { id: 'user', name: 'Patient' },
    recipient: { id: 'bot', name: 'Bot' },
  });
}

describe('conversation state in Azure Blob Storage (Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite.dispose();
  });

  it('what one instance saves, another instance reads', async () => {
    const writer = new ConversationState(blobStorage(azurite));
    const context = turn('shared-1');
    await writer.createProperty<{ crisisAt: number }>('safety').set(context, { crisisAt: 42 });
    await writer.saveChanges(context);

    const reader = new ConversationState(blobStorage(azurite));
    expect(await reader.createProperty<{ crisisAt: number }>('safety').get(turn('shared-1'))).toEqual({ crisisAt: 42 });
  });

  it('two instances saving one conversation at once: the real eTag conflict is merged, nothing is lost', async () => {
    const logs = new LogCapture();
    const first = new ConversationState(blobStorage(azurite, logs));
    const second = new ConversationState(blobStorage(azurite, logs));
    const setup = turn('race-1');
    await first.createProperty<boolean>('welcomed').set(setup, true);
    await first.saveChanges(setup);

    const crisisTurn = turn('race-1');
    const dialogTurn = turn('race-1');
    await first.load(crisisTurn);
    await second.load(dialogTurn);
    await first.createProperty<{ crisisAt: number }>('safety').set(crisisTurn, { crisisAt: 7 });
    await second.createProperty<{ dialogStack: unknown[] }>('dialogState').set(dialogTurn, { dialogStack: [{ id: 'question' }] });
    await first.saveChanges(crisisTurn);
    await second.saveChanges(dialogTurn);

    const after = new ConversationState(blobStorage(azurite));
    const next = turn('race-1');
    await after.load(next);
    expect(await after.createProperty('welcomed').get(next)).toBe(true);
    expect(await after.createProperty('safety').get(next)).toEqual({ crisisAt: 7 });
    expect(await after.createProperty('dialogState').get(next)).toEqual({ dialogStack: [{ id: 'question' }] });
    expect(logs.text).toContain('merged their state');
  });

  it('while storage is down, calls fail fast with StorageUnavailableError; after it is back, the same storage object works again', async () => {
    const storage = blobStorage(azurite);
    expect(await checkStorage(storage)).toBe(true);
    await azurite.stop();
    try {
      const started = Date.now();
      await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.write({ k: { value: 1, eTag: '*' } })).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(await checkStorage(storage)).toBe(false);
      expect(Date.now() - started).toBeLessThan(3 * TIMEOUT_MS);
    } finally {
      await azurite.restart();
    }
    expect(await checkStorage(storage)).toBe(true);
  });

  it('a bot that started while storage was down recovers when storage comes up (no stuck "create container" failure)', async () => {
    await azurite.stop();
    let storage: Storage;
    try {
      storage = blobStorage(azurite, new LogCapture(), 'created-late');
      expect(await checkStorage(storage)).toBe(false);
    } finally {
      await azurite.restart();
    }
    expect(await checkStorage(storage)).toBe(true);
    const state = new ConversationState(storage);
    const context = turn('late-1');
    await state.createProperty<boolean>('welcomed').set(context, true);
    await state.saveChanges(context);
    expect(await new ConversationState(blobStorage(azurite, new LogCapture(), 'created-late')).createProperty('welcomed').get(turn('late-1'))).toBe(true);
  });
});
