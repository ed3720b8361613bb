import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buildDialogMemoryScopes, DialogContext, DialogSet, shareDialogMemoryScopes } from '../../src/tuning/botbuilderDialogs';

function turn(text: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    text,
    channelId: 'test',
    conversation: { id: 'conversation', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
  });
}

describe('dialog memory scopes built once', () => {
  const scopes = buildDialogMemoryScopes();

  it('are the ones a dialog context uses (fails if botbuilder-dialogs stops reading them from turn state)', () => {
    const context = turn('hello');
    shareDialogMemoryScopes(context, scopes);
    const dc = new DialogContext(new DialogSet(), context, { dialogStack: [] });
    expect(dc.state.configuration).toBe(scopes);
  });

  it('serve every turn with that turn’s own memory', () => {
    const first = turn('first');
    const second = turn('second');
    shareDialogMemoryScopes(first, scopes);
    shareDialogMemoryScopes(second, scopes);
    const a = new DialogContext(new DialogSet(), first, { dialogStack: [] });
    const b = new DialogContext(new DialogSet(), second, { dialogStack: [] });
    a.state.setValue('turn.note', 'only the first turn');
    expect(a.state.getValue<{ text: string }>('turn.activity').text).toBe('first');
    expect(b.state.getValue<{ text: string }>('turn.activity').text).toBe('second');
    expect(b.state.getValue('turn.note')).toBeUndefined();
    expect(scopes.memoryScopes.map((scope) => scope.name)).toEqual(expect.arrayContaining(['turn', 'dialog', 'conversation', 'user']));
  });
});
