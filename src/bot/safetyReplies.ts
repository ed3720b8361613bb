import type { ClinicProfile } from '../core/clinic/schema';
import type { Reply } from '../core/reply';
import { crisisAwareFooter, crisisReply, resourcesFooter, type UrgentLevel } from '../core/safety/crisisReply';
import { crisisReplySpanish } from '../core/safety/crisisReplySpanish';
import type { CrisisResources } from '../core/safety/resources';
import type { StandingReplies } from '../tuning';

/** What the safety layer says, per level, for this clinic's country. */
export interface SafetyReplies {
  /** The reply for crisis, emergency and other-at-risk. `language`: the message's, when not English (the reply follows it). */
  urgent(level: UrgentLevel, now: Date, language?: 'es'): Reply;
  /** One line added to a normal answer when suicide is mentioned. */
  mentionLine(): Reply;
  /** Added to every reply while a conversation is in its crisis-aware period. */
  crisisAwareFooter(): Reply;
}

export interface SafetyRepliesOptions {
  resources: CrisisResources;
  clinic: ClinicProfile;
  /** Whether the clinic is open at that moment; must not throw (see clinic/hours.ts `openNowOrClosed`). */
  clinicOpenAt(at: Date): boolean;
  /** Where the built replies are kept: each depends only on the configuration and its key. */
  standing: StandingReplies;
}

/**
 * The crisis replies, built once per distinct reply. The key names everything a reply depends
 * on besides the configuration: the level, whether the clinic is open now (it offers the clinic's
 * number only then) and the language.
 */
export function createSafetyReplies(options: SafetyRepliesOptions): SafetyReplies {
  const { resources, clinic, standing } = options;
  const clinicOpenAt = (at: Date) => options.clinicOpenAt(at);
  return {
    urgent: (level, at, language) => {
      const clinicOpenNow = clinicOpenAt(at);
      const build = language === 'es' ? crisisReplySpanish : crisisReply;
      return standing.keep(`urgent ${level} ${clinicOpenNow ? 'open' : 'closed'} ${language ?? 'en'}`, () => build(level, resources, clinic, { clinicOpenNow }));
    },
    mentionLine: () => standing.keep('mention line', () => resourcesFooter(resources)),
    crisisAwareFooter: () => standing.keep('crisis-aware footer', () => crisisAwareFooter(resources, clinic)),
  };
}
