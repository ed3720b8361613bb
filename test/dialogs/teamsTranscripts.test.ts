import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBot } from '../../src/app';
import { useTurnPipeline } from '../../src/bot/pipeline';
import { loadConfig } from '../../src/core/config';
import { REPO_ROOT } from '../support/paths';

/** Two entries answer it about equally well (side effects, and how long the effects last): the bot asks which. */
const AMBIGUOUS = 'effects';

/**
 * Transcript tests in a Teams personal chat: the real bot on botbuilder's TestAdapter with the
 * msteams channel. Teams shows choices as card buttons whose tap posts the choice's value as text
 * (an imBack), so a tap here is that text; a number or the words pick the same choice.
 */
async function startTeamsChat() {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000' }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
  const runtime = await buildBot(config, { storage: new MemoryStorage() });
  const adapter = useTurnPipeline(
    new TestAdapter((context) => runtime.bot.run(context), {
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      conversation: { id: 'a:teams-personal-chat', conversationType: 'personal', isGroup: false, name: '' },
      from: { id: '29:patient', name: 'Patient' },
      recipient: { id: '28:clinic-bot', name: 'Clinic bot' },
    }),
    runtime.pipeline,
  );
  const replies = (): Partial<Activity>[] => adapter.activeQueue.splice(0);
  /** Sends one message; returns the replies the patient sees. */
  const send = async (text: string) => {
    await adapter.receiveActivity(text);
    return replies();
  };
  /** The app is added to a personal chat: Teams announces the patient joining. */
  const install = async () => {
    await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: '28:clinic-bot', name: 'Clinic bot' }, { id: '29:patient', name: 'Patient' }] });
    return replies();
  };
  return { send, install };
}

const shown = (replies: Partial<Activity>[]) => replies.map((reply) => JSON.stringify({ text: reply.text, attachments: reply.attachments })).join('\n');

/** The card buttons a reply offers, as Teams draws them: title, and the text a tap posts. */
function buttons(replies: Partial<Activity>[]): Array<{ title: string; posts: string }> {
  const found: Array<{ title: string; posts: string }> = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      const imBack = (record.data as { msteams?: { type?: string; value?: string } } | undefined)?.msteams;
      if (record.type === 'Action.Submit' && imBack?.type === 'imBack' && typeof record.title === 'string' && typeof imBack.value === 'string') found.push({ title: record.title, posts: imBack.value });
      Object.values(record).forEach(visit);
    }
  };
  visit(replies.map((reply) => reply.attachments));
  return found;
}

describe('Teams transcripts: picks, prompts that yield, one welcome', () => {
  let send: Awaited<ReturnType<typeof startTeamsChat>>['send'];
  let install: Awaited<ReturnType<typeof startTeamsChat>>['install'];
  beforeEach(async () => {
    ({ send, install } = await startTeamsChat());
  });

  it('when the app is installed and the patient says "hi" twice, then the welcome comes once and each "hi" gets a short hello with the topics', async () => {
    const welcome = shown(await install());
    expect(welcome).toMatch(/automated assistant/);
    const first = await send('hi');
    const second = await send('hi');
    for (const hello of [first, second]) {
      expect(shown(hello)).toMatch(/Hello again/);
      expect(shown(hello)).not.toMatch(/automated assistant/);
      expect(buttons(hello).map((button) => button.title)).toContain('Cost and insurance');
    }
    expect(shown(await install())).toBe(''); // Teams re-announcing the patient does not welcome again
  });

  it.each([
    ['a tap', (posts: string) => posts],
    ['its number', () => '5'],
    ['its words', () => 'cost and insurance'],
  ])('when the patient picks "Cost and insurance" from the welcome menu by %s, then the cost question comes, and its "2" picks Spravato', async (_how, typed) => {
    const menu = buttons(await install());
    const cost = menu.find((button) => button.title === 'Cost and insurance');
    expect(cost).toBeDefined();
    expect(menu.indexOf(cost!)).toBe(4);
    const question = await send(typed(cost!.posts));
    expect(shown(question)).toMatch(/Which treatment/);
    expect(buttons(question).map((button) => button.title)).toEqual(['IV ketamine', 'Spravato nasal spray', 'Both']);
    const answer = shown(await send('2'));
    expect(answer).toMatch(/CarePath|withMe|savings/i);
    expect(answer).not.toMatch(/don't have a checked answer|Which treatment/);
  });

  it.each([
    ['a tap', (choice: { posts: string }) => choice.posts],
    ['its number', () => '2'],
    ['its words', (choice: { title: string }) => choice.title.toLowerCase()],
  ])('when the patient picks the second related topic of an answer by %s, then that topic is answered', async (_how, typed) => {
    const related = buttons(await send('can i drive home after my infusion'));
    expect(related.length).toBeGreaterThanOrEqual(2);
    const reply = shown(await send(typed(related[1]!)));
    expect(reply).toContain(related[1]!.title);
    expect(reply).not.toMatch(/don't have a checked answer|Did you mean/);
  });

  it.each([
    ['a tap', (choice: { posts: string }) => choice.posts],
    ['its number', () => '2'],
    ['its position', () => 'the second one'],
  ])('when the patient picks the second option of a did-you-mean by %s, then that option is answered', async (_how, typed) => {
    const offer = await send(AMBIGUOUS);
    expect(shown(offer)).toMatch(/Did you mean/);
    const options = buttons(offer);
    expect(options.map((option) => option.title)).toContain('None of these');
    const reply = shown(await send(typed(options[1]!)));
    expect(reply).toContain(options[1]!.title);
    expect(reply).not.toMatch(/Did you mean/);
  });

  /** Each prompt a patient can be waiting at; `again` is how the prompt shows it asks again. */
  const PROMPTS: Record<string, { reach: (say: (text: string) => Promise<Partial<Activity>[]>) => Promise<unknown>; again?: RegExp }> = {
    'the cost question': { reach: (say) => say('what will this cost me'), again: /Back to cost and insurance/ },
    'the checklist': { reach: (say) => say('is this for me?'), again: /Back to the checklist\. \(1 of 6\)/ },
    'a first-visit guide step': {
      reach: async (say) => {
        await say('walk me through my first visit');
        return say('next');
      },
      again: /Back to your first-visit guide.*step 2 of 10/,
    },
    'a did-you-mean': { reach: (say) => say(AMBIGUOUS) },
  };
  const prompts = Object.keys(PROMPTS);

  it.each(prompts)('when the patient says "talk to a person" at %s, then they get how to reach a person', async (prompt) => {
    await PROMPTS[prompt]!.reach(send);
    const reply = shown(await send('talk to a person'));
    expect(reply).toMatch(/reach a person|front desk/);
    expect(reply).not.toMatch(/don't have a checked answer/);
  });

  it.each(prompts)('when the patient asks a question at %s, then it is answered, and a prompt that asks again says so with its own buttons only', async (prompt) => {
    await PROMPTS[prompt]!.reach(send);
    const replies = await send('can i drive home after my infusion');
    expect(shown(replies)).toMatch(/next day/i);
    const again = PROMPTS[prompt]!.again;
    if (again) {
      expect(shown(replies)).toMatch(again);
      const offered = buttons(replies).map((button) => button.title);
      expect(offered).not.toContain('The rest of the day after treatment'); // the answer's related topics would be a second set of choices
      expect(offered.length).toBeGreaterThan(0);
    } else {
      expect(shown(replies)).not.toMatch(/Back to|Did you mean/);
    }
  });

  it.each(prompts.filter((prompt) => prompt !== 'the checklist'))('when the patient asks for the checklist at %s, then the checklist starts', async (prompt) => {
    await PROMPTS[prompt]!.reach(send);
    const reply = await send('checklist');
    expect(shown(reply)).toMatch(/\(1 of 6\)/);
    expect(buttons(reply).map((button) => button.title)).toEqual(['Yes', 'No', 'Not sure']);
  });

  it.each(prompts.filter((prompt) => prompt !== 'a first-visit guide step'))('when the patient asks for the first-visit guide at %s, then the guide starts', async (prompt) => {
    await PROMPTS[prompt]!.reach(send);
    expect(shown(await send('walk me through my first visit'))).toMatch(/step 1 of 10/);
  });

  it('when the patient taps a checklist answer, types one, or replies its number, then each moves the checklist on', async () => {
    const first = await send('is this for me?');
    const yes = buttons(first).find((button) => button.title === 'Yes')!;
    expect(shown(await send(yes.posts))).toMatch(/\(2 of 6\)/);
    expect(shown(await send('no'))).toMatch(/\(3 of 6\)/);
    expect(shown(await send('3'))).toMatch(/\(4 of 6\)/);
  });
});
