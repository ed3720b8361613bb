import { allCrisisResources, crisisResourcesFor, type CrisisLine, type CrisisResources } from '../safety/resources';

/**
 * Crisis and emergency lines in entries and guides come from the clinic's country through
 * placeholders ({{crisis.line}}, {{crisis.emergency}}), never as literal numbers: a clinic in the
 * UK or Australia must not show US lines. This file resolves those placeholders and finds any
 * crisis or emergency number (of any country we know) written into an author's text.
 */

export const CRISIS_PLACEHOLDERS = ['crisis.line', 'crisis.primary', 'crisis.emergency'] as const;

/** "call or text 988 (988 Suicide & Crisis Lifeline, 24/7)", "call 116 123 (Samaritans, 24/7)", "visit findahelpline.com (Find A Helpline)". */
function lineAction(line: CrisisLine): string {
  const parts: string[] = [];
  const sameNumber = line.call && line.text && !line.text.body && !line.call_note && digits(line.call) === digits(line.text.number);
  if (line.call && sameNumber) parts.push(`call or text ${line.call}`);
  else {
    if (line.call) parts.push(`call ${line.call}${line.call_note ? ` ${line.call_note}` : ''}`);
    if (line.text) parts.push(line.text.body ? `text ${line.text.body} to ${line.text.number}` : `text ${line.text.number}`);
  }
  if (parts.length === 0 && line.web_url) parts.push(`visit ${new URL(line.web_url).host.replace(/^www\./, '')}`);
  if (parts.length === 0 && line.chat_url) parts.push(`chat at ${new URL(line.chat_url).host.replace(/^www\./, '')}`);
  const details = [line.name, line.hours].filter((part): part is string => Boolean(part));
  return `${parts.join(' or ')}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** The first primary line of the country: what an entry says after "if you are in crisis, ...". */
export function crisisLineText(resources: CrisisResources): string {
  const line = resources.lines.find((candidate) => candidate.primary) ?? resources.lines[0];
  return line ? lineAction(line) : 'contact a local crisis line';
}

/** The value of a crisis placeholder for the clinic's country, or undefined when the name is not one. */
export function resolveCrisisPlaceholder(name: string, country: string): string | undefined {
  const resources = crisisResourcesFor(country);
  if (name === 'crisis.line' || name === 'crisis.primary') return crisisLineText(resources);
  if (name === 'crisis.emergency') return resources.emergency.label;
  return undefined;
}

function digits(number: string): string {
  return number.replace(/\D/g, '');
}

/** Every crisis, emergency and poison line number we know, as digits ("988", "116123", "000"). */
export function knownCrisisNumbers(): string[] {
  const found = new Set<string>();
  for (const resources of allCrisisResources()) {
    const { emergency } = resources;
    if (emergency.number) found.add(digits(emergency.number));
    for (const written of emergency.label.match(/\d[\d -]*\d/g) ?? []) found.add(digits(written));
    for (const line of [...resources.lines, ...(resources.poison_control ? [resources.poison_control] : [])]) {
      if (line.call) found.add(digits(line.call));
      if (line.text) found.add(digits(line.text.number));
    }
  }
  return [...found].filter((number) => number.length >= 3).sort((a, b) => b.length - a.length);
}

let numberPattern: RegExp | undefined;

/** The numbers as written with optional spaces, dots or hyphens between digits, not inside a longer number or price. */
function crisisNumberPattern(): RegExp {
  numberPattern ??= new RegExp(
    String.raw`(?<![\d$,.])(?:${knownCrisisNumbers()
      .map((number) => number.split('').join(String.raw`[\s.-]?`))
      .join('|')})(?![\d,]|\.\d)`,
    'g',
  );
  return numberPattern;
}

/** The crisis or emergency numbers written literally in the text (placeholders already removed). */
export function findCrisisNumbers(authorText: string): string[] {
  return [...new Set([...authorText.matchAll(crisisNumberPattern())].map((match) => match[0]))];
}
