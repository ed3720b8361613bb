import type { Activity, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { turnErrorReply } from '../core/messages';
import { packSmsTurn } from '../core/render';
import { useTurnPipeline, type TurnPipeline } from '../bot/adapter';
import { CollectingAdapter } from '../bot/collectingAdapter';
import type { BotServices } from '../bot/services';
import { SMS_CHANNEL_ID } from './twilioMessages';
import { registerTwilioSms, type TwilioSmsRoute } from './twilioSms';

export { TWILIO_SMS_PATH, registerTwilioSms, type TwilioSmsDeps, type TwilioSmsRoute } from './twilioSms';

/**
 * Wires POST /api/sms/twilio when TWILIO_AUTH_TOKEN is set (else the route does not exist): SMS
 * turns run through the same safety middleware, error handler and bot as /api/messages.
 */
export function enableTwilioSms(server: Server, services: BotServices, pipeline: TurnPipeline, onTurn: (context: TurnContext) => Promise<void>): TwilioSmsRoute | undefined {
  const { config } = services;
  if (!config.twilio) return undefined;
  const adapter = useTurnPipeline(new CollectingAdapter(), pipeline);
  return registerTwilioSms(server, {
    authToken: config.twilio.authToken,
    publicUrl: config.twilio.webhookUrl,
    logger: services.logger,
    hash: (value) => services.hash(value),
    // A turn's replies are rendered one by one; packed here so short ones share a text (at most three a turn).
    runTurn: async (activity, outbox) => packedTexts(await adapter.process(activity, onTurn, outbox)),
    maxBodyBytes: config.maxBodyBytes,
    fallbackTexts: services.render(turnErrorReply(services.clinic, services.safetyPointer), SMS_CHANNEL_ID).flatMap((activity) => (activity.text ? [activity.text] : [])),
  });
}

/** The turn's text messages packed into as few texts as fit (see packSmsTurn); anything else is left out, as Twilio sends only text. */
function packedTexts(sent: readonly Partial<Activity>[]): Partial<Activity>[] {
  const texts = sent.flatMap((activity) => (activity.type === 'message' && typeof activity.text === 'string' && activity.text.trim() !== '' ? [activity.text] : []));
  return packSmsTurn(texts).map((text) => ({ type: 'message', text, textFormat: 'plain' }));
}
