import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The memory behind the local Direct Line: one record per conversation, holding its token and
 * its transcript until the conversation goes idle. Bounded on every axis (conversations,
 * activities per conversation, idle time) because it lives in the bot's own process.
 */

/** A Bot Framework activity as JSON, with the id this store gave it. */
export type StoredActivity = Record<string, unknown> & { id: string; type: string };

export interface LocalConversation {
  readonly id: string;
  readonly userId: string;
  /** Set when the client opens the conversation (POST /conversations), as Direct Line does. */
  started: boolean;
  /** Last time anyone wrote to it (user or bot); polling does not keep a conversation alive. */
  lastActiveAt: number;
  /** Index of activities[0] in the whole transcript: older ones were dropped by the cap. */
  firstIndex: number;
  readonly activities: StoredActivity[];
  readonly tokenHash: Buffer;
}

export interface LocalConversationsOptions {
  now?: () => number;
  /** Forgotten this long after the last message (default 1 hour). */
  idleMs?: number;
  /** A token never used to open its conversation is forgotten sooner (default 10 minutes). */
  unopenedMs?: number;
  maxConversations?: number;
  /** The oldest activities are dropped past this; Web Chat already has them. */
  maxActivitiesPerConversation?: number;
}

export type Authorization =
  | { ok: true; conversation: LocalConversation }
  | { ok: false; status: 401 | 403 | 404 };

export class LocalConversations {
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly conversationIdByTokenHash = new Map<string, string>();
  private readonly now: () => number;
  readonly idleMs: number;
  private readonly unopenedMs: number;
  private readonly maxConversations: number;
  private readonly maxActivities: number;

  constructor(options: LocalConversationsOptions = {}) {
    this.now = options.now ?? Date.now;
    this.idleMs = options.idleMs ?? 60 * 60_000;
    this.unopenedMs = options.unopenedMs ?? 10 * 60_000;
    this.maxConversations = options.maxConversations ?? 5_000;
    this.maxActivities = options.maxActivitiesPerConversation ?? 200;
  }

  /** A new conversation and the only token that opens it; undefined when the store is full. */
  issue(): { token: string; conversationId: string; userId: string } | undefined {
    if (this.conversations.size >= this.maxConversations) this.sweep();
    if (this.conversations.size >= this.maxConversations) return undefined;
    const token = randomBytes(32).toString('base64url');
    const conversation: LocalConversation = {
      id: `local-${randomBytes(16).toString('hex')}`,
      // Not "dl_": Web Chat reserves that prefix for ids signed into an Azure token.
      userId: `u_${randomBytes(12).toString('hex')}`,
      started: false,
      lastActiveAt: this.now(),
      firstIndex: 0,
      activities: [],
      tokenHash: hashToken(token),
    };
    this.conversations.set(conversation.id, conversation);
    this.conversationIdByTokenHash.set(conversation.tokenHash.toString('hex'), conversation.id);
    return { token, conversationId: conversation.id, userId: conversation.userId };
  }

  /** The conversation a bearer token belongs to (for POST /conversations, which names none). */
  byToken(token: string | undefined): LocalConversation | undefined {
    if (!token) return undefined;
    const id = this.conversationIdByTokenHash.get(hashToken(token).toString('hex'));
    return id === undefined ? undefined : this.live(id);
  }

  /** 401 without a token, 404 for a conversation that does not exist (any more), 403 for another conversation's token. */
  authorize(conversationId: string, token: string | undefined): Authorization {
    if (!token) return { ok: false, status: 401 };
    const conversation = this.live(conversationId);
    if (!conversation) return { ok: false, status: 404 };
    if (!timingSafeEqual(conversation.tokenHash, hashToken(token))) return { ok: false, status: 403 };
    return { ok: true, conversation };
  }

  /** For the bot's side, which proves itself differently (see localDirectLine.ts). */
  get(conversationId: string): LocalConversation | undefined {
    return this.live(conversationId);
  }

  open(conversation: LocalConversation): void {
    conversation.started = true;
    conversation.lastActiveAt = this.now();
  }

  /** Stores an activity under the next id ("<conversation>|0000007", as Direct Line numbers them). */
  append(conversation: LocalConversation, activity: Record<string, unknown> & { type: string }): StoredActivity {
    const index = conversation.firstIndex + conversation.activities.length;
    const stored: StoredActivity = { ...activity, id: `${conversation.id}|${String(index).padStart(7, '0')}` };
    conversation.activities.push(stored);
    const overflow = conversation.activities.length - this.maxActivities;
    if (overflow > 0) {
      conversation.activities.splice(0, overflow);
      conversation.firstIndex += overflow;
    }
    conversation.lastActiveAt = this.now();
    return stored;
  }

  /** Activities from `watermark` on, and the watermark to ask with next time. */
  since(conversation: LocalConversation, watermark: string | undefined): { activities: StoredActivity[]; watermark: string } {
    const end = conversation.firstIndex + conversation.activities.length;
    const requested = watermark !== undefined && /^\d{1,9}$/.test(watermark) ? Number(watermark) : 0;
    const from = Math.min(Math.max(requested, conversation.firstIndex), end);
    return { activities: conversation.activities.slice(from - conversation.firstIndex), watermark: String(end) };
  }

  /** Forgets idle conversations; returns how many. */
  sweep(): number {
    const now = this.now();
    let removed = 0;
    for (const conversation of this.conversations.values()) {
      if (this.expired(conversation, now)) {
        this.remove(conversation);
        removed += 1;
      }
    }
    return removed;
  }

  get size(): number {
    return this.conversations.size;
  }

  private live(conversationId: string): LocalConversation | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    if (this.expired(conversation, this.now())) {
      this.remove(conversation);
      return undefined;
    }
    return conversation;
  }

  private expired(conversation: LocalConversation, now: number): boolean {
    return now - conversation.lastActiveAt >= (conversation.started ? this.idleMs : this.unopenedMs);
  }

  private remove(conversation: LocalConversation): void {
    this.conversations.delete(conversation.id);
    this.conversationIdByTokenHash.delete(conversation.tokenHash.toString('hex'));
  }
}

/** Only hashes are kept, so a heap dump does not hand out working tokens. */
function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
