import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { SafetyResult } from '../../core/safety/types';
import { errorSummary, type Logger } from '../../logger';
import type { SendActivities } from '../send';
import { NO_OUTCOME, type TurnOutcome } from '../turnState';

/**
 * Staff see why the bot said what it said in Bot Framework Emulator: one trace activity per message
 * turn there, sent by whoever ends the turn (the safety gate for a crisis, ClinicBot with what its
 * turn returned otherwise); no other channel gets it. Never message text.
 */
export class TurnTrace {
  constructor(private readonly deps: { sendActivities: SendActivities; logger: Logger }) {}

  async send(context: TurnContext, safety: SafetyResult, outcome: TurnOutcome = NO_OUTCOME): Promise<void> {
    if (context.activity.channelId !== 'emulator') return;
    const { intent, answerId, score } = outcome;
    try {
      await this.deps.sendActivities(context, [{
        type: ActivityTypes.Trace,
        name: 'TurnTrace',
        label: 'Turn trace',
        valueType: 'TurnTrace',
        value: { intent, safety: safety.level, answerId, score },
      }]);
    } catch (error) {
      this.deps.logger.warn({ err: errorSummary(error) }, 'could not send the turn trace');
    }
  }
}
