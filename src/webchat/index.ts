import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity } from 'botbuilder';
import type { ClinicProfile } from '../core/clinic/schema';
import type { Logger } from '../logger';
import { asset, loadWebChatAssets, type Asset, type WebChatAssets } from './assets';
import { AZURE_DIRECT_LINE, DirectLineTokenError, generateDirectLineToken } from './directLineTokens';
import { clientIp, sendPrivateJson } from './http';
import { LocalConversations, type LocalConversationsOptions } from './localConversations';
import { registerLocalDirectLine, type LocalDirectLine } from './localDirectLine';
import { contentSecurityPolicy, directLineOrigins, pageTheme, renderPage, themeCss } from './page';
import { createRateLimiter } from '../core/rateLimit';

/**
 * The website chat: the page at `/` with Microsoft's Web Chat, its assets, an embed script,
 * and the token endpoint. With a Direct Line secret it hands out Azure Direct Line tokens;
 * without one the bot serves Direct Line itself (localDirectLine.ts), so it runs with no
 * Azure account.
 */
export interface WebChatDeps {
  clinic: ClinicProfile;
  logger: Logger;
  /** Azure Bot Direct Line secret. Stays on the server; absent = local Direct Line. */
  directLineSecret?: string;
  /** Runs one bot turn for an activity from the local Direct Line. */
  processActivity(activity: Activity): Promise<void>;
  /** e.g. https://chat.example.org, when the bot sits behind a proxy that changes the address. */
  publicBaseUrl?: string;
  /** Token requests per client IP per minute (default 10). */
  rateLimit?: { perMinute: number };
  /** Scheme and host of Azure Direct Line (default https://directline.botframework.com; regional ones differ). */
  directLineBaseUrl?: string;
  /** Sites allowed to show the chat in an iframe (the clinic's website, for /embed.js), e.g. https://www.example.org. */
  frameAncestors?: readonly string[];
  /** Rate-limit by X-Forwarded-For; only behind a proxy that sets it. */
  trustProxy?: boolean;
  outboundTimeoutMs?: number;
  /** Tests: where index.html and friends are, and memory limits of the local Direct Line. */
  publicDir?: string;
  local?: LocalConversationsOptions & { longPollMs?: number; maxQueuedTurns?: number };
  now?: () => number;
}

export interface WebChat {
  mode: 'azure' | 'local';
  /** Stops timers, answers held polls and waits for local turns in flight. */
  close(): Promise<void>;
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function registerWebChat(server: Server, deps: WebChatDeps): WebChat {
  const { clinic, logger } = deps;
  const frameAncestors = checkedOrigins(deps.frameAncestors ?? [], 'frameAncestors');
  const publicBaseUrl = deps.publicBaseUrl ? checkedOrigins([deps.publicBaseUrl], 'publicBaseUrl')[0] : undefined;
  const directLineBaseUrl = deps.directLineBaseUrl ?? AZURE_DIRECT_LINE;
  const secret = deps.directLineSecret?.trim() || undefined;
  const now = deps.now ?? Date.now;
  const assets = loadWebChatAssets(deps.publicDir);
  const webChatScriptUrl = `/webchat/webchat.js?v=${encodeURIComponent(assets.webChatVersion)}`;
  const themeAsset = asset(themeCss(pageTheme(clinic.colors)), 'text/css; charset=utf-8');
  const tokensPerMinute = deps.rateLimit?.perMinute ?? 10;
  const limiter = createRateLimiter({ burst: tokensPerMinute, perMinute: tokensPerMinute });

  server.get('/', (_req: Request, res: Response, next: restify.Next) => {
    const nonce = randomBytes(18).toString('base64');
    const html = renderPage(assets.pageTemplate, { clinic, nonce, webChatScriptUrl });
    setPageSecurityHeaders(res, contentSecurityPolicy({ nonce, connectOrigins: secret ? directLineOrigins(directLineBaseUrl) : [], frameAncestors }), frameAncestors.length === 0);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // The nonce changes on every load, so the page itself is never cached.
    res.setHeader('Cache-Control', 'no-store');
    res.sendRaw(200, html);
    return next();
  });

  server.get('/webchat/page.mjs', staticAsset(assets.pageScript));
  server.get('/webchat/page.css', staticAsset(assets.pageCss));
  server.get('/webchat/theme.css', staticAsset(themeAsset));
  server.get('/embed.js', staticAsset(assets.embedScript, { 'Cross-Origin-Resource-Policy': 'cross-origin' }));
  server.get('/webchat/webchat.js', async (req: Request, res: Response) => streamWebChatBundle(req, res, assets, logger));

  let local: LocalDirectLine | undefined;
  let localStore: LocalConversations | undefined;
  let issueSession: () => Promise<SessionAnswer>;
  if (secret) {
    issueSession = () => azureSession(secret, directLineBaseUrl, deps.outboundTimeoutMs ?? 5000, logger);
  } else {
    const conversations = new LocalConversations({ ...deps.local, now });
    localStore = conversations;
    local = registerLocalDirectLine(server, {
      conversations,
      logger,
      processActivity: (activity) => deps.processActivity(activity),
      botName: clinic.name,
      longPollMs: deps.local?.longPollMs,
      maxQueuedTurns: deps.local?.maxQueuedTurns,
      now,
    });
    issueSession = () => Promise.resolve(localSession(conversations, publicBaseUrl));
  }

  server.get('/api/directline/token', async (req: Request, res: Response) => {
    const decision = limiter.take(clientIp(req, deps.trustProxy ?? false), now());
    if (!decision.allowed) {
      return sendPrivateJson(res, 429, { error: 'Too many chat sessions started from this address. Please wait a minute.' }, { 'Retry-After': String(decision.retryAfterSeconds) });
    }
    const answer = await issueSession();
    return sendPrivateJson(res, answer.status, answer.body, answer.headers);
  });

  // Forget idle conversations; unref'd so it never keeps the process alive. (The limiter bounds itself.)
  const sweeper = setInterval(() => {
    const removed = localStore?.sweep() ?? 0;
    if (removed > 0) logger.debug({ removed, open: localStore?.size }, 'local Direct Line: idle conversations forgotten');
  }, 60_000);
  sweeper.unref();

  logger.info({ mode: secret ? 'azure-direct-line' : 'local-direct-line', webChat: assets.webChatVersion }, 'web chat page at /');
  return {
    mode: secret ? 'azure' : 'local',
    async close() {
      clearInterval(sweeper);
      await local?.close();
    },
  };
}

interface SessionAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

function localSession(conversations: LocalConversations, publicBaseUrl: string | undefined): SessionAnswer {
  const issued = conversations.issue();
  if (!issued) return { status: 503, body: { error: 'The chat is busy. Please try again in a minute.' }, headers: { 'Retry-After': '60' } };
  // Relative unless configured: the page resolves it against its own address.
  const domain = `${publicBaseUrl ?? ''}/v3/directline`;
  return { status: 200, body: { token: issued.token, conversationId: issued.conversationId, userId: issued.userId, domain, local: true } };
}

async function azureSession(secret: string, baseUrl: string, timeoutMs: number, logger: Logger): Promise<SessionAnswer> {
  try {
    const session = await generateDirectLineToken({ secret, baseUrl, timeoutMs });
    const body: Record<string, unknown> = { token: session.token, conversationId: session.conversationId, userId: session.userId, expires_in: session.expiresIn };
    // Web Chat knows the global endpoint; a regional one must be named.
    if (baseUrl !== AZURE_DIRECT_LINE) body.domain = `${baseUrl.replace(/\/+$/, '')}/v3/directline`;
    return { status: 200, body };
  } catch (error) {
    const upstreamStatus = error instanceof DirectLineTokenError ? error.upstreamStatus : undefined;
    const reason = error instanceof DirectLineTokenError ? error.message : 'unexpected error';
    logger.error({ upstreamStatus, reason }, 'could not get a Direct Line token');
    return { status: 502, body: { error: 'The chat service is unavailable right now.' } };
  }
}

function setPageSecurityHeaders(res: Response, csp: string, sameOriginFramesOnly: boolean): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Older browsers ignore frame-ancestors; X-Frame-Options cannot list other sites, so it is
  // sent only when no other site may frame the page.
  if (sameOriginFramesOnly) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
}

function staticAsset(asset: Asset, extraHeaders: Record<string, string> = {}) {
  return (req: Request, res: Response, next: restify.Next) => {
    res.setHeader('ETag', asset.etag);
    // Small files that change with each release: always revalidate (cheap with the ETag).
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Referrer-Policy', 'no-referrer');
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    if (req.headers['if-none-match'] === asset.etag) {
      res.sendRaw(304, '');
      return next();
    }
    res.setHeader('Content-Type', asset.contentType);
    res.sendRaw(200, asset.body);
    return next();
  };
}

/** The Web Chat bundle (megabytes), straight from node_modules, gzipped when the browser accepts it. */
async function streamWebChatBundle(req: Request, res: Response, assets: WebChatAssets, logger: Logger): Promise<void> {
  const etag = `"webchat-${assets.webChatVersion}"`;
  res.setHeader('ETag', etag);
  // The page asks for ?v=<version>, so a new Web Chat release is a new URL.
  res.setHeader('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  try {
    if (gzip) await pipeline(createReadStream(assets.webChatBundlePath), createGzip(), res);
    else await pipeline(createReadStream(assets.webChatBundlePath), res);
  } catch (error) {
    // Usually the browser went away mid-download; nothing to answer.
    if (!res.destroyed) res.destroy();
    logger.debug({ err: error instanceof Error ? error.name : 'unknown' }, 'web chat bundle download ended early');
  }
}

/** Origins only (scheme, host, port): they go into a CSP header, so nothing else may slip in. */
function checkedOrigins(values: readonly string[], name: string): string[] {
  return values.map((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`${name}: "${value}" is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))) {
      throw new Error(`${name}: "${value}" must be https (http only for localhost)`);
    }
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) throw new Error(`${name}: "${value}" must be an origin like https://www.example.org, without a path`);
    return url.origin;
  });
}
