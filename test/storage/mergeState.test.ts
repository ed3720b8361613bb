import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonEqual, mergeThreeWay, type JsonObject } from '../../src/storage/mergeState';

const stack = (id: string) => ({ dialogStack: [{ id, state: { step: 1 } }] });

describe('mergeThreeWay: two turns saved one conversation at once', () => {
  it.each<[string, JsonObject, JsonObject, JsonObject, JsonObject]>([
    [
      'the crisis flag one turn set survives the other turn adding an empty safety object',
      { dialogState: stack('question') },
      { dialogState: stack('main'), safety: {} },
      { safety: { crisisAt: 1000 } },
      { dialogState: stack('main'), safety: { crisisAt: 1000 } },
    ],
    [
      'different properties: both changes kept',
      { welcomed: false },
      { welcomed: true },
      { welcomed: false, dialogState: stack('question') },
      { welcomed: true, dialogState: stack('question') },
    ],
    [
      'both changed the dialog stack: the one saved now wins whole, never spliced',
      { dialogState: stack('a') },
      { dialogState: { dialogStack: [{ id: 'b', state: { step: 0 } }, { id: 'c', state: {} }] } },
      { dialogState: { dialogStack: [{ id: 'd', state: { step: 2 } }] } },
      { dialogState: { dialogStack: [{ id: 'b', state: { step: 0 } }, { id: 'c', state: {} }] } },
    ],
    [
      'a property this turn deleted stays deleted when the other turn left it alone',
      { dialogState: stack('a'), welcomed: true },
      { welcomed: true },
      { dialogState: stack('a'), welcomed: true, safety: { crisisAt: 5 } },
      { welcomed: true, safety: { crisisAt: 5 } },
    ],
    [
      'a property the other turn deleted stays deleted when this turn left it alone',
      { dialogState: stack('a'), welcomed: true },
      { dialogState: stack('a'), welcomed: true },
      { welcomed: true },
      { welcomed: true },
    ],
  ])('%s', (_name, base, ours, theirs, expected) => {
    expect(mergeThreeWay(base, ours, theirs)).toEqual(expected);
  });

  const jsonObject = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) as fc.Arbitrary<JsonObject>;

  it('when the other turn changed nothing, the result is exactly what this turn saved', () => {
    fc.assert(fc.property(jsonObject, jsonObject, (base, ours) => jsonEqual(mergeThreeWay(base, ours, base), ours)));
  });

  it('when this turn changed nothing, the result is exactly the newer stored state', () => {
    fc.assert(fc.property(jsonObject, jsonObject, (base, theirs) => jsonEqual(mergeThreeWay(base, base, theirs), theirs)));
  });

  it('every top-level value this turn changed is in the result', () => {
    fc.assert(
      fc.property(jsonObject, jsonObject, jsonObject, (base, ours, theirs) => {
        const merged = mergeThreeWay(base, ours, theirs);
        return Object.keys(ours)
          .filter((key) => !jsonEqual(ours[key], base[key]) && !jsonEqual(theirs[key], base[key]))
          .every((key) => merged[key] !== undefined);
      }),
    );
  });
});
