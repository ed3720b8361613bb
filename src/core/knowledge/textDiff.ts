/**
 * A word diff for kb:changes: what a reviewer needs to see is which words changed since they signed,
 * with a little context, not a line-by-line patch of a 150-word paragraph.
 *
 *   "...you must not [-drive-]{+cycle+} until the next day..."
 */

type Op = { kind: 'same' | 'removed' | 'added'; word: string };

/** Longest-common-subsequence diff over whitespace-separated words (texts here are a few hundred words). */
function diffWords(before: string[], after: string[]): Op[] {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const lengths = new Uint32Array(rows * cols);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      lengths[i * cols + j] = before[i] === after[j] ? (lengths[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * cols + j] ?? 0, lengths[i * cols + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      ops.push({ kind: 'same', word: before[i] ?? '' });
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * cols + j] ?? 0) >= (lengths[i * cols + j + 1] ?? 0)) {
      ops.push({ kind: 'removed', word: before[i] ?? '' });
      i += 1;
    } else {
      ops.push({ kind: 'added', word: after[j] ?? '' });
      j += 1;
    }
  }
  while (i < before.length) ops.push({ kind: 'removed', word: before[i++] ?? '' });
  while (j < after.length) ops.push({ kind: 'added', word: after[j++] ?? '' });
  return ops;
}

/**
 * One line per changed stretch: `[-removed words-]{+added words+}` with up to `context` unchanged
 * words either side. Empty when the texts have the same words.
 */
export function wordDiff(before: string, after: string, context = 6): string[] {
  const ops = diffWords(before.split(/\s+/).filter(Boolean), after.split(/\s+/).filter(Boolean));
  const changed = ops.map((op, index) => (op.kind === 'same' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return [];
  // Group changes that are close together into one hunk.
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const last = hunks.at(-1);
    if (last && index - last[1] <= context * 2) last[1] = index;
    else hunks.push([index, index]);
  }
  return hunks.map(([first, last]) => {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    let line = from > 0 ? '...' : '';
    let pending: Op['kind'] | undefined;
    for (let index = from; index <= to; index += 1) {
      const op = ops[index];
      if (!op) continue;
      if (pending && pending !== op.kind) line += pending === 'removed' ? '-]' : '+}';
      if (op.kind !== 'same' && pending !== op.kind) line += `${line && !line.endsWith(' ') ? ' ' : ''}${op.kind === 'removed' ? '[-' : '{+'}${op.word}`;
      else line += `${line && !line.endsWith(' ') && !(pending === undefined && line.endsWith('...')) ? ' ' : ''}${op.word}`;
      pending = op.kind === 'same' ? undefined : op.kind;
    }
    if (pending) line += pending === 'removed' ? '-]' : '+}';
    return `${line}${to < ops.length - 1 ? '...' : ''}`;
  });
}
