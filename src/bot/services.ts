import type { Activity, Storage } from 'botbuilder';
import type { ClinicProfile } from '../core/clinic/schema';
import type { AppConfig } from '../core/config';
import type { Reply } from '../core/reply';
import type { SafetyResult } from '../core/safety/types';
import type { UrgentLevel } from '../core/safety/crisisReply';
import type { Logger } from '../logger';
import type { RateLimiter } from '../core/rateLimit';
import type { HashedId } from '../core/privacy';
import type { CrisisAlert } from '../core/safety/alert';

/** What the safety layer says, per level, for this clinic's country. */
export interface SafetyReplies {
  /** The reply for crisis, emergency and other-at-risk. */
  /** `language`: the message's, when not English (the reply follows it). */
  urgent(level: UrgentLevel, now: Date, language?: 'es'): Reply;
  /** One line added to a normal answer when suicide is mentioned. */
  mentionLine(): Reply;
  /** Added to every reply while a conversation is in its crisis-aware period. */
  crisisAwareFooter(): Reply;
}


/** Everything the bot glue needs, built once at start-up and passed in (no singletons). */
export interface BotServices {
  config: AppConfig;
  logger: Logger;
  clinic: ClinicProfile;
  storage: Storage;
  classify(text: string): SafetyResult;
  safetyReplies: SafetyReplies;
  /** The country's standing crisis pointer for the welcome and apologies ("call or text 988, or call 911"). */
  safetyPointer: string;
  /** Fire-and-forget staff alert; never awaited before the user's reply. */
  alertStaff?(alert: CrisisAlert): Promise<unknown>;
  render(reply: Reply, channelId: string): readonly Partial<Activity>[];
  /** Per-conversation flood control; crisis messages bypass it. */
  conversationLimiter: RateLimiter;
  hash(value: string): HashedId;
  now(): Date;
}
