/*
 * Speed work-arounds, in one place. Each is kept because it takes per-turn work or heap off a
 * botbuilder 4.x default; the move to the Microsoft 365 Agents SDK deletes this folder in one
 * commit. Measure any of them by turning it off and running `npm run bench:load` (per-turn
 * latency and turns/s against the lean and the sample echo bot), `npm run bench:turn` (whole
 * turns without HTTP, finer) or `npm run bench:memory` (heap). Numbers live in docs/performance.md,
 * never in comments here.
 *
 * Elsewhere, because they are not botbuilder work-arounds: ClinicBot switches on the activity
 * type instead of using ActivityHandler (src/bot/clinicBot.ts); open-now status is read from
 * the clinic's clock once a minute (`oncePerMinute`, src/core/clinic/hours.ts); the crisis
 * classifier's regular expressions are warmed up when the server starts (`warmUpClassifier`, called
 * in src/index.ts); the Azure Blob and
 * Twilio SDKs load only when configured (src/storage/createStorage.ts, src/app.ts); node flags
 * in `npm run start:production`.
 */

/** Saves building a connector client and its HTTP pipeline for every incoming activity (bench:load p50). */
export { ConnectorClientCache, withoutRetries } from './connectorClients';

/** Saves building the OAuth user-token client (an HTTP pipeline) that CloudAdapter asks for on every turn; this bot has no sign-in (bench:load p50). */
export { ClinicBotFrameworkAuthentication, LazyUserTokenClient } from './userTokenClient';

/**
 * botbuilder-dialogs without its index: saves the prompts' Recognizers-Text suites (bench:memory heap);
 * `buildDialogMemoryScopes` / `shareDialogMemoryScopes` save building the dialog memory scopes on every turn (bench:load p50).
 */
export * from './botbuilderDialogs';

/** Saves building and rendering the crisis replies and footers on every turn that sends one: built once, rendered once per kind of channel, frozen (bench:load p50 on crisis turns). */
export { StandingReplies } from './standingReplies';
