import Fuse from 'fuse.js';

/**
 * Spelling correction against the words the knowledge base uses: "insurence" -> "insurance",
 * "ketamin" -> "ketamine". This is where fuse.js's Bitap matching is at its best: one short word
 * against a list of short words. (For whole messages it measured worse than the coverage ranker:
 * see the comparison in README.md.) Typos rarely change the first letter, so each first letter
 * gets its own small index.
 */
export function createSpellingCorrector(vocabulary: ReadonlyMap<string, number>): (word: string) => string | undefined {
  const byFirstLetter = new Map<string, string[]>();
  for (const word of vocabulary.keys()) {
    if (word.length < 3 || /\d/.test(word)) continue;
    const key = word[0] ?? '';
    const list = byFirstLetter.get(key);
    if (list) list.push(word);
    else byFirstLetter.set(key, [word]);
  }
  const indexes = new Map<string, Fuse<string>>();
  for (const [letter, words] of byFirstLetter) {
    // ignoreLocation: a slip near the end of a long word counts the same as one at the start.
    indexes.set(letter, new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.4, isCaseSensitive: true, shouldSort: true }));
  }
  const cache = new Map<string, string | undefined>();

  return (word: string): string | undefined => {
    if (word.length < 4 || vocabulary.has(word) || /\d/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    // Longer words survive more slips and stay distinctive: "skitzophrenia" is still schizophrenia.
    const allowed = word.length <= 7 ? 1 : word.length <= 10 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    let bestFrequency = 0;
    for (const { item: candidate } of indexes.get(word[0] ?? '')?.search(word, { limit: 8 }) ?? []) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const distance = editDistance(word, candidate, allowed);
      const frequency = vocabulary.get(candidate) ?? 0;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = candidate;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
    // Short words only take a swap of two letters ("sied" -> "side"); any other edit of a short word
    // is as likely to be another real word ("fails" -> "falls").
    const result = bestDistance <= allowed && (word.length > 5 || (best !== undefined && sameLetters(word, best))) ? best : undefined;
    if (cache.size > 10_000) cache.clear();
    cache.set(word, result);
    return result;
  };
}

/** Optimal string alignment distance (a swap of neighbours counts as one edit); gives up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  let previousPrevious = new Array<number>(columns).fill(0);
  let previous = Array.from({ length: columns }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(columns).fill(0);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[columns - 1] ?? limit + 1;
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}
