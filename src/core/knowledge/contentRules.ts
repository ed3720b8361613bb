/**
 * What an entry must never say, whoever wrote it. Checked on the author's text with clinic
 * placeholders removed, so the clinic's own prices (from clinic.yml) are allowed.
 */

import { findCrisisNumbers } from './crisisNumbers';

export const MAX_BODY_WORDS = 180;
export const MAX_SMS_CHARACTERS = 300;

interface ContentRule {
  name: string;
  pattern: RegExp;
  message: string;
}

const NUMBER_WORD = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|half|a\s+half|a\s+quarter)`;

/** Never a dose a patient could use on their own. */
const DOSING_RULES: ContentRule[] = [
  {
    name: 'dose amount',
    pattern: /\b(?:mg|mcg|µg|milligrams?|micrograms?)\b|mg\s*\/\s*kg|\/\s*kg\b|per\s+kilo(?:gram)?s?\b/i,
    message: 'gives a dose amount (mg, mg/kg, milligrams); the bot never states doses',
  },
  {
    name: 'measured amount',
    pattern: new RegExp(String.raw`\b${NUMBER_WORD}\s*(?:ml|millilit(?:er|re)s?|cc|grams?|g)\b`, 'i'),
    message: 'gives a measured amount of a drug; the bot never states doses',
  },
  {
    name: 'take N',
    pattern: new RegExp(
      String.raw`\b(?:take|use|snort|inject|spray|swallow)\s+${NUMBER_WORD}\s+(?:(?:more|extra)\s+)?(?:pills?|tablets?|capsules?|doses?|sprays?|puffs?|lozenges?|troches?|drops?|bumps?|lines?|devices?|times?)\b`,
      'i',
    ),
    message: 'reads as dosing instructions ("take N ..."); the bot never tells anyone how much to take',
  },
];

/** Never help anyone obtain ketamine outside a clinic. */
const OBTAINING_RULES: ContentRule[] = [
  {
    name: 'buying',
    pattern: /\b(?:buy|buying|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?)\s+(?:some\s+|your\s+own\s+)?(?:ketamine|esketamine|spravato|special\s+k|k)\b/i,
    message: 'talks about buying or ordering ketamine; the bot never helps anyone obtain it',
  },
  {
    name: 'ordering online',
    pattern: /\border(?:s|ed|ing)?\s+(?:\S+\s+){0,3}online\b|\bonline\s+pharmac(?:y|ies)\b/i,
    message: 'mentions ordering online; the bot never points to places to get ketamine',
  },
  {
    name: 'dark web',
    pattern: /\bdark\s*-?\s*(?:web|net)\b|\bdealers?\b/i,
    message: 'mentions the dark web or dealers; the bot never points to places to get ketamine',
  },
  {
    name: 'where to get',
    pattern: /\bwhere\s+(?:to|you\s+can|can\s+(?:i|you))\s+(?:get|buy|find|score|order)\s+(?:it|some|ketamine|esketamine|spravato|k|drugs?|pills?)\b/i,
    message: 'says where to get something; the bot never points to places to get ketamine (send people to the clinic instead)',
  },
];

const PRICE = /\$\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s*(?:dollars|usd)\b/gi;

export interface ContentCheckOptions {
  /** Amounts this entry may state because a cited source gives them, written as in the text: ["$10", "$7,150"]. */
  allowedPrices?: readonly string[];
}

/** One message per rule the text breaks. */
export function findForbiddenContent(authorText: string, options: ContentCheckOptions = {}): string[] {
  const messages: string[] = [];
  for (const rule of [...DOSING_RULES, ...OBTAINING_RULES]) {
    if (rule.pattern.test(authorText)) messages.push(rule.message);
  }
  const crisisNumbers = findCrisisNumbers(authorText);
  if (crisisNumbers.length > 0) {
    messages.push(
      `writes a crisis or emergency number literally (${crisisNumbers.join(', ')}); write {{crisis.line}} or {{crisis.emergency}} ` +
        "so the lines shown are the clinic's country's",
    );
  }
  const allowed = new Set((options.allowedPrices ?? []).map(normalisePrice));
  const prices = [...authorText.matchAll(PRICE)].map((match) => match[0].trim()).filter((price) => !allowed.has(normalisePrice(price)));
  if (prices.length > 0) {
    messages.push(
      `states a price (${[...new Set(prices)].join(', ')}); prices come from clinic.yml placeholders such as {{clinic.prices.iv_infusion}}, ` +
        'or, for a sourced amount that is not the clinic\'s fee, list it in allowed_prices',
    );
  }
  return messages;
}

function normalisePrice(price: string): string {
  return price.replace(/\s+/g, '').toLowerCase();
}

/** Words a patient reads; link targets do not count. */
export function countWords(markdown: string): number {
  const text = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[#>*_`|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
