/**
 * The parts of botbuilder-dialogs the bot uses, loaded without the package's index. The index also
 * loads every prompt and, through them, Microsoft's Recognizers-Text suites (dates, numbers and
 * choices in a dozen languages): about 17 MB of heap for features this bot does not use. These
 * are the same files the index loads, so classes stay shared with anything that imports the index.
 * Values come from here (eslint enforces it); types may still be imported from 'botbuilder-dialogs'.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogReason, DialogTurnStatus, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext, type DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
