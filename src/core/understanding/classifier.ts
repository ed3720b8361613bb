import { analyse } from '../search/normalize';
import { frontEnd } from '../text';

/**
 * The decision stage's classifier: naive Bayes over the search terms, neighbouring-term pairs and
 * the three- and four-letter pieces of each word, built with the decision stage from every entry's
 * example questions, title and tags and from the labelled phrasings. Terms carry the meaning the
 * search's synonyms and stems give them; word pieces carry what terms lose, so "infussion",
 * "spravatos" and "anesthesiologist" still share most of their evidence with the words patients
 * spelled right. Building it is one pass over the examples; a message costs one pass over its
 * features, each touching the labels that have seen it (all of them, in one straight pass, for a
 * feature most labels share).
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

/**
 * Additive smoothing, the weight of a word piece against a whole term, the fewest examples a word
 * piece must appear in to count, and how much more the asking clause counts: chosen on the phrasing
 * files, each held out in turn (docs/understanding.md).
 */
const SMOOTHING = 0.1;
const PIECE_WEIGHT = 0.3;
const PIECE_MIN_EXAMPLES = 2;
const QUESTION_WEIGHT = 1.5;
/** A clause and the punctuation that ends it. */
const CLAUSE = /[^.!?;,\n]+[.!?;,\n]*/g;
const QUESTION_START = /^\s*(?:and |but |so |also |or )?(?:how|what|whats|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|may|am|any|anything)\b/i;

/**
 * A message's features, each once, with its weight: terms and term pairs (strings) 1, word pieces
 * PIECE_WEIGHT. A piece is a number, its letters' codes 7 bits each (anything past ASCII shares one
 * code), so a message's hundred-odd pieces cost no strings.
 */
export type Feature = string | number;

export function intentFeatures(text: string): Map<Feature, number> {
  const features = new Map<Feature, number>();
  addFeatures(features, text, 1);
  // In a message that tells something and asks something ("my son is suicidal, how much does it
  // cost"), the asking part says which answer is wanted: its features count QUESTION_WEIGHT times.
  const clauses = text.match(CLAUSE) ?? [];
  if (clauses.length > 1) {
    const asking = clauses.filter((clause) => clause.includes('?') || QUESTION_START.test(clause));
    if (asking.length > 0 && asking.length < clauses.length) for (const clause of asking) addFeatures(features, clause, QUESTION_WEIGHT);
  }
  return features;
}

function addFeatures(features: Map<Feature, number>, text: string, factor: number): void {
  const set = (feature: Feature, weight: number) => features.set(feature, Math.max(features.get(feature) ?? 0, weight * factor));
  const terms = analyse(text).terms;
  for (const term of terms) set(term, 1);
  for (let i = 0; i + 1 < terms.length; i++) set(`${terms[i] as string} ${terms[i + 1] as string}`, 1);
  // Pieces of each word padded with a space at each end: " inf", "infu", ..., "ion ".
  for (const word of frontEnd(text).words) {
    const padded = ` ${word} `;
    for (let size = 3; size <= 4; size++) {
      for (let at = 0; at + size <= padded.length; at++) {
        let piece = 0;
        for (let k = at; k < at + size; k++) piece = (piece << 7) | Math.min(padded.charCodeAt(k), 127);
        set(piece, PIECE_WEIGHT);
      }
    }
  }
}

/** Per feature, the labels that have it and what seeing it adds for each, over an unseen feature. */
interface Lift {
  labels: Uint32Array;
  gains: Float64Array;
  /** For a feature most labels have, the gains of every label (0 where absent): one straight pass instead of a lookup each. */
  dense?: Float64Array;
}

/** A feature that at least this share of the labels have is scored densely. */
const DENSE_SHARE = 0.25;

/** What training gathers per feature: the labels that have it (in order of first sight), their weighted counts, and how many examples have it. */
interface Tally {
  labels: number[];
  counts: number[];
  examples: number;
}

/**
 * Training takes about a second on the shipped knowledge base; the same examples (a knowledge reload
 * with no change, or several bots in one process, as in the tests) reuse the last classifiers built.
 */
const recent = new Map<string, IntentClassifier>();
const RECENT_KEPT = 2;

export function trainIntentClassifier(examples: readonly LabelledText[]): IntentClassifier {
  const key = fingerprint(examples);
  const known = recent.get(key);
  if (known) return known;
  const trained = train(examples);
  recent.set(key, trained);
  for (const old of recent.keys()) if (recent.size > RECENT_KEPT) recent.delete(old);
  return trained;
}

/** Two 32-bit hashes (FNV-1a and djb2) over every label and text, each followed by its length, so joins cannot collide. */
function fingerprint(examples: readonly LabelledText[]): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  const mix = (value: string) => {
    for (let i = 0; i < value.length; i++) {
      fnv = Math.imul(fnv ^ value.charCodeAt(i), 0x01000193);
      djb = (Math.imul(djb, 33) + value.charCodeAt(i)) | 0;
    }
    fnv = Math.imul(fnv ^ value.length, 0x01000193);
    djb = (Math.imul(djb, 33) + value.length) | 0;
  };
  for (const { text, label } of examples) {
    mix(label);
    mix(text);
  }
  return `${examples.length}:${(fnv >>> 0).toString(16)}:${(djb >>> 0).toString(16)}`;
}

function train(examples: readonly LabelledText[]): IntentClassifier {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const labelIds = new Map(labels.map((label, id) => [label, id]));
  const classes = labels.length;
  // One record per feature; examples come grouped by label, so a label's count is almost always the last one.
  const tallies = new Map<Feature, Tally>();
  for (const { text, label } of examples) {
    const c = labelIds.get(label) as number;
    for (const [feature, weight] of intentFeatures(text)) {
      let tally = tallies.get(feature);
      if (!tally) tallies.set(feature, (tally = { labels: [], counts: [], examples: 0 }));
      tally.examples++;
      let at = tally.labels.length - 1;
      if (tally.labels[at] !== c) at = tally.labels.lastIndexOf(c);
      if (at < 0) {
        tally.labels.push(c);
        tally.counts.push(weight);
      } else {
        tally.counts[at] = (tally.counts[at] as number) + weight;
      }
    }
  }
  // A word piece seen in fewer than PIECE_MIN_EXAMPLES examples is noise (a name, a typo of a typo).
  for (const [feature, tally] of tallies) if (typeof feature === 'number' && tally.examples < PIECE_MIN_EXAMPLES) tallies.delete(feature);
  const totals = new Float64Array(classes);
  for (const tally of tallies.values()) tally.labels.forEach((c, i) => (totals[c] = (totals[c] as number) + (tally.counts[i] as number)));
  const vocabulary = tallies.size;
  /** log P(an unseen feature | label). */
  const unseen = Float64Array.from(totals, (total) => Math.log(SMOOTHING / (total + SMOOTHING * vocabulary)));
  const lift = new Map<Feature, Lift>();
  for (const [feature, tally] of tallies) {
    const row: Lift = {
      labels: Uint32Array.from(tally.labels),
      gains: Float64Array.from(tally.counts, (count) => Math.log((count + SMOOTHING) / SMOOTHING)),
    };
    if (row.labels.length >= DENSE_SHARE * classes) {
      row.dense = new Float64Array(classes);
      row.labels.forEach((c, i) => ((row.dense as Float64Array)[c] = row.gains[i] as number));
    }
    lift.set(feature, row);
  }

  return {
    classify(text, limit = 3) {
      const z = new Float64Array(classes);
      let known = 0;
      for (const [feature, weight] of intentFeatures(text)) {
        const row = lift.get(feature);
        if (!row) continue; // A feature no example has tells no label from another.
        known += weight;
        const dense = row.dense;
        if (dense) for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + weight * (dense[c] as number);
        else for (let i = 0; i < row.labels.length; i++) z[row.labels[i] as number] = (z[row.labels[i] as number] as number) + weight * (row.gains[i] as number);
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
