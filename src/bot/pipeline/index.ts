import type { BotAdapter } from 'botbuilder';
import type { RateLimitMiddleware } from './rateLimit';
import type { SafetyFooterMiddleware } from './safetyFooter';
import type { SafetyGate } from './safetyGate';
import { TurnErrorGuard, type TurnErrorHandler } from './turnErrors';

export { SafetyGate, type SafetyGateDeps } from './safetyGate';
export { RateLimitMiddleware, type RateLimitDeps } from './rateLimit';
export { SafetyFooterMiddleware, type SafetyFooterDeps } from './safetyFooter';
export { TurnTrace } from './turnTrace';
export { TurnErrorGuard, createTurnErrorHandler, type TurnErrorDeps, type TurnErrorHandler } from './turnErrors';

/**
 * What every adapter that runs bot turns shares, built once in the composition root (src/app.ts),
 * so Bot Framework channels, the SMS bridge and tests' TestAdapter behave the same.
 */
export interface TurnPipeline {
  readonly safetyGate: SafetyGate;
  readonly rateLimit: RateLimitMiddleware;
  readonly safetyFooter: SafetyFooterMiddleware;
  readonly handleTurnError: TurnErrorHandler;
}

/**
 * Installs the pipeline on an adapter, in this order:
 * 1. the safety gate (first: classifies every message, answers a crisis, sends the Emulator trace at the end);
 * 2. rate limiting;
 * 3. the safety footer (after the reply);
 * 4. the turn-error guard (the apology), then the bot.
 */
export function useTurnPipeline<T extends BotAdapter>(adapter: T, pipeline: TurnPipeline): T {
  adapter.onTurnError = pipeline.handleTurnError;
  adapter.use(pipeline.safetyGate);
  adapter.use(pipeline.rateLimit);
  adapter.use(pipeline.safetyFooter);
  adapter.use(new TurnErrorGuard(pipeline.handleTurnError));
  return adapter;
}
