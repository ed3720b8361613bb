import { analyse } from '../search/normalize';

/**
 * The second opinion beside the ranker: a naive Bayes classifier over the same search terms (and
 * neighbouring-term pairs), built with the decision stage from every entry's example questions,
 * title and tags and from the labelled phrasings. The ranker measures how much of a message an
 * entry covers; the classifier weighs which words tell the labels apart, learned from how
 * patients ask. Where both name the same entry the answer is almost always right, which is what
 * lets the bot answer outright without guessing (decide.ts). Building it is one pass over the
 * examples, and a message costs one pass over its terms plus one over the labels, at any size.
 */
export interface LabelledText {
  text: string;
  label: string;
}

export interface ClassifierGuess {
  label: string;
  probability: number;
}

export interface IntentClassifier {
  /** Labels by probability, best first, at most `limit`. */
  classify(text: string, limit?: number): ClassifierGuess[];
}

/** Additive smoothing of the term counts; chosen on the phrasing files (docs/understanding.md). */
const SMOOTHING = 0.1;

export function intentFeatures(text: string): string[] {
  const terms = analyse(text).terms;
  const features = new Set(terms);
  for (let i = 0; i + 1 < terms.length; i++) features.add(`${terms[i] as string} ${terms[i + 1] as string}`);
  return [...features];
}

export function trainIntentClassifier(examples: readonly LabelledText[]): IntentClassifier {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const labelIds = new Map(labels.map((label, id) => [label, id]));
  const classes = labels.length;
  // Counts kept sparse (feature -> label -> count): a label's unseen features all share one probability.
  const counts = new Map<string, Map<number, number>>();
  const totals = new Float64Array(classes);
  for (const { text, label } of examples) {
    const c = labelIds.get(label) as number;
    for (const feature of intentFeatures(text)) {
      let row = counts.get(feature);
      if (!row) counts.set(feature, (row = new Map<number, number>()));
      row.set(c, (row.get(c) ?? 0) + 1);
      totals[c] = (totals[c] as number) + 1;
    }
  }
  const vocabulary = counts.size;
  /** log P(an unseen feature | label). */
  const unseen = Float64Array.from(totals, (total) => Math.log(SMOOTHING / (total + SMOOTHING * vocabulary)));
  /** Per feature, what seeing it adds for each label that has it, over an unseen feature. */
  const lift = new Map([...counts].map(([feature, row]) => [feature, [...row].map(([c, count]) => [c, Math.log((count + SMOOTHING) / SMOOTHING)] as const)]));

  return {
    classify(text, limit = 3) {
      const z = new Float64Array(classes);
      let known = 0;
      for (const feature of intentFeatures(text)) {
        const row = lift.get(feature);
        if (!row) continue; // A feature no example has tells no label from another.
        known++;
        for (const [c, gain] of row) z[c] = (z[c] as number) + gain;
      }
      let top = -Infinity;
      for (let c = 0; c < classes; c++) top = Math.max(top, (z[c] = (z[c] as number) + known * (unseen[c] as number)));
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += z[c] = Math.exp((z[c] as number) - top);
      // The best `limit` labels by one scan: no object or sort per label on every message.
      const best: ClassifierGuess[] = [];
      for (let c = 0; c < classes; c++) {
        const probability = (z[c] as number) / sum;
        if (best.length === limit && probability <= (best[limit - 1] as ClassifierGuess).probability) continue;
        let at = best.length;
        while (at > 0 && (best[at - 1] as ClassifierGuess).probability < probability) at--;
        best.splice(at, 0, { label: labels[c] as string, probability });
        if (best.length > limit) best.pop();
      }
      return best;
    },
  };
}
