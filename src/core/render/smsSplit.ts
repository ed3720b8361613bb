/**
 * Splitting plain text into SMS-sized messages at sentence boundaries.
 */

/** A sentence (or a block that must stay whole, such as a numbered list) and how it joins the one before. */
export interface SmsPiece {
  text: string;
  /** Starts a new line rather than continuing the paragraph. */
  newLine: boolean;
}

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'approx', 'no', 'u.s', 'jr', 'sr', 'a.m', 'p.m']);

/** Sentences of a paragraph, in order. A list number ("1. Yes") or an abbreviation does not end one. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]+["')\]]*\s+(?=["'(]?[A-Z0-9])/g;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const sentence = paragraph.slice(start, end).trim();
    if (endsWithAbbreviation(sentence) || /^\d{1,2}\.$/.test(sentence)) continue;
    sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function endsWithAbbreviation(sentence: string): boolean {
  const lastWord = /(\S+)\.$/.exec(sentence)?.[1]?.toLowerCase();
  if (!lastWord) return false;
  // A single capital letter is an initial ("J. Smith").
  return ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord);
}

/** Text as pieces: one per sentence, each line of the text starting a new line. */
export function textToPieces(text: string, limit: number): SmsPiece[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap((line) =>
      splitSentences(line)
        .flatMap((sentence) => splitLongSentence(sentence, limit))
        .map((sentence, index) => ({ text: sentence, newLine: index === 0 })),
    );
}

/** A sentence longer than one message is broken after a clause, else between words, else anywhere. */
export function splitLongSentence(sentence: string, limit: number): string[] {
  if (sentence.length <= limit) return [sentence];
  const head = sentence.slice(0, limit);
  const cut = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '));
  const at = cut > limit / 3 ? cut + 1 : head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : limit;
  return [sentence.slice(0, at).trim(), ...splitLongSentence(sentence.slice(at).trim(), limit)];
}

export function joinPieces(pieces: readonly SmsPiece[]): string {
  return pieces.map((piece, index) => (index === 0 ? piece.text : `${piece.newLine ? '\n' : ' '}${piece.text}`)).join('');
}

/** Greedy packing: as many whole pieces per message as fit. A piece is never split here. */
export function packPieces(pieces: readonly SmsPiece[], limit: number): string[] {
  const messages: SmsPiece[][] = [];
  let current: SmsPiece[] = [];
  for (const piece of pieces) {
    if (current.length > 0 && joinPieces([...current, piece]).length > limit) {
      messages.push(current);
      current = [];
    }
    current.push(piece);
  }
  if (current.length > 0) messages.push(current);
  return messages.map(joinPieces);
}
