/**
 * A problem found in a knowledge file, named so an editor can go straight to it:
 * "knowledge/cost.md: questions[2]: ...". Never contains text a patient wrote.
 */
export interface KnowledgeProblem {
  file: string;
  /** Dotted path of the front-matter field, or "body"; "-" when the whole file is at fault. */
  field: string;
  message: string;
}

export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown at start-up (and by kb:check) when the knowledge base cannot be served. */
export class KnowledgeBaseError extends Error {
  readonly problems: readonly KnowledgeProblem[];

  constructor(problems: readonly KnowledgeProblem[], heading = 'The knowledge base has problems') {
    super(`${heading} (${problems.length}):\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

/** "questions[2]", "review.reviewed_by", "-" for the root. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let field = '';
  for (const part of path) {
    if (typeof part === 'number') field += `[${part}]`;
    else field += field === '' ? String(part) : `.${String(part)}`;
  }
  return field === '' ? '-' : field;
}

interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/** Turns zod issues into problems; says "is required" instead of "received undefined". */
export function issuesToProblems(file: string, issues: readonly IssueLike[]): KnowledgeProblem[] {
  return issues.map((issue) => ({
    file,
    field: formatFieldPath(issue.path),
    message: issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'is required' : issue.message,
  }));
}
