import { randomInt } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/knowledge/loader';
import type { KnowledgeEntry } from '../../src/core/knowledge/schema';
import { REPO_ROOT, startHarness, type Harness } from '../support/botHarness';
import { formBody, inboundSmsParams, twilioSignature } from '../sms/twilioSigning';

/** Two entries answer it about equally well (side effects, and how long the effects last): the bot asks which. */
const AMBIGUOUS = 'effects';

/**
 * Conversations over SMS through the real Twilio webhook route (signed requests, TwiML back):
 * every list the bot texts can be answered by its number, every prompt yields to a stronger
 * request, and no reply costs more than three texts or shows more than one numbered list.
 */

const AUTH_TOKEN = 'e2e-twilio-auth-token-choices-0123';
const SMS_PATH = '/api/sms/twilio';

function newSender(): string {
  return `+1555${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The numbered choices a reply lists ("1. Yes"), in order, after its "Reply 1, 2 or 3:" line. */
function numberedChoices(texts: readonly string[]): string[] {
  const all = texts.join('\n');
  const start = all.search(/^Reply (?:\d|a number)/m);
  if (start < 0) return [];
  return [...all.slice(start).matchAll(/^(\d+)\. (.+)$/gm)].map((match) => match[2]!);
}

function numberedLists(texts: readonly string[]): number {
  return texts.join('\n').match(/^Reply (?:\d|a number)[^\n]*:$/gm)?.length ?? 0;
}

describe('SMS conversations: numbers, prompts that yield, one welcome', () => {
  let bot: Harness;
  let entries: KnowledgeEntry[];
  /** Every text the bot sent in this file, to check what it never says. */
  const everyText: string[] = [];

  /** Texts the bot as Twilio would (a signed form POST) and returns the texts it answers with. */
  const sms = async (from: string, body: string): Promise<string[]> => {
    const url = `${bot.baseUrl}${SMS_PATH}`;
    const params = inboundSmsParams(from, body);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(AUTH_TOKEN, url, params) },
      body: formBody(params),
    });
    expect(response.status).toBe(200);
    const texts = [...(await response.text()).matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((match) => unescapeXml(match[1] ?? ''));
    everyText.push(...texts);
    // What every reply on SMS must be, whatever the test checks besides.
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThanOrEqual(3);
    expect(numberedLists(texts)).toBeLessThanOrEqual(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(320);
    return texts;
  };

  /** A patient already welcomed, so each test sees only the replies to what it sends. */
  const welcomedPatient = async () => {
    const from = newSender();
    await sms(from, 'hello');
    return (body: string) => sms(from, body);
  };

  /** The opening of an entry's SMS answer, as the patient reads it. */
  const smsOpening = (title: string): string => {
    const entry = entries.find((candidate) => candidate.title === title);
    expect(entry, `an entry titled "${title}"`).toBeDefined();
    return (entry!.sms ?? '').slice(0, 40);
  };

  beforeAll(async () => {
    bot = await startHarness({ TWILIO_AUTH_TOKEN: AUTH_TOKEN, RATE_LIMIT_BURST: '100' });
    entries = (await loadKnowledgeBase({ dir: path.join(REPO_ROOT, 'knowledge'), mode: 'development', today: new Date() })).entries;
  });
  afterAll(async () => {
    await bot.close();
  });

  it('when a new number texts "hi" twice, then the welcome comes once, first contact costs at most two texts, and the second "hi" gets a short hello with the menu', async () => {
    const from = newSender();
    const first = await sms(from, 'hi');
    const second = await sms(from, 'hi');
    expect(first.length).toBeLessThanOrEqual(2);
    const welcomes = [...first, ...second].filter((text) => /automated assistant/.test(text));
    expect(welcomes).toHaveLength(1);
    expect(second.join('\n')).toMatch(/Hello again/);
    expect(numberedChoices(second)).toContain('Cost and insurance');
  });

  it('when the patient replies a number to the welcome menu, then that topic is what they get', async () => {
    const say = await welcomedPatient();
    const menu = numberedChoices(await say('hi'));
    expect(menu[4]).toBe('Cost and insurance');
    expect((await say('5')).join('\n')).toMatch(/Which treatment/);

    const other = await welcomedPatient();
    await other('hi');
    const reply = (await other('1')).join('\n');
    expect(reply).toContain(smsOpening('What ketamine therapy for depression is'));
    expect(reply).not.toMatch(/don't have a checked answer/);
  });

  it('when the patient replies a number to an answer\'s related topics, then that topic is answered', async () => {
    const say = await welcomedPatient();
    const related = numberedChoices(await say('can i drive home after my infusion'));
    expect(related.length).toBeGreaterThanOrEqual(2);
    const reply = (await say('2')).join('\n');
    expect(reply).toContain(smsOpening(related[1]!));
  });

  it('when the patient replies a number to a "did you mean", then that option is answered', async () => {
    const say = await welcomedPatient();
    const offer = await say(AMBIGUOUS);
    expect(offer.join('\n')).toMatch(/Did you mean/);
    const options = numberedChoices(offer);
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect((await say('2')).join('\n')).toContain(smsOpening(options[1]!));
  });

  it.each([
    ['1', /\$495 per infusion/, /Spravato can be billed to insurance/],
    ['2', /SPRAVATO withMe program/, /\$495 per infusion/],
  ])('when the patient replies %s to the cost question, then that treatment\'s costs come in at most three texts with one list', async (typed, expected, alsoExpected) => {
    const say = await welcomedPatient();
    expect(numberedChoices(await say('what will this cost me'))).toEqual(['IV ketamine', 'Spravato nasal spray', 'Both']);
    const reply = await say(typed);
    expect(reply.join('\n')).toMatch(expected);
    expect(reply.join('\n')).toMatch(alsoExpected);
    expect(reply.join('\n')).not.toMatch(/don't have a checked answer|Which treatment/);
  });

  /** Each prompt an SMS patient can be waiting at, and the text that shows it is asking again. */
  const PROMPTS: Record<string, { reach: (say: (body: string) => Promise<string[]>) => Promise<unknown>; again?: RegExp }> = {
    'the cost question': { reach: (say) => say('what will this cost me'), again: /Back to cost and insurance/ },
    'the checklist': { reach: (say) => say('is this for me?'), again: /Back to the checklist\. \(1 of 6\)/ },
    'the first-visit guide': {
      reach: async (say) => {
        await say('walk me through my first visit');
        return say('1');
      },
      again: /Back to your first-visit guide: .*step 2 of 10/,
    },
    // A did-you-mean is answered by the question itself: nothing to come back to.
    'a did-you-mean': { reach: (say) => say(AMBIGUOUS) },
  };
  const prompts = Object.keys(PROMPTS);

  it.each(prompts)('when the patient texts "talk to a person" at %s, then they get how to reach a person', async (prompt) => {
    const say = await welcomedPatient();
    await PROMPTS[prompt]!.reach(say);
    const reply = (await say('talk to a person')).join('\n');
    expect(reply).toMatch(/reach a person|call us at 5555550100/);
    expect(reply).not.toMatch(/don't have a checked answer/);
  });

  it.each(prompts.filter((prompt) => prompt !== 'the checklist'))('when the patient texts "checklist" at %s, then the checklist starts', async (prompt) => {
    const say = await welcomedPatient();
    await PROMPTS[prompt]!.reach(say);
    const reply = await say('checklist');
    expect(reply.join('\n')).toMatch(/\(1 of 6\)/);
    expect(numberedChoices(reply)).toEqual(['Yes', 'No', 'Not sure']);
  });

  it.each(prompts.filter((prompt) => prompt !== 'the first-visit guide'))('when the patient asks for the first-visit guide at %s, then the guide starts', async (prompt) => {
    const say = await welcomedPatient();
    await PROMPTS[prompt]!.reach(say);
    const reply = await say('walk me through my first visit');
    expect(reply.join('\n')).toMatch(/step 1 of 10/);
    expect(numberedChoices(reply)).toEqual(['Next', 'Done']);
  });

  it.each(prompts)('when the patient texts "first visit" at %s, then it is answered as it would be anywhere, never with silence', async (prompt) => {
    const say = await welcomedPatient();
    await PROMPTS[prompt]!.reach(say);
    const reply = (await say('first visit')).join('\n');
    expect(reply).toMatch(/evaluation|step 1 of 10|Did you mean/);
    expect(reply).not.toMatch(/don't have a checked answer/);
  });

  it.each(prompts)('when the patient texts a question at %s, then it is answered, and a prompt that asks again says so and numbers only its own choices', async (prompt) => {
    const say = await welcomedPatient();
    await PROMPTS[prompt]!.reach(say);
    const reply = await say('can i drive home after my infusion');
    expect(reply.join('\n')).toMatch(/next day/i);
    const again = PROMPTS[prompt]!.again;
    if (again) expect(reply.join('\n')).toMatch(again);
    else expect(reply.join('\n')).not.toMatch(/Back to|Did you mean/);
    if (prompt === 'the cost question') {
      // The prompt's own list is the one a number picks from next.
      expect(numberedChoices(reply)).toEqual(['IV ketamine', 'Spravato nasal spray', 'Both']);
      expect((await say('1')).join('\n')).toMatch(/\$495 per infusion/);
    }
  });

  it('when the patient texts a greeting or something the bot cannot answer at a prompt, then the reply points to no topics it does not show', async () => {
    const say = await welcomedPatient();
    await say('is this for me?');
    for (const typed of ['hi', 'zzqx blorf']) {
      const reply = await say(typed);
      expect(reply.join('\n')).not.toMatch(/pick a topic/);
      expect(numberedChoices(reply)).toEqual(['Yes', 'No', 'Not sure']);
    }
    expect((await say('1')).join('\n')).toMatch(/\(2 of 6\)/);
  });

  it('never asks the patient to text "cancel" or another carrier opt-out word for anything but opting out', async () => {
    const say = await welcomedPatient();
    for (const typed of ['help', 'menu', 'is this for me?', 'help', 'exit', 'what will this cost me', 'help']) await say(typed);
    expect(everyText.length).toBeGreaterThan(20);
    for (const text of everyText) {
      expect(text).not.toMatch(/\bcancel\b/i);
      expect(text).not.toMatch(/\b(?:say|type|reply|text|send)\s+["'*]*(?:end|quit|unsubscribe|stopall)\b/i);
      for (const stop of text.matchAll(/\b(?:say|type|reply|text|send)\s+["'*]*stop\b.{0,15}/gi)) expect(stop[0]).toMatch(/to opt out/i);
    }
  });
});
