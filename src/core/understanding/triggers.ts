/**
 * The dialogs that compete with knowledge entries in the one ranking (decide.ts). Each is written
 * like an entry: a title and the ways patients ask for it. A dialog wins only where its phrasings
 * cover the message better than any entry does, so "what happens at the intake appointment" finds
 * the intake entry, and "walk me through my first visit" the guide.
 *
 * The marker words (handoff, checklist, walkthrough, verdict) come from the synonym table in
 * search/normalize.ts, which maps the many ways of asking onto them.
 */
import type { SearchableEntry } from '../search/ranker';
import type { DialogId } from './types';

export type RankedDialog = Extract<DialogId, 'talk-to-person' | 'eligibility-checklist' | 'first-visit-guide' | 'feedback' | 'cost-insurance'>;

export const DIALOG_PREFIX = 'dialog:';

export const DIALOG_TRIGGERS: Readonly<Record<RankedDialog, { title: string; questions: string[]; tags: string[] }>> = {
  'talk-to-person': {
    title: 'Talk to a person',
    questions: ['I want to talk to a person', 'can I speak to a human', 'please have someone call me', 'can a nurse call me back', 'what is your phone number', 'connect me with staff'],
    tags: ['handoff', 'talk to someone', 'real person'],
  },
  'eligibility-checklist': {
    title: 'Is this treatment for me? A checklist',
    questions: ['is this treatment for me', 'am I a good candidate', 'do I qualify', 'could this work for me', 'checklist'],
    tags: ['checklist', 'is it right for me'],
  },
  'first-visit-guide': {
    title: 'Your first visit, step by step',
    questions: ['walk me through my first visit', 'first visit guide', 'what happens step by step on treatment day', 'guide me through the first infusion day'],
    tags: ['walkthrough', 'step by step'],
  },
  feedback: {
    title: 'Feedback about this chat',
    questions: ['this bot is useless', 'that answer was wrong', 'that did not help', 'I want to leave feedback', 'great bot, very helpful'],
    tags: ['verdict', 'feedback'],
  },
  'cost-insurance': {
    title: 'Cost and insurance',
    questions: ['cost and insurance', 'what will I pay', 'what will this cost me'],
    tags: ['cost and insurance'],
  },
};

export function triggerEntries(): SearchableEntry[] {
  return Object.entries(DIALOG_TRIGGERS).map(([dialog, trigger]) => ({
    id: `${DIALOG_PREFIX}${dialog}`,
    title: trigger.title,
    questions: trigger.questions,
    tags: trigger.tags,
    body: '',
  }));
}

/**
 * An explicit request for a human, anywhere in the message ("can i talk to a real person please,
 * about my appointment"): the patient asked for a person, so whatever else the message is about,
 * they get the way to reach one. Words as the text front end spells them (shorthand expanded).
 */
const ASKS_FOR_PERSON = new RegExp(
  [
    String.raw`\b(?:talk|speak|chat)(?: (?:to|with))(?: (?:a|an|some|the|your|one of your))?(?: (?:real|actual|live))? (?:person|human|someone|somebody|staff|nurse|receptionist|front desk|representative|agent)\b(?! (?:during|while|in the room|at the session|if i|when i))`,
    String.raw`^(?:a |an )?(?:real|actual|live) (?:person|human)\b`,
    String.raw`\b(?:have|get|can) (?:someone|somebody|a nurse|a person|staff|the clinic|your office) (?:to )?call me\b`,
    String.raw`\bcall me back\b`,
  ].join('|'),
);

export function asksForPerson(words: readonly string[]): boolean {
  return ASKS_FOR_PERSON.test(words.join(' '));
}
