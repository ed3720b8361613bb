/** State as it is stored: plain JSON. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value exactly as storage will hold it (drops undefined, turns dates into strings). */
export function toJsonObject(value: object): JsonObject {
  return parseJsonObject(JSON.stringify(value));
}

export function parseJsonObject(text: string): JsonObject {
  const parsed: unknown = JSON.parse(text);
  return isJsonObject(parsed) ? parsed : {};
}

/** Deep equality of JSON values; object key order does not matter. */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}

/**
 * Combines two concurrent edits of one state object. Whatever `ours` changed since it read
 * `base` wins; everything else comes from `theirs` (the newer stored version), so two turns that
 * touched different properties both keep their change. Objects merge key by key; arrays and
 * other values are replaced whole, so a dialog stack is never spliced together from two turns.
 */
export function mergeThreeWay(base: JsonObject, ours: JsonObject, theirs: JsonObject): JsonObject {
  const merged: JsonObject = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours), ...Object.keys(base)])) {
    const value = mergeValue(base[key], ours[key], theirs[key]);
    // defineProperty: a stored "__proto__" key must stay data, not become the prototype.
    if (value !== undefined) Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

function mergeValue(base: JsonValue | undefined, ours: JsonValue | undefined, theirs: JsonValue | undefined): JsonValue | undefined {
  if (jsonEqual(ours, base)) return theirs;
  if (jsonEqual(theirs, base)) return ours;
  if (isJsonObject(ours) && isJsonObject(theirs)) return mergeThreeWay(isJsonObject(base) ? base : {}, ours, theirs);
  // Both changed the same value: the turn being saved now wins.
  return ours;
}
