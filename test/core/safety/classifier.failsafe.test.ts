import { describe, expect, it, vi } from 'vitest';

// A bug anywhere inside the classifier must never turn into silence for the person typing.
vi.mock('../../../src/core/safety/normalize', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/safety/normalize')>();
  return {
    ...actual,
    normalizeForSafety: () => {
      throw new Error('simulated bug');
    },
  };
});

describe('classifyMessage when something inside it fails', () => {
  it('answers crisis with the classifier-error rule instead of throwing', async () => {
    const { classifyMessage } = await import('../../../src/core/safety/classifier');
    expect(classifyMessage('how much does it cost?')).toEqual({ level: 'crisis', rules: ['classifier-error'] });
  });
});
