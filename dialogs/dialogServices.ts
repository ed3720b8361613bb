import type { TurnContext } from 'botbuilder';
import type { ClinicProfile } from '../src/core/clinic/schema';
import type { Guides } from '../src/core/knowledge/guides';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Reply } from '../src/core/reply';
import type { Decision } from '../src/core/understanding/types';
import type { RecordRequest } from '../src/core/unanswered';
import type { Logger } from '../src/logger';

/** The core services dialogs use, passed in by the composition root (src/app.ts). */
export interface DialogServices {
  clinic: ClinicProfile;
  /** The country's standing crisis pointer, for the welcome. */
  safetyPointer: string;
  /** One decision per message over everything the bot can do (src/core/understanding). */
  understand(text: string): Decision<KnowledgeEntry>;
  entry(id: string): KnowledgeEntry | undefined;
  /** The step-by-step guides; absent in production until a clinician has approved them. */
  guides: Partial<Guides>;
  /** "We're open now until 5:00 PM." / "We're closed now. We open again Monday at 8:00 AM (Central Time)." */
  openStatusText(now: Date): string;
  /** A line sent before an entry's answer (whether the clinic is open now, for booking and hours). */
  leadFor(entryId: string): string | undefined;
  /** Asks staff to contact the patient; resolves false when not configured or unreachable. */
  requestHandoff?(context: TurnContext, intent: string): Promise<boolean>;
  send(context: TurnContext, reply: Reply): Promise<void>;
  /** The value of the last menu's choice a bare number picks ("2"), if any. */
  pickedByNumber(context: TurnContext, text: string): Promise<string | undefined>;
  /** Keeps, redacted, a question the bot could not answer (only with UNANSWERED_QUESTIONS=on; never throws). */
  recordUnanswered(request: RecordRequest): Promise<boolean>;
  logger: Logger;
  now(): Date;
}
