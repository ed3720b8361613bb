import type { Activity, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { packSmsTurn } from '../core/render';
import { useTurnPipeline, type TurnPipeline } from '../bot/pipeline';
import { CollectingAdapter } from '../bot/collectingAdapter';
import type { AppConfig } from '../core/config';
import type { Logger } from '../logger';
import { registerTwilioSms, type TwilioSmsRoute } from './twilioSms';

export { SMS_CHANNEL_ID } from './twilioMessages';
export { TWILIO_SMS_PATH, registerTwilioSms, type TwilioSmsDeps, type TwilioSmsRoute } from './twilioSms';

export interface TwilioSmsWiring {
  twilio: NonNullable<AppConfig['twilio']>;
  maxBodyBytes: number;
  logger: Logger;
  hash(value: string): string;
  /** The shared pipeline: SMS turns run through the same safety gate and error handler as /api/messages. */
  pipeline: TurnPipeline;
  onTurn(context: TurnContext): Promise<void>;
  /** The apology, rendered for SMS: what to text when a turn fails or runs late. */
  fallbackActivities: readonly Partial<Activity>[];
}

/** POST /api/sms/twilio, wired only when TWILIO_AUTH_TOKEN is set (else the route does not exist). */
export function enableTwilioSms(server: Server, wiring: TwilioSmsWiring): TwilioSmsRoute {
  const adapter = useTurnPipeline(new CollectingAdapter(), wiring.pipeline);
  return registerTwilioSms(server, {
    authToken: wiring.twilio.authToken,
    publicUrl: wiring.twilio.webhookUrl,
    logger: wiring.logger,
    hash: (value) => wiring.hash(value),
    // A turn's replies are rendered one by one; packed here so short ones share a text (at most three a turn).
    runTurn: async (activity, outbox) => packedTexts(await adapter.process(activity, (context) => wiring.onTurn(context), outbox)),
    maxBodyBytes: wiring.maxBodyBytes,
    fallbackTexts: wiring.fallbackActivities.flatMap((activity) => (activity.text ? [activity.text] : [])),
  });
}

/** The turn's text messages packed into as few texts as fit (see packSmsTurn); anything else is left out, as Twilio sends only text. */
function packedTexts(sent: readonly Partial<Activity>[]): Partial<Activity>[] {
  const texts = sent.flatMap((activity) => (activity.type === 'message' && typeof activity.text === 'string' && activity.text.trim() !== '' ? [activity.text] : []));
  return packSmsTurn(texts).map((text) => ({ type: 'message', text, textFormat: 'plain' }));
}
