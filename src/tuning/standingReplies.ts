import type { Reply } from '../core/reply';
import { channelKind, type ChannelKind, type MessageActivity } from '../core/render';

/**
 * Replies that depend only on the clinic's configuration (the crisis replies, the crisis-aware
 * footer, the mention line): each built once, and rendered once per channel. They carry nothing
 * from any conversation, so one rendering serves every patient; it is frozen, so nothing that
 * handles it can change what the next patient sees. Building and rendering a crisis reply (its
 * lines, sentences and plain-text fallback) is most of the crisis turn's own work.
 */
export class StandingReplies {
  private readonly replies = new Map<string, Reply>();
  private readonly renderings = new WeakMap<Reply, Map<ChannelKind, readonly MessageActivity[]>>();

  constructor(private readonly renderFresh: (reply: Reply, channelId: string) => MessageActivity[]) {}

  /**
   * The reply kept under `key`, built by `build` the first time. The key must name everything
   * the reply depends on besides the configuration (e.g. the crisis level, whether the clinic is
   * open). A build that throws keeps nothing, so the next turn tries again.
   */
  keep(key: string, build: () => Reply): Reply {
    let reply = this.replies.get(key);
    if (!reply) {
      reply = build();
      this.replies.set(key, reply);
      this.renderings.set(reply, new Map());
    }
    return reply;
  }

  /**
   * Any reply for a channel: a kept one from its stored rendering, any other rendered afresh.
   * Stored per kind of channel (Teams, SMS, Web Chat and the rest), which is all rendering looks at.
   */
  render(reply: Reply, channelId: string): readonly MessageActivity[] {
    const byChannel = this.renderings.get(reply);
    if (!byChannel) return this.renderFresh(reply, channelId);
    const kind = channelKind(channelId);
    let rendered = byChannel.get(kind);
    if (!rendered) {
      rendered = deepFreeze(this.renderFresh(reply, channelId));
      byChannel.set(kind, rendered);
    }
    return rendered;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
