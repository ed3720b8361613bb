import type { ClinicProfile } from './clinic/schema';
import type { KnowledgeEntry } from './knowledge/schema';
import { TOPIC_CHOICES } from './messages';
import type { Choice, Reply } from './reply';

export const NONE_OF_THESE = 'None of these';

/** A vetted entry as a reply: its text, source, review date and related topics to follow up. */
export function answerReply(entry: KnowledgeEntry, relatedEntries: readonly KnowledgeEntry[]): Reply {
  const source = entry.sources[0]!;
  return {
    style: 'answer',
    title: entry.title,
    text: entry.body.trim(),
    smsText: entry.sms,
    answer: {
      entryId: entry.id,
      source: { title: source.title, url: source.url },
      reviewedOn: entry.review.reviewed_on,
      approved: entry.review.status === 'approved' && entry.review.reviewed_by !== null,
      askHelpful: true,
    },
    choices: relatedEntries.slice(0, 3).map((related) => ({ label: related.title, value: related.title })),
  };
}

/** Entries whose answer opens with whether the clinic is open now. */
export const OPEN_STATUS_ENTRIES: ReadonlySet<string> = new Set(['booking-an-appointment', 'hours-and-location']);

/** The line sent before an entry's answer, if it has one: whether the clinic is open now, for booking and hours. */
export function answerLead(entryId: string, openStatusNow: () => string): string | undefined {
  return OPEN_STATUS_ENTRIES.has(entryId) ? openStatusNow() : undefined;
}

/** `options`: two or three close candidates, as choices (an entry's title, or a dialog's name). */
export function didYouMeanReply(options: readonly Choice[]): Reply {
  return {
    style: 'menu',
    text: 'I want to be sure I answer the right question. Did you mean one of these?',
    choices: [...options.slice(0, 3), { label: NONE_OF_THESE, value: NONE_OF_THESE, synonyms: ['none', 'neither', 'no'] }],
  };
}

/**
 * Honest "I don't know": never a guess. `withTopics: false` when a prompt asks again right after
 * (its choices are the turn's one list), so the reply does not point at topics it does not show.
 */
export function unknownReply(clinic: ClinicProfile, { withTopics = true }: { withTopics?: boolean } = {}): Reply {
  const smsText = `Sorry, I don't have a checked answer to that and won't guess. Try asking another way, or call ${clinic.name} at ${clinic.phone}.`;
  const noGuess = "I'm sorry, I don't have a checked answer to that. I only answer from information our clinical team has reviewed, so I won't guess.";
  if (!withTopics) return { style: 'plain', text: `${noGuess} You can try asking another way, or call ${clinic.name} at ${clinic.phone}.`, smsText };
  return {
    style: 'menu',
    text: `${noGuess} You can try asking another way, pick a topic below, or call ${clinic.name} at ${clinic.phone}.`,
    smsText,
    choices: TOPIC_CHOICES,
  };
}

export function helpfulThanksReply(helpful: boolean, clinic: ClinicProfile): Reply {
  if (helpful) return { style: 'plain', text: 'Thanks for letting us know. Is there anything else you would like to ask?' };
  return {
    style: 'menu',
    text: `Sorry that didn't help. You can ask again in other words, or talk to our team at ${clinic.phone}.`,
    choices: [
      { label: 'Ask another way', value: 'help' },
      { label: 'Talk to a person', value: 'talk to a person' },
    ],
  };
}
