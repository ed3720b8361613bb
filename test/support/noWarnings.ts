import { afterAll, expect } from 'vitest';

/**
 * Every test file: Node must print no deprecation (or other process) warning while it runs, so
 * a dependency that starts using a deprecated API fails the suite instead of cluttering output.
 */
const warnings: string[] = [];
const record = (warning: Error & { code?: string }) => warnings.push(`${warning.name}${warning.code ? ` ${warning.code}` : ''}: ${warning.message}`);
process.on('warning', record);

afterAll(() => {
  process.off('warning', record);
  expect(warnings, 'process warnings while these tests ran').toEqual([]);
});
