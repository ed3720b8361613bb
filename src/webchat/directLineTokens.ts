import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * Exchanges the Direct Line secret for a short-lived token, server-side, so the secret never
 * reaches a browser. https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-authentication
 */

export const AZURE_DIRECT_LINE = 'https://directline.botframework.com';

export interface DirectLineTokenOptions {
  secret: string;
  /** Scheme and host of the Direct Line service (regional endpoints differ; tests use a fake). */
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export interface DirectLineSession {
  token: string;
  conversationId: string;
  /** The token is bound to this user id, so one patient cannot speak as another. */
  userId: string;
  expiresIn: number;
}

const generateResponse = z.object({
  token: z.string().min(1),
  conversationId: z.string().min(1),
  expires_in: z.number().int().positive().optional(),
});

/** Why a token could not be had; never carries the secret or the service's response body. */
export class DirectLineTokenError extends Error {
  override name = 'DirectLineTokenError';
  constructor(
    message: string,
    readonly upstreamStatus?: number,
  ) {
    super(message);
  }
}

/** Direct Line requires user ids bound to a token to start with "dl_". */
export function newDirectLineUserId(): string {
  return `dl_${randomBytes(12).toString('hex')}`;
}

export async function generateDirectLineToken(options: DirectLineTokenOptions): Promise<DirectLineSession> {
  const userId = newDirectLineUserId();
  const url = `${options.baseUrl.replace(/\/+$/, '')}/v3/directline/tokens/generate`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new DirectLineTokenError(timedOut ? `Direct Line did not answer within ${options.timeoutMs} ms` : 'Direct Line could not be reached');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DirectLineTokenError(`Direct Line refused the token request (HTTP ${response.status})`, response.status);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DirectLineTokenError('Direct Line answered with something other than JSON', response.status);
  }
  const parsed = generateResponse.safeParse(body);
  if (!parsed.success) throw new DirectLineTokenError('Direct Line answered without a token and conversation id', response.status);
  return { token: parsed.data.token, conversationId: parsed.data.conversationId, userId, expiresIn: parsed.data.expires_in ?? 1800 };
}
