/**
 * Crisis detection: decides how urgently a patient's message needs crisis handling.
 *
 * The message is normalised into a token stream (normalize.ts), every rule (rules.ts) is
 * matched against it, and each match is judged in context: is it negated, hypothetical, an
 * idiom, and who is it about? The most urgent finding wins, in the order
 * crisis > emergency > other-at-risk > mention > none.
 *
 * This function must never fail the person typing: it never throws (any internal error is
 * reported as a crisis, so the crisis resources are shown) and every pattern is bounded, so
 * it stays fast on any input.
 */
import { FRAME_PATTERNS, isBenignFrame } from './benignFrames';
import { isAboutAPatient, isFoundInTheirThings, isPartingWords, isWellFarewell, jokeSpan, namesTheWriter, READING_PATTERNS } from './messageReadings';
import { normalizeForSafety, type NormalizedText } from './normalize';
import { compileAlternative, compileTest, innerSource, splitAlternatives } from './patterns';
import { AnchorIndex, analysePattern } from './prefilter';
import { BEREAVED, CONTEXT_PATTERNS, contextWindow, emergencyFrame, isNegated, isPastEpisode, isQuoteBeforeItsSpeaker, isQuotedFromSomeoneElse, isReportedQuestion, isSaidSafeNow, isSuppressedEmergency, resolvePerson, spanText, subjectBefore } from './context';
import { RULE_SPECS } from './rules';
import type { RuleSpec } from './ruleSpec';
import { raiseByModel, RiskModel } from './riskModel';
import riskModelFile from './risk-model.json';
import { isSpanish } from './language';
import { SAFETY_LEVELS, type SafetyLevel, type SafetyResult } from './types';

/**
 * One top-level alternative of a rule. Splitting rules this way gives each part its own
 * anchors and reach, which keeps the prefilter sharp; judging is per rule, so it is the same
 * decision either way.
 */
interface CompiledRule {
  spec: RuleSpec;
  regex: RegExp;
  unless?: RegExp;
  unlessInMessage?: RegExp;
  /** Most tokens a match can touch; windows around anchors are this wide on each side. */
  reach: number;
  /** Anchor-set ids (into the shared index) that every match needs; empty means "always scan everything". */
  sets: number[];
}

const ANCHOR_SETS: string[][] = [];
const COMPILED_RULES: readonly CompiledRule[] = RULE_SPECS.flatMap((spec) => {
  const unless = spec.unless === undefined ? undefined : compileTest(spec.unless);
  const unlessInMessage = spec.unlessInMessage === undefined ? undefined : compileTest(spec.unlessInMessage);
  return splitAlternatives(innerSource(spec.pattern)).map((alternative) => {
    const shape = analysePattern(alternative);
    const usable = shape.anchorSets.length > 0 && Number.isFinite(shape.maxTokens);
    const sets = usable ? shape.anchorSets.map((set) => ANCHOR_SETS.push(set) - 1) : [];
    return { spec, regex: compileAlternative(alternative), unless, unlessInMessage, reach: shape.maxTokens, sets };
  });
});
const ANCHOR_INDEX = new AnchorIndex(ANCHOR_SETS);

const RISK_MODEL = new RiskModel(riskModelFile);

/**
 * V8 interprets a regular expression on its first run and compiles it on the second; for
 * our larger patterns that costs milliseconds. The server pays it once when it starts
 * (src/index.ts), not while a person in crisis is waiting for the reply, and not every test
 * file at import.
 */
export function warmUpClassifier(): void {
  const regexes = [...COMPILED_RULES.map((rule) => rule.regex), ...new Set(COMPILED_RULES.flatMap((rule) => [rule.unless, rule.unlessInMessage])), ...CONTEXT_PATTERNS, ...FRAME_PATTERNS, ...READING_PATTERNS];
  for (const regex of regexes) {
    if (!regex) continue;
    for (let i = 0; i < 2; i++) {
      regex.lastIndex = 0;
      regex.exec(' warm up . ');
    }
    regex.lastIndex = 0;
  }
}

/** A rule that matches a very long message many times only needs to be judged a few times. */
const MAX_MATCHES_PER_RULE = 24;


// ---------------------------------------------------------------------------------------
// Judging one match

interface Finding {
  level: SafetyLevel;
  id: string;
}

const LEVEL_PREFIX: Readonly<Record<SafetyLevel, string>> = { crisis: 'crisis', emergency: 'emergency', 'other-at-risk': 'other', mention: 'mention', none: 'none' };

function finding(level: SafetyLevel, id: string): Finding {
  return { level, id: `${LEVEL_PREFIX[level]}.${id}` };
}

/** What is read once per message, not per match. */
interface MessageReadings {
  opensWithQuote: boolean;
  /** The tokens of a joke about a trivial annoyance ("if they play that song one more time im walking into the sea lol"): no alarm inside it. */
  joke?: { from: number; to: number };
  /** A goodbye at the end of a course that helped, or before a move or a holiday. */
  wellFarewell: boolean;
  /** A clinician or staff member writing about a patient. */
  aboutAPatient: boolean;
}

function judgeMatch(rule: CompiledRule, tokens: readonly string[], start: number, end: number, message: MessageReadings): Finding | undefined {
  const { spec } = rule;
  if (rule.unless) {
    const { from, to } = contextWindow(tokens, start, end, 8, 8);
    if (rule.unless.test(spanText(tokens, from, to))) return undefined;
  }
  if (rule.unlessInMessage?.test(spanText(tokens, 0, tokens.length - 1))) return undefined;
  const inJoke = message.joke !== undefined && start >= message.joke.from && end <= message.joke.to;
  if (spec.kind !== 'mention' && spec.kind !== 'ordinary' && (inJoke || isBenignFrame(tokens, start, end))) return undefined;
  const negated = spec.negatable !== false && isNegated(tokens, start);
  switch (spec.kind) {
    case 'mention':
      return finding('mention', spec.id);
    case 'ordinary':
      return finding('none', spec.id);
    case 'other':
      return negated ? finding('mention', 'negated') : finding('other-at-risk', spec.id);
    case 'crisis':
      return negated ? finding('mention', 'negated') : finding('crisis', spec.id);
    case 'emergency': {
      if (negated) return undefined;
      if (spec.suppressHypothetical !== false && isSuppressedEmergency(tokens, start, end)) return undefined;
      if (spec.notFirstPerson && subjectBefore(tokens, start) === 'first') return undefined;
      return finding('emergency', spec.id);
    }
    case 'ideation': {
      if (negated) return finding('mention', 'negated');
      if (spec.id === 'goodbye' && message.wellFarewell && isPartingWords(tokens, start, end)) return undefined;
      let person = resolvePerson(spec, tokens, start, end);
      if (person !== 'third' && isFoundInTheirThings(tokens, start, end)) person = 'third';
      if (person === 'first' && message.aboutAPatient && !namesTheWriter(tokens, start, end)) person = 'third';
      if (person === 'first' && isReportedQuestion(tokens, start, end)) return finding('mention', 'reported-question');
      if (person === 'first' && (isQuotedFromSomeoneElse(tokens, start) || isQuoteBeforeItsSpeaker(tokens, start, end, message.opensWithQuote))) {
        // Words of someone who has since died ("grandpa always said when im gone dont cry"): grief, not risk.
        if (BEREAVED.test(spanText(tokens, 0, tokens.length - 1))) return finding('mention', 'history');
        person = 'third';
      }
      if (person !== 'generic' && isPastEpisode(spec, person, tokens, start, end)) return finding('mention', 'history');
      const level = person === 'first' ? (spec.firstLevel ?? 'crisis') : person === 'third' ? (spec.thirdLevel ?? 'other-at-risk') : undefined;
      if (level === 'emergency') {
        // An act told as a hypothetical is talk of it ("if i took the whole bottle"); told as history it is over ("overdosed in 2015").
        const frame = emergencyFrame(tokens, start, end);
        if (frame === 'history') return finding('mention', 'history');
        if (frame === 'hypothetical') return finding(person === 'first' ? 'crisis' : 'other-at-risk', spec.id);
      }
      if (person === 'first') return finding(level ?? 'crisis', spec.id);
      if (person === 'third') {
        return level === 'other-at-risk' && isSaidSafeNow(spec, tokens) ? finding('mention', 'said-safe') : finding(level ?? 'other-at-risk', spec.id);
      }
      const generic = spec.genericLevel ?? 'mention';
      return finding(generic, generic === 'mention' ? 'generic' : spec.id);
    }
  }
}

/** For each character offset of the normalised text, the index of the token it belongs to (a space belongs to the token after it). */
function tokenIndexByOffset(doc: NormalizedText): Int32Array {
  const map = new Int32Array(doc.text.length + 1);
  let token = 0;
  for (let offset = 0; offset < map.length; offset++) {
    while (token + 1 < doc.starts.length && (doc.starts[token + 1] as number) <= offset) token++;
    map[offset] = token;
  }
  return map;
}

/** One message being classified: its tokens and where each character's token is. */
interface Scan {
  doc: NormalizedText;
  tokenOf: Int32Array;
  message: MessageReadings;
}

const PRECEDENCE: Readonly<Record<SafetyLevel, number>> = Object.fromEntries(SAFETY_LEVELS.map((level, index) => [level, index])) as Record<SafetyLevel, number>;

interface TokenWindow {
  from: number;
  to: number;
}

/** Keeps the hits of the first anchor set that have a hit of the second within reach. */
function hitsNear(first: readonly number[], second: readonly number[], reach: number, scan: Scan): number[] {
  const secondTokens = second.map((offset) => scan.tokenOf[offset] as number);
  const kept: number[] = [];
  let j = 0;
  for (const offset of first) {
    const at = scan.tokenOf[offset] as number;
    while (j < secondTokens.length && (secondTokens[j] as number) < at - reach) j++;
    if (j < secondTokens.length && (secondTokens[j] as number) <= at + reach) kept.push(offset);
  }
  return kept;
}

/** Token windows around a rule's anchor hits, merged; undefined means "scan everything". */
function windowsFor(rule: CompiledRule, hits: readonly number[], scan: Scan): TokenWindow[] | undefined {
  const { doc } = scan;
  const last = doc.tokens.length - 1;
  const windows: TokenWindow[] = [];
  let covered = 0;
  for (const offset of hits) {
    const at = scan.tokenOf[offset] as number;
    const from = Math.max(0, at - rule.reach);
    const to = Math.min(last, at + rule.reach);
    const previous = windows[windows.length - 1];
    if (previous && from <= previous.to + 1) {
      covered += Math.max(0, to - previous.to);
      previous.to = Math.max(previous.to, to);
    } else {
      windows.push({ from, to });
      covered += to - from + 1;
    }
  }
  return covered > doc.tokens.length / 2 ? undefined : windows;
}

/**
 * Runs one rule over part of the text and judges each match. The slice carries one extra
 * token on each side so that look-arounds at its edges see real neighbours; matches that
 * start or end in those extra tokens are left to the neighbouring window.
 */
function scanRule(rule: CompiledRule, scan: Scan, window: TokenWindow | undefined, budget: { matches: number }, found: Map<string, SafetyLevel>): boolean {
  const { doc } = scan;
  const last = doc.tokens.length - 1;
  const from = window ? window.from : 0;
  const to = window ? window.to : last;
  const sliceFrom = Math.max(0, from - 1);
  const sliceTo = Math.min(last, to + 1);
  const sliceStart = (doc.starts[sliceFrom] as number) - 1;
  const sliceEnd = (doc.starts[sliceTo] as number) + (doc.tokens[sliceTo] as string).length + 1;
  const text = window ? doc.text.slice(sliceStart, sliceEnd) : doc.text;
  const base = window ? sliceStart : 0;
  const { regex } = rule;
  regex.lastIndex = 0;
  while (budget.matches > 0) {
    const match = regex.exec(text);
    if (match === null) return false;
    const start = scan.tokenOf[base + match.index + 1] as number;
    const end = scan.tokenOf[base + match.index + match[0].length - 1] as number;
    if (window && ((start < from && from > 0) || (end > to && to < last))) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    budget.matches--;
    const result = judgeMatch(rule, doc.tokens, start, end, scan.message);
    if (result === undefined) continue;
    const previous = found.get(result.id);
    if (previous === undefined || PRECEDENCE[result.level] < PRECEDENCE[previous]) found.set(result.id, result.level);
    if (result.level === 'crisis') return true; // nothing later can make this rule more urgent
  }
  return false;
}

/** Returns true when the rule found a crisis. */
function runRule(rule: CompiledRule, hits: readonly (number[] | undefined)[] | undefined, scan: Scan, found: Map<string, SafetyLevel>): boolean {
  const budget = { matches: MAX_MATCHES_PER_RULE };
  if (hits === undefined || rule.sets.length === 0) return scanRule(rule, scan, undefined, budget, found);
  // Every match contains an anchor of each set; if one set is absent the rule cannot match.
  let ruleHits = hits[rule.sets[0] as number];
  if (ruleHits === undefined) return false;
  if (rule.sets.length > 1) {
    const second = hits[rule.sets[1] as number];
    if (second === undefined) return false;
    ruleHits = hitsNear(ruleHits, second, rule.reach, scan);
    if (ruleHits.length === 0) return false;
  }
  const windows = windowsFor(rule, ruleHits, scan);
  if (windows === undefined) return scanRule(rule, scan, undefined, budget, found);
  for (const window of windows) if (scanRule(rule, scan, window, budget, found)) return true;
  return false;
}

/**
 * Emergencies where the body is in danger now (an overdose taken, bleeding that will not stop, not
 * breathing) come before crisis: "i cut too deep and it wont stop bleeding" needs 911 first, and
 * the emergency reply still carries the crisis lines.
 */
const BODY_IN_DANGER: ReadonlySet<string> = new Set(
  ['bleeding', 'injury', 'poisoning', 'attempt-now', 'overdose-now', 'accidental-overdose', 'collapse', 'altered-consciousness', 'unresponsive', 'dying-now', 'found-after-attempt'].map((id) => `emergency.${id}`),
);

/** An overdose or attempt already taken: then any sign of the body in trouble ("my heart is racing") is an emergency first. */
const ACT_TAKEN = /\.(?:attempt-now|overdose-now)$/;

function rankerFor(found: ReadonlyMap<string, SafetyLevel>): (finding: [string, SafetyLevel]) => number {
  const actTaken = [...found.keys()].some((id) => ACT_TAKEN.test(id));
  return ([id, level]) => (level === 'emergency' && (actTaken || BODY_IN_DANGER.has(id)) ? -1 : PRECEDENCE[level]);
}

function evaluate(doc: NormalizedText, allowWindows: boolean): SafetyResult {
  const found = new Map<string, SafetyLevel>();
  if (doc.tokens.length === 0) return { level: 'none', rules: [] };
  const hits = allowWindows ? ANCHOR_INDEX.scan(doc.text, ANCHOR_SETS.length) : undefined;
  const message: MessageReadings = { opensWithQuote: doc.opensWithQuote === true, joke: jokeSpan(doc.tokens), wellFarewell: isWellFarewell(doc.tokens), aboutAPatient: isAboutAPatient(doc.tokens) };
  const scan: Scan = { doc, tokenOf: tokenIndexByOffset(doc), message };
  // A message that is such a joke, give or take a short question after it, is read as ordinary, so the
  // model does not raise it either; alarm rules outside the joke still fire.
  if (message.joke && doc.tokens.length - (message.joke.to - message.joke.from + 1) <= 12) found.set('none.joke', 'none');
  let crisisFound = false;
  for (const rule of COMPILED_RULES) {
    // Once crisis is established only a body in danger (an emergency, or an act taken) can change the level (see BODY_IN_DANGER).
    if (crisisFound && rule.spec.kind !== 'emergency' && rule.spec.firstLevel !== 'emergency' && rule.spec.thirdLevel !== 'emergency') continue;
    if (runRule(rule, hits, scan, found)) crisisFound = true;
  }
  if (found.size === 0) return { level: 'none', rules: [] };
  const rank = rankerFor(found);
  const ordered = [...found.entries()].sort((a, b) => rank(a) - rank(b));
  const top = (ordered[0] as [string, SafetyLevel])[1];
  return { level: top, rules: ordered.map(([id]) => id) };
}

/** How urgently `text` needs crisis handling. Never throws; never returns message text. */
export function classifyMessage(text: string): SafetyResult {
  try {
    const doc = normalizeForSafety(text);
    const result = raiseByModel(evaluate(doc, true), doc.tokens, RISK_MODEL);
    return result.level !== 'none' && isSpanish(doc.tokens) ? { ...result, language: 'es' } : result;
  } catch {
    // Silence is the one unacceptable outcome: show the crisis resources.
    return { level: 'crisis', rules: ['classifier-error'] };
  }
}

/**
 * The rules' decision without the anchor prefilter: every rule scans the whole text. Slower;
 * exists so tests can check that the prefilter never changes a result.
 */
export function classifyMessageFullScan(text: string): SafetyResult {
  return evaluate(normalizeForSafety(text), false);
}

/** The rules' decision alone, without the models: for measuring what each layer contributes. */
export function classifyMessageRulesOnly(text: string): SafetyResult {
  return evaluate(normalizeForSafety(text), true);
}
