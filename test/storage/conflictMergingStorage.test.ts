import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConflictMergingStorage } from '../../src/storage/conflictMergingStorage';

interface DialogLike {
  dialogStack: Array<{ id: string }>;
}

/** One incoming message of one conversation, as botbuilder hands it to the bot. */
function turn(conversationId = 'conversation-1'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, name: '', conversationType: 'personal' },
    from: { id: 'user', name: 'Patient' },
    recipient: { id: 'bot', name: 'Bot' },
  });
}

/** The bot's real state object and the properties our ConversationStore uses. */
function conversationStateOn(storage: Storage) {
  const state = new ConversationState(storage);
  return {
    state,
    dialog: state.createProperty<DialogLike>('dialogState'),
    safety: state.createProperty<{ crisisAt?: number }>('safety'),
    welcomed: state.createProperty<boolean>('welcomed'),
  };
}

/**
 * Turn A answers a crisis message while turn B, started at the same moment, moves the dialog on.
 * Both read the same stored state before either saves; A saves first.
 */
async function crisisRacesADialogTurn(storage: Storage): Promise<{ crisisAt?: number; dialog?: DialogLike; welcomed?: boolean }> {
  const bot = conversationStateOn(storage);
  const setup = turn();
  await bot.welcomed.set(setup, true);
  await bot.dialog.set(setup, { dialogStack: [{ id: 'question' }] });
  await bot.state.saveChanges(setup);

  const crisisTurn = turn();
  const dialogTurn = turn();
  await bot.state.load(crisisTurn);
  await bot.state.load(dialogTurn);

  await bot.dialog.delete(crisisTurn);
  await bot.safety.set(crisisTurn, { crisisAt: 1234 });
  await bot.state.saveChanges(crisisTurn);

  await bot.safety.get(dialogTurn, {});
  await bot.dialog.set(dialogTurn, { dialogStack: [{ id: 'main' }] });
  await bot.state.saveChanges(dialogTurn);

  const next = turn();
  return { crisisAt: (await bot.safety.get(next, {})).crisisAt, dialog: await bot.dialog.get(next), welcomed: await bot.welcomed.get(next) };
}

describe('ConflictMergingStorage under botbuilder ConversationState', () => {
  it("(why it exists) plain storage with botbuilder's '*' writes forgets the crisis when a concurrent turn saves last", async () => {
    const after = await crisisRacesADialogTurn(new MemoryStorage());
    expect(after.crisisAt).toBeUndefined();
  });

  it('keeps the crisis flag, the later dialog position and the welcome when two turns save at once', async () => {
    const conflicts: number[] = [];
    const after = await crisisRacesADialogTurn(new ConflictMergingStorage(new MemoryStorage(), { onConflict: () => conflicts.push(1) }));
    expect(after).toEqual({ crisisAt: 1234, dialog: { dialogStack: [{ id: 'main' }] }, welcomed: true });
    expect(conflicts).toHaveLength(1);
  });

  it('a turn that saves twice after a conflict does not undo the other turn on its second save', async () => {
    const bot = conversationStateOn(new ConflictMergingStorage(new MemoryStorage()));
    const first = turn();
    const second = turn();
    await bot.state.load(first);
    await bot.state.load(second);
    await bot.safety.set(first, { crisisAt: 99 });
    await bot.state.saveChanges(first);
    await bot.dialog.set(second, { dialogStack: [{ id: 'question' }] });
    await bot.state.saveChanges(second);
    await bot.welcomed.set(second, true);
    await bot.state.saveChanges(second);

    const next = turn();
    expect((await bot.safety.get(next, {})).crisisAt).toBe(99);
    expect(await bot.dialog.get(next)).toEqual({ dialogStack: [{ id: 'question' }] });
    expect(await bot.welcomed.get(next)).toBe(true);
  });

  it('two first turns of a new conversation, saved one after the other, both keep their change', async () => {
    const bot = conversationStateOn(new ConflictMergingStorage(new MemoryStorage()));
    const first = turn('new-conversation');
    const second = turn('new-conversation');
    await bot.state.load(first);
    await bot.state.load(second);
    await bot.welcomed.set(first, true);
    await bot.state.saveChanges(first);
    await bot.safety.set(second, { crisisAt: 7 });
    await bot.state.saveChanges(second);

    const next = turn('new-conversation');
    expect(await bot.welcomed.get(next)).toBe(true);
    expect((await bot.safety.get(next, {})).crisisAt).toBe(7);
  });

  it('clearing state still wipes it: a cleared object is written as is', async () => {
    const bot = conversationStateOn(new ConflictMergingStorage(new MemoryStorage()));
    const setup = turn();
    await bot.welcomed.set(setup, true);
    await bot.state.saveChanges(setup);
    const clearing = turn();
    await bot.state.load(clearing);
    await bot.state.clear(clearing);
    await bot.state.saveChanges(clearing, true);
    expect(await bot.welcomed.get(turn())).toBeUndefined();
  });

  it('keeps other conversations apart', async () => {
    const bot = conversationStateOn(new ConflictMergingStorage(new MemoryStorage()));
    const a = turn('a');
    await bot.welcomed.set(a, true);
    await bot.state.saveChanges(a);
    expect(await bot.welcomed.get(turn('b'))).toBeUndefined();
  });

  it('gives up with an error, not a loop, when every write conflicts', async () => {
    const alwaysConflicting: Storage = {
      read: (keys: string[]) => Promise.resolve<StoreItems>(Object.fromEntries(keys.map((key) => [key, { eTag: '"1"' }]))),
      write: () => Promise.reject(new Error('Storage: error writing "x" due to eTag conflict.')),
      delete: () => Promise.resolve(),
    };
    const bot = conversationStateOn(new ConflictMergingStorage(alwaysConflicting, { maxAttempts: 3 }));
    const context = turn();
    await bot.welcomed.set(context, true);
    await expect(bot.state.saveChanges(context)).rejects.toThrow(/after 3 attempts/);
  });
});
