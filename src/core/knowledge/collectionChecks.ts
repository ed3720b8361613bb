import { comparableQuestion } from '../search/normalize';
import { createUnderstanding, type UnderstandingOptions } from '../understanding/decide';
import type { KnowledgeProblem } from './problems';
import type { KnowledgeEntry } from './schema';

/** Checks that need every entry at once. `fileLabel` turns an entry's file name into how problems name it. */
export function checkCollection(
  entries: readonly KnowledgeEntry[],
  fileLabel: (entry: KnowledgeEntry) => string,
  options?: UnderstandingOptions,
): KnowledgeProblem[] {
  return [
    ...checkDuplicateIds(entries, fileLabel),
    ...checkDuplicateQuestions(entries, fileLabel),
    ...checkRelated(entries, fileLabel),
    ...checkSelfRetrieval(entries, fileLabel, options),
  ];
}

function checkDuplicateIds(entries: readonly KnowledgeEntry[], fileLabel: (entry: KnowledgeEntry) => string): KnowledgeProblem[] {
  const firstById = new Map<string, KnowledgeEntry>();
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    const first = firstById.get(entry.id);
    if (first) problems.push({ file: fileLabel(entry), field: 'id', message: `"${entry.id}" is also the id of ${first.file}` });
    else firstById.set(entry.id, entry);
  }
  return problems;
}

/** The same question in two places makes the search pick one of them at random. */
function checkDuplicateQuestions(entries: readonly KnowledgeEntry[], fileLabel: (entry: KnowledgeEntry) => string): KnowledgeProblem[] {
  const firstSeen = new Map<string, { entry: KnowledgeEntry; index: number }>();
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    entry.questions.forEach((question, index) => {
      const key = comparableQuestion(question);
      const first = firstSeen.get(key);
      if (!first) {
        firstSeen.set(key, { entry, index });
        return;
      }
      const where = first.entry === entry ? `questions[${first.index}] of this entry` : `${first.entry.file} questions[${first.index}]`;
      problems.push({ file: fileLabel(entry), field: `questions[${index}]`, message: `is the same question as ${where}` });
    });
  }
  return problems;
}

function checkRelated(entries: readonly KnowledgeEntry[], fileLabel: (entry: KnowledgeEntry) => string): KnowledgeProblem[] {
  const ids = new Set(entries.map((entry) => entry.id));
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    entry.related.forEach((id, index) => {
      if (id === entry.id) problems.push({ file: fileLabel(entry), field: `related[${index}]`, message: 'points to the entry itself' });
      else if (!ids.has(id)) problems.push({ file: fileLabel(entry), field: `related[${index}]`, message: `"${id}" is not the id of any entry` });
    });
  }
  return problems;
}

/**
 * Every example question must rank its own entry first in the decision stage's ranking. The exact
 * question is always answered with its entry; if the ranking disagrees, patients asking it in their
 * own words get another answer.
 */
function checkSelfRetrieval(
  entries: readonly KnowledgeEntry[],
  fileLabel: (entry: KnowledgeEntry) => string,
  options?: UnderstandingOptions,
): KnowledgeProblem[] {
  const understanding = createUnderstanding(entries, options);
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    entry.questions.forEach((question, index) => {
      // The ranking itself: the exact question is answered by construction, a patient's near version is not.
      const top = understanding.rank(question, 1)[0]?.candidate;
      if (top?.kind === 'entry' && top.entry.id === entry.id) return;
      const other = top === undefined ? undefined : top.kind === 'entry' ? top.entry.id : `the ${top.dialog} dialog`;
      const message = other
        ? `the decision stage ranks "${other}" first for this question, not this entry; reword it or move it`
        : 'the decision stage does not rank any entry for this question; reword it closer to the entry';
      problems.push({ file: fileLabel(entry), field: `questions[${index}]`, message });
    });
  }
  return problems;
}
