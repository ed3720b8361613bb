/**
 * Tells clinic staff that a patient asked to talk to a person. Like the crisis alert it carries no
 * words from the conversation: the hashed conversation id, channel, time and the intent that led here.
 */
export interface HandoffRequest {
  conversationHash: string;
  channel: string;
  at: Date;
  intent: string;
}

export interface HandoffNotifierOptions {
  webhookUrl: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  logger: { warn(obj: Record<string, unknown>, msg: string): void };
}

/** Returns whether staff were reached; never throws, so the patient is always told what happens next. */
export function createHandoffNotifier(options: HandoffNotifierOptions): (request: HandoffRequest) => Promise<boolean> {
  const fetchImpl = options.fetchImpl ?? fetch;
  return async (request) => {
    try {
      const response = await fetchImpl(options.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'handoff-request', conversationHash: request.conversationHash, channel: request.channel, at: request.at.toISOString(), intent: request.intent }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (!response.ok) options.logger.warn({ status: response.status }, 'handoff webhook refused the request');
      return response.ok;
    } catch (error) {
      options.logger.warn({ reason: error instanceof Error ? error.name : 'unknown' }, 'handoff webhook failed');
      return false;
    }
  };
}

/** A patient's request as the dialogs know it; the conversation id is hashed before it leaves. */
export interface PatientHandoff {
  conversationId: string;
  channel: string;
  intent: string;
}

/** Staff are told who asked (hashed), where, when and why: the payload the webhook receives. */
export function createHandoffRequester(
  notify: (request: HandoffRequest) => Promise<boolean>,
  hash: (value: string) => string,
  now: () => Date,
): (request: PatientHandoff) => Promise<boolean> {
  return ({ conversationId, channel, intent }) => notify({ conversationHash: hash(conversationId), channel, at: now(), intent });
}
