import type { Request, Response } from 'restify';

/** Small restify helpers shared by the chat routes. */

export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S{1,512})$/i.exec(header.trim());
  return match?.[1];
}

/**
 * The client's address for rate limiting. Behind a reverse proxy every request comes from the
 * proxy, so with `trustProxy` the right-most X-Forwarded-For entry (the one our proxy added;
 * entries to its left are whatever the client sent) is used instead.
 */
export function clientIp(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').map((part) => part.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 415; message: string };

/** Parses a body read by restify's bodyReader; messages never quote it. */
export function jsonBody(req: Request): JsonBody {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') return { ok: false, status: 415, message: 'Content-Type must be application/json.' };
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
}

/** JSON that no cache or proxy keeps: tokens and transcripts are personal. */
export function sendPrivateJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.send(status, body);
}

/** A route parameter as a string (restify types params as any). */
export function routeParam(req: Request, name: string): string {
  const params = req.params as unknown;
  const value = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}
