import type { ClinicProfile } from './clinic/schema';
import type { Choice, Reply } from './reply';

/**
 * The bot's own words (welcome, menus, apologies). Answers about treatment never come
 * from here: they come from vetted knowledge entries.
 */

export const TOPIC_CHOICES: Choice[] = [
  { label: 'What is ketamine therapy?', value: 'What is ketamine therapy?' },
  { label: 'What does a session feel like?', value: 'What does a session feel like?' },
  { label: 'Side effects', value: 'What are the side effects?' },
  { label: 'My first visit', value: 'first visit guide' },
  { label: 'Cost and insurance', value: 'cost and insurance' },
  { label: 'Talk to a person', value: 'talk to a person' },
];

/**
 * `crisisLine` is the country's one-line crisis pointer (resourcesLine from safety/crisisReply),
 * so a clinic outside the US never shows US numbers.
 */
export function welcomeReply(clinic: ClinicProfile, crisisLine: string): Reply {
  return {
    style: 'menu',
    title: `Welcome to ${clinic.name}`,
    text:
      `Hi, I'm the automated assistant of ${clinic.name}. I'm not a clinician and I can't give medical advice, ` +
      `but I can answer common questions about ketamine and Spravato (esketamine) treatment, help you prepare for a visit, ` +
      `and tell you how to reach our team.\n\n` +
      `**${crisisLine}**`,
    smsText: `Hi, this is the automated assistant of ${clinic.name}. I'm not a clinician and can't give medical advice. Ask me about ketamine or Spravato treatment. ${crisisLine}`,
    choices: TOPIC_CHOICES,
  };
}

/** At a waiting prompt, which asks again right after: what the patient can do, without a second list of choices. */
export function helpAtPromptReply(): Reply {
  return {
    style: 'plain',
    text: 'You can ask me a question in your own words at any time. To leave this and see all topics, say **exit**.',
  };
}

export function helpReply(): Reply {
  return {
    style: 'menu',
    text:
      'You can ask me a question in your own words, or pick a topic. At any time you can say **start over**.',
    choices: TOPIC_CHOICES,
  };
}

/**
 * A greeting after the welcome: short, with the menu, never the whole welcome again. Without the
 * menu (`withTopics: false`) when a prompt asks again right after, so one list of choices is shown.
 */
export function shortHelloReply({ withTopics = true }: { withTopics?: boolean } = {}): Reply {
  if (!withTopics) return { style: 'plain', text: 'Hello again.' };
  return { style: 'menu', text: 'Hello again. What would you like to know? You can type a question or pick a topic.', choices: TOPIC_CHOICES };
}

export function goodbyeReply(clinic: ClinicProfile): Reply {
  return { style: 'plain', text: `You're welcome. Take care. You can reach ${clinic.name} at ${clinic.phone}.` };
}

/** The name a dialog has when a did-you-mean offers it. */
export const DIALOG_LABELS = {
  greeting: 'Say hello',
  help: 'See what I can do',
  goodbye: 'End the chat',
  cancel: 'Stop this',
  'start-over': 'Start over',
  feedback: 'Give feedback about this chat',
  'talk-to-person': 'Talk to a person',
  'cost-insurance': 'Cost and insurance',
  'first-visit-guide': 'My first visit, step by step',
  'eligibility-checklist': 'Is this for me? A checklist',
} as const;

export function turnErrorReply(clinic: ClinicProfile, crisisLine: string): Reply {
  return {
    style: 'plain',
    text: `Sorry, something went wrong on our side and I couldn't finish that. Please try again, or call ${clinic.name} at ${clinic.phone}. ${crisisLine}`,
  };
}

export function rateLimitedReply(clinic: ClinicProfile, crisisLine: string): Reply {
  return {
    style: 'plain',
    text: `You're sending messages faster than I can answer. Please wait a few seconds and try again, or call us at ${clinic.phone}. ${crisisLine}`,
  };
}

export function unsupportedInputReply(): Reply {
  return {
    style: 'plain',
    text: "I can only read text messages. Please type your question, or say **help** to see what I can do.",
  };
}
