import { MemoryStorage, TestAdapter } from 'botbuilder';
import { beforeEach, describe, expect, it } from 'vitest';
import { startTranscript, type Transcript } from '../support/transcript';

/** Two entries answer it about equally well (side effects, and how long the effects last): the bot asks which. */
const AMBIGUOUS = 'effects';

/**
 * Transcript tests: the real bot (same safety gate, dialogs, knowledge and renderer) on
 * botbuilder's TestAdapter, one patient message at a time. `say` returns everything the patient
 * would see as one string; `transcript.say` returns the replies as parts (texts, buttons, cards).
 */
async function startConversation(storage = new MemoryStorage()) {
  const transcript = await startTranscript({}, { storage });
  const say = async (text: string): Promise<string> =>
    (await transcript.say(text)).map(({ activity: reply }) => JSON.stringify({ text: reply.text, attachments: reply.attachments, suggestedActions: reply.suggestedActions })).join('\n');
  return { say, transcript, runtime: transcript.runtime };
}

type Say = Awaited<ReturnType<typeof startConversation>>['say'];

/** Each prompt a patient can be sitting at, reached by a few messages. */
const PROMPTS: Record<string, (say: Say) => Promise<string>> = {
  'a first-visit guide step': async (say) => {
    await say('walk me through my first visit');
    return say('next');
  },
  'an is-this-for-me question': async (say) => {
    await say('is this for me?');
    return say('yes');
  },
  'the cost question': (say) => say('what will this cost me'),
};

describe('dialog transcripts', () => {
  let say: Say;
  let transcript: Transcript;
  beforeEach(async () => {
    ({ say, transcript } = await startConversation());
  });

  it('when a patient walks through the first-visit guide, then next, back and done move through the clinic\'s steps', async () => {
    const first = await say('walk me through my first visit');
    expect(first).toMatch(/step 1 of 10/);
    expect(first).toMatch(/No food for 4 hours/); // the clinic profile's fasting rule
    expect(await say('next')).toMatch(/step 2 of 10/);
    expect(await say('back')).toMatch(/step 1 of 10/);
    let reply = '';
    for (let step = 2; step <= 10; step++) reply = await say('next');
    expect(reply).toMatch(/step 10 of 10/);
    expect(reply).toMatch(/988/);
    expect(await say('done')).toMatch(/whole guide/);
  });

  it('when a patient asks a question in the middle of the guide, then it is answered and the guide resumes at the same step', async () => {
    await say('walk me through my first visit');
    await say('next');
    await say('next');
    const reply = await say('can i drive home after my infusion');
    expect(reply).toMatch(/next day/i);
    expect(reply).toMatch(/Back to your first-visit guide/);
    expect(reply).toMatch(/step 3 of 10/);
  });

  it('when a patient answers the checklist in their own words, then it lists what to raise and never gives a verdict', async () => {
    await say('am i a candidate for this');
    await say('yes i have');
    await say('nope');
    await say('idk');
    await say('no');
    await say('no');
    const summary = await say('no');
    expect(summary).toMatch(/Which antidepressants you have tried/);
    expect(summary).toMatch(/blood pressure/i);
    expect(summary).not.toMatch(/pregnan/i);
    expect(summary).toMatch(/This is not a decision/);
    expect(summary).toMatch(/Only a clinician/);
    expect(summary).not.toMatch(/you are (not )?eligible|you qualify|you don't qualify/i);
  });

  it('when the cost dialog asks which treatment and the patient types "spravato", then the insurance answers come from the knowledge base', async () => {
    expect(await say('what will this cost me')).toMatch(/Which treatment/);
    const reply = await say('spravato');
    expect(reply).toMatch(/insurance/i);
    expect(reply).toMatch(/CarePath|savings/i);
  });

  it.each(Object.keys(PROMPTS))('when a patient says "cancel" at %s, then the dialog stops and the next message starts fresh', async (prompt) => {
    await PROMPTS[prompt]!(say);
    expect(await say('cancel')).toMatch(/stopped that/);
    expect(await say('next')).not.toMatch(/step \d+ of 10|\(\d of 6\)|Which treatment/);
  });

  it.each(Object.keys(PROMPTS))('when a patient says "start over" at %s, then the bot starts over', async (prompt) => {
    await PROMPTS[prompt]!(say);
    expect(await say('start over')).toMatch(/start over/i);
  });

  it.each(Object.keys(PROMPTS))('when a patient says "help" at %s, then they hear how to ask or leave, and the same prompt again with its own choices only', async (prompt) => {
    const before = await PROMPTS[prompt]!(say);
    const reply = await say('help');
    expect(reply).toMatch(/ask me a question in your own words/);
    expect(reply).toMatch(/say \*\*exit\*\*/);
    expect(reply).not.toMatch(/Cost and insurance","value"/); // the topics menu would be a second list of choices
    const promptLine = /step \d+ of 10|\(\d of 6\)|Which treatment/.exec(before)?.[0];
    expect(promptLine).toBeDefined();
    expect(reply).toContain(promptLine);
  });

  it.each(Object.keys(PROMPTS))('when a patient writes a crisis message at %s, then they get crisis resources and the dialog ends', async (prompt) => {
    await PROMPTS[prompt]!(say);
    const reply = await say('i want to kill myself');
    expect(reply).toMatch(/988/);
    expect(reply).toMatch(/741741/);
    expect(reply).not.toMatch(/step \d+ of 10|\(\d of 6\)|Which treatment/);
    const next = await say('next');
    expect(next).not.toMatch(/step \d+ of 10|\(\d of 6\)|Which treatment/);
    expect(next).toMatch(/988/); // the crisis-aware footer
  });

  it.each([['the second one'], ['2'], ['second']])('when the bot offers "did you mean" choices, then "%s" picks the second', async (typed) => {
    const [offer] = await transcript.say(AMBIGUOUS);
    expect(offer!.text).toMatch(/sure I answer the right question/);
    expect(offer!.buttons.length).toBeGreaterThanOrEqual(3);
    const replies = await transcript.say(typed);
    expect(replies.flatMap((reply) => reply.cardTitles)).toEqual([offer!.buttons[1]]);
    expect(replies.map((reply) => reply.text).join('\n')).not.toContain('sure I answer the right question');
  });

  it('when the patient answers "did you mean" with another question, then that question is answered instead', async () => {
    expect(await say(AMBIGUOUS)).toMatch(/sure I answer the right question/);
    const reply = await say('can i drive home after my infusion');
    expect(reply).toMatch(/next day/i);
    expect(reply).not.toMatch(/sure I answer the right question|couldn't finish/);
  });

  it('when a conversation was saved in a dialog this bot no longer has (an older version, a guide no longer approved), then the next message is answered afresh, without an apology', async () => {
    const storage = new MemoryStorage();
    const { runtime } = await startConversation(storage);
    // What the previous version of the bot saved mid-conversation: its main dialog held the others.
    const saveOldState = new TestAdapter(async (context) => {
      await runtime.store.dialogState.set(context, { dialogStack: [{ id: 'main', state: { dialogs: { dialogStack: [{ id: 'isThisForMe', state: { index: 2, answers: ['yes', 'no'] } }] } } }] });
      await runtime.store.save(context);
    });
    await saveOldState.receiveActivity('hello');
    const { say: sayAfterUpdate } = await startConversation(storage);
    const reply = await sayAfterUpdate('can i drive home after my infusion');
    expect(reply).toMatch(/next day/i);
    expect(reply).not.toMatch(/couldn't finish/);
    expect(await sayAfterUpdate('yes')).not.toMatch(/couldn't finish|\(\d of 6\)/);
  });

  it('when the message names the plan and the treatment, then the insurance answer comes at once, without asking which treatment', async () => {
    const reply = await say('my plan is bcbs ppo will they cover the infusions');
    expect(reply).toMatch(/insurance/i);
    expect(reply).not.toMatch(/Which treatment/);
  });

  it('when the message names the treatment in a price question, then the price answer comes at once', async () => {
    const reply = await say('how much is it per infussion');
    expect(reply).toMatch(/\$\d/);
    expect(reply).not.toMatch(/Which treatment/);
  });

  it.each(Object.keys(PROMPTS))('when a patient asks to talk to a person at %s, then they get the way to reach a person, not "I don\'t know"', async (prompt) => {
    await PROMPTS[prompt]!(say);
    const reply = await say('i want to talk to a person');
    expect(reply).toMatch(/reach a person|call us|front desk/i);
    expect(reply).not.toMatch(/don't have a checked answer/);
  });

  it('when a patient asks for the checklist at the cost prompt, then the checklist starts', async () => {
    await say('what will this cost me');
    expect(await say('is this for me?')).toMatch(/\(1 of 6\)/);
  });

  it('when the patient answers "did you mean" with "none of these", then the bot says honestly that it does not know', async () => {
    expect(await say(AMBIGUOUS)).toMatch(/sure I answer the right question/);
    expect(await say('none of these')).toMatch(/don't have a checked answer/);
  });

  it('when someone worried about another person asks a question, then they get how to help and the answer to their question', async () => {
    const reply = await say('my husband keeps saying he would be better off dead. can ketamine help someone like him?');
    expect(reply).toMatch(/looking out for them/);
    expect(reply).toMatch(/988/);
    expect(reply).toMatch(/"contentType":"application\/vnd.microsoft.card.adaptive"|"title"|ketamine/i);
    expect(reply.split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('when a crisis message is written in Spanish, then the crisis reply is in Spanish with 988 in Spanish and 911', async () => {
    const reply = await say('ya no quiero vivir, esto es un adiós');
    expect(reply).toMatch(/No estás solo/);
    expect(reply).toMatch(/AYUDA al 988/);
    expect(reply).toMatch(/marca 2/);
    expect(reply).toMatch(/911/);
  });

  it('when the bot has shown its menu, then a number picks that topic', async () => {
    expect(await say('hi')).toMatch(/What would you like to know/);
    const reply = await say('1');
    expect(reply).toMatch(/What ketamine therapy for depression is/);
    expect(reply).not.toMatch(/don't have a checked answer/);
  });

  it('when an answer offers related topics, then "2" picks the second of them', async () => {
    const [answer] = await transcript.say('can i drive home after my infusion');
    const related = answer!.activity.suggestedActions?.actions.map((action) => action.title) ?? [];
    expect(related.length).toBeGreaterThanOrEqual(2);
    const replies = await transcript.say('2');
    expect(replies.flatMap((reply) => reply.cardTitles)).toEqual([related[1]]);
    expect(replies.map((reply) => reply.visible).join('\n')).not.toMatch(/don't have a checked answer/);
  });
});
