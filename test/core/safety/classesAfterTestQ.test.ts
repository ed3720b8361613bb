// Classes read from writers T-Q1 and T-Q2's set after its first sight, and from the development writers
// T-S1 and T-S2 (src/core/safety/rulesAfterTestQ.ts), each with look-alikes. Phrasings are the team's own.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: short plain disclosures and preparations', () => {
  it.each([
    'honestly im a danger to myself tonight',
    'not safe rn',
    'i feel not safe alone tonight',
    'SI today. active.',
    'having active SI again',
    'ideation is back and its bad',
    'why am i still breathing',
    'i envy the dead',
    'wish i hadnt woken up today',
    'i wish the crash in march had killed me',
    'how can i make sure i never wake up',
    'i think is better i am dead',
    'i quit. life, i mean.',
    'if i was gone my kids would have a better dad',
    'the thoughts about dying ive been having scare me',
    'the form asks about suicidal thoughts. i have them every day',
    'i want to get off this ride for good',
    'hoping i never come back from the k hole this time',
    'maybe two weeks left in me',
    'see you thursday. if im still here.',
    'im not sure ill make it to thanksgiving honestly',
    'whats the most painless way',
    'which is quicker, pills or hanging',
    'if i mix my xanax with vodka will it work',
    'ive been stockpiling my seroquel',
    'stopped taking my meds so i can save them up',
    'ive got three months worth saved',
    'gonna drink until i black out and swallow all the pills',
    'my wife found me in the garage with the engine running last night',
    'counted my pills. more than enough.',
    'i keep hoping the car doesnt stop when i cross',
    'i aim for the guardrail on purpose sometimes',
    'driving to work i think about steering into the overpass',
    'every morning i think about stepping out when the train comes',
    'been staring at the razor for an hour',
    'ive held the gun to my head twice this week',
    'ive been googling which meds are most lethal',
    'i know exactly what id take and how much',
    'would it upset my kids more if i did it at home',
    'nobody will find me until monday',
    'the hose fits the exhaust now',
    'the bridge is looking like a better option than treatment',
    'how many 50mg zoloft is lethal',
    'what is the max dose of my lithium before it kills you',
    'can ketamine kill you if i take a lot',
    'please dont take it personally when you hear',
    'tell the nurses it wasnt their fault',
    'it was nice knowing you all',
    'its me. im the friend.',
    'i keep thinking i should have died in that wreck',
    'the burns on my arm, i did them to myself',
    'i dont trust myself with the pills right now',
    'no me siento segura sola esta noche',
    'llevo meses juntando pastillas',
    'cuantas pastillas de mi sertralina serian mortales',
    'sigo pensando en terminar con todo',
    'me corte a proposito otra vez',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'my son has been stockpiling his pills, i found them in his closet',
    'my friend told me she has active SI and wont call anyone',
    'my cousin posted a long thing on facebook, sounds suicidal',
    'my dad keeps saying he should have died in the war',
    'grandpa asks god to take him every night',
  ])('when someone writes %j about another person, then it is other-at-risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'choking',
    "i think he OD'd, hes not making sense",
    'toddler fell off the balcony',
    'sliced my thumb open on the mandoline, blood gushing',
    'just got hit by a car in your parking lot',
    'car accident on the way home, my husband is hurt bad',
    'the neighbor is pinned under the tractor',
    'my daughter bit into a laundry pod',
    'se me hincho la garganta, casi no puedo respirar',
    'i took all my lamictal about 20 minutes ago',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each([
    'i wont be around next week, im on vacation, can we move my booster',
    'im not safe driving after the infusion, right? thats why i need a ride',
    'is it normal to wake up tired? i wish i hadnt woken up so early',
    'is ketamine lethal in an overdose? just curious how safe it is',
    'how much tylenol is lethal for a dog, mine ate two',
    'saving my pills for the trip so i dont run out',
    'which is better for me, spravato or the iv infusions',
    'my grandpa gave me his watch, something to remember him by',
    'its been nice seeing you all every week, last infusion friday!',
    'i nearly set the kitchen on fire making dinner lol',
    'smoke coming out of my blender, is that bad',
    'im done! last infusion, who wants cake',
    'i looked at bridges for my engineering homework',
    'what is the most painless way to get an IV placed',
    'that album sounds suicidal lol',
    'i should have died of embarrassment at the front desk',
    'he keeps saying he should have died laughing at that show',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});
