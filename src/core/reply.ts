/**
 * A channel-neutral reply. Dialogs and the safety layer produce these; only the
 * renderer (src/core/render) decides how each channel shows them.
 */
export interface Reply {
  /** What the reply says. Plain sentences; `**bold**` and `[text](url)` are allowed, never HTML. */
  text: string;
  /** A shorter form for SMS (300 characters or fewer), when the author wrote one. */
  smsText?: string;
  /** How the reply should look where the channel can show more than text. */
  style: 'plain' | 'answer' | 'crisis' | 'menu';
  /** Heading for card-style replies. */
  title?: string;
  /** For answers from the knowledge base: where it came from and when a clinician last reviewed it. */
  answer?: { entryId: string; source: Link; reviewedOn: string; approved: boolean; askHelpful: boolean };
  /** One-tap choices (suggested actions, card buttons, or a numbered list on SMS). */
  choices?: Choice[];
  /** Phone numbers to call or text (tap-to-call buttons where possible, plain digits on SMS). */
  contacts?: Contact[];
  /** Web links worth showing (the booking page, a source). */
  links?: Link[];
}

export interface Choice {
  /** What the patient sees. */
  label: string;
  /** What the bot receives back when it is picked (often the same as the label). */
  value: string;
  /** Other words that pick this choice when typed ("spravato" for "Spravato nasal spray"). */
  synonyms?: string[];
}

export interface Link {
  title: string;
  url: string;
}

export interface Contact {
  /** "Call 988", "Text HOME to 741741". */
  label: string;
  kind: 'call' | 'text';
  /** Digits as dialled, e.g. "988", "741741", "15555550100". */
  number: string;
  /** For texts: the message body to pre-fill, e.g. "HOME". */
  body?: string;
}
