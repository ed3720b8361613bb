import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashIdentifier, isHashedId } from '../../src/core/privacy';

describe('hashIdentifier', () => {
  it.each([
    ['a conversation id', 'a:1Bxyz-conversation|livechat'],
    ['a phone number', '+15555550100'],
    ['an empty id', ''],
  ])('when given %s, then the result is 16 hex characters and does not contain it', (_what, value) => {
    const hashed = hashIdentifier(value, 'test-salt');
    expect(hashed).toMatch(/^[0-9a-f]{16}$/);
    if (value.length > 0) expect(hashed).not.toContain(value);
  });

  it('is the first 16 hex characters of HMAC-SHA256 keyed by the salt', () => {
    const expected = createHmac('sha256', 'test-salt').update('+15555550100').digest('hex').slice(0, 16);
    expect(hashIdentifier('+15555550100', 'test-salt')).toBe(expected);
  });

  it('is stable, so the same conversation can be followed through the logs', () => {
    expect(hashIdentifier('conversation-1', 'salt')).toBe(hashIdentifier('conversation-1', 'salt'));
  });

  it('differs between ids and between salts, so another deployment cannot match our hashes', () => {
    const base = hashIdentifier('conversation-1', 'salt-a');
    expect(hashIdentifier('conversation-2', 'salt-a')).not.toBe(base);
    expect(hashIdentifier('conversation-1', 'salt-b')).not.toBe(base);
  });

  it('refuses an empty salt (an unsalted phone-number hash can be reversed by trying every number)', () => {
    expect(() => hashIdentifier('+15555550100', '')).toThrow(/salt/);
  });
});

describe('isHashedId', () => {
  it.each([
    [hashIdentifier('x', 'salt'), true],
    ['0123456789abcdef', true],
    ['0123456789ABCDEF', false],
    ['0123456789abcde', false],
    ['hello, this is Sam', false],
    ['+15555550100', false],
  ])('"%s" -> %s', (value, expected) => {
    expect(isHashedId(value)).toBe(expected);
  });
});
