import { createHmac } from 'node:crypto';

/**
 * A salted, one-way stand-in for an identifier (conversation id, phone number) that logs
 * and staff alerts can carry. The brand means only hashIdentifier can make one, so raw
 * text cannot be passed where a hash is expected.
 */
export type HashedId = string & { readonly __brand: 'HashedId' };

const HASH_LENGTH = 16;

/**
 * HMAC-SHA256 keyed by the salt, hex, first 16 characters. A keyed hash (not sha256 of the
 * value alone) because phone numbers are few enough to reverse by brute force without the salt.
 */
export function hashIdentifier(value: string, salt: string): HashedId {
  if (salt.length === 0) throw new Error('hashIdentifier needs a non-empty salt');
  return createHmac('sha256', salt).update(value, 'utf8').digest('hex').slice(0, HASH_LENGTH) as HashedId;
}

/** For values read back from storage or a request: accepts only what hashIdentifier produces. */
export function isHashedId(value: string): value is HashedId {
  return /^[0-9a-f]{16}$/.test(value);
}
