import type { Reply } from '../reply';
import {
  answerCard,
  buttonCard,
  contactButtons,
  hasAnswer,
  replyMarkdown,
  teamsChoiceButtons,
} from './adaptiveCard';
import type { MessageActivity, RenderContext } from './types';

/**
 * Microsoft Teams: never suggested actions (Teams drops them in group chats and channels), so
 * choices are card buttons that post their value back as text.
 */
export function renderForTeams(reply: Reply, ctx: RenderContext): MessageActivity[] {
  const smsLinkButtons = ctx.smsLinkButtons ?? true;
  const choiceButtons = teamsChoiceButtons(reply.choices ?? []);
  const activity: MessageActivity = {
    type: 'message',
    textFormat: 'markdown',
    inputHint: choiceButtons.length > 0 ? 'expectingInput' : 'acceptingInput',
  };

  if (hasAnswer(reply)) {
    activity.attachments = [answerCard(reply, { smsLinkButtons, extraButtons: choiceButtons, fullWidth: true })];
  } else {
    activity.text = replyMarkdown(reply, { withTitle: true });
    const contacts = contactButtons(reply.contacts ?? [], smsLinkButtons);
    const card = buttonCard([contacts, choiceButtons], activity.text);
    if (card) activity.attachments = [card];
  }
  return [activity];
}

/** The parts of a Bot Framework entity a mention has; botbuilder's `Entity` fits this shape. */
export interface EntityLike {
  type: string;
  [key: string]: unknown;
}

/**
 * The message text without the @mention of this bot ("<at>Clinic Bot</at> what is Spravato?" ->
 * "what is Spravato?"). Other people's mentions keep their name without the markup.
 */
export function removeBotMention(text: string, entities: readonly EntityLike[] | undefined, botId: string): string {
  let result = text;
  for (const entity of entities ?? []) {
    if (entity.type !== 'mention') continue;
    const mentioned = entity.mentioned as { id?: unknown; name?: unknown } | undefined;
    if (!mentioned || mentioned.id !== botId) continue;
    if (typeof entity.text === 'string' && entity.text.length > 0) result = result.split(entity.text).join(' ');
    if (typeof mentioned.name === 'string' && mentioned.name.length > 0) {
      result = result.replace(new RegExp(`<at[^>]*>\\s*${escapeRegExp(mentioned.name)}\\s*</at>`, 'gi'), ' ');
    }
  }
  return result
    .replace(/<at[^>]*>(.*?)<\/at>/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
