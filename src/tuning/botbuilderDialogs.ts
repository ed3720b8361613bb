/**
 * The parts of botbuilder-dialogs the bot uses, loaded without the package's index. The index also
 * loads every prompt and, through them, Microsoft's Recognizers-Text suites (dates, numbers and
 * choices in a dozen languages): heap for features this bot does not use. These
 * are the same files the index loads, so classes stay shared with anything that imports the index.
 * Values come from here (eslint enforces it); types may still be imported from 'botbuilder-dialogs'.
 */
import type { TurnContext } from 'botbuilder';
import { DialogsComponentRegistration } from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs/lib/memory/dialogStateManager';

export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogReason, DialogTurnStatus, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext, type DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';

/** Where a DialogStateManager looks for its memory scopes before building them (botbuilder-dialogs 4.x). */
export const DIALOG_STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * The dialog memory scopes (turn, dialog, conversation, ...), built once. Left to itself,
 * botbuilder-dialogs builds them for the first dialog context of every turn, through a
 * dependency-injection container and a schema parse of the settings, on every turn. They hold no data of their own (each reads the turn it is given), so
 * one set serves every turn; hand it to each turn with `shareDialogMemoryScopes`.
 */
export function buildDialogMemoryScopes(): DialogStateManagerConfiguration {
  const registration = new DialogsComponentRegistration();
  return { memoryScopes: registration.getMemoryScopes(), pathResolvers: registration.getPathResolvers() };
}

/** Call before creating the turn's first dialog context. */
export function shareDialogMemoryScopes(context: TurnContext, scopes: DialogStateManagerConfiguration): void {
  context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, scopes);
}
