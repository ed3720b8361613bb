// Classes read from writers T-R1 and T-R2's set after its first sight (src/core/safety/rulesAfterTestR.ts),
// each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: said the way people who never talk about it say it, and in internet register', () => {
  it.each([
    'i dont want to see another christmas',
    'the valley floods every march. i dont plan on seeing it',
    'i dont have two more weeks in me',
    'honestly done with being alive',
    'the only thing im looking forward to is dying',
    'i hate that i woke up this morning',
    'not sick. not old. just ready.',
    'god is ready for me. im ready.',
    'praying for a heart attack in my sleep',
    'the only thing keeping me here is the dog',
    'the thoughts are back. bad.',
    'i dont want to kill myself tonight but i think ill do it eventually',
    'lethal dose of zoloft asking for a friend. the friend is me',
    'i might just sit in the river till it takes me',
    'keep my revolver by the bed now, not for intruders',
    'been staring up at the rafters in the shed all week',
    'wrote my own obituary last night',
    'my plan is to wait until after the wedding',
    'left my wallet and keys on the table with a note',
    'posting my final selfie tonight',
    'deciding between the infusion and just ending it',
    'how many floors would it take',
    'want to pay off the truck before i go so my wife isnt stuck with it',
    'tell the doctor he did everything he could',
    'ive got pills in the cabinet. i think about them every night',
    'havent cut in a year but i just did',
    'still have the scars and now im making new ones',
    'shower so hot it burns my skin on purpose',
    'if youre reading this im sorry',
    'i want to dir',
    '💊💊💊💊 tonight',
    '🔪 again',
    'i aint going to be here for christmas',
    'i aint going to be here for christmas. going away for good',
    'wont be here for easter, driving to the lake tonight',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'my husband keeps staring at the rafters in the barn',
  ])('when someone writes %j about another person, then it is other-at-risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'his sleeve got caught in the pto shaft',
    'truck went into the pond, water coming in',
    'i think im overdosing',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each([
    'i wont be here for christmas, visiting my sister in ohio',
    'i take 12 different pills a day, should i bring the list',
    'my partner had suicidal thoughts during treatment, is that common',
    'what happens if someone has suicidal thoughts during the infusion',
    'i hate that i woke up late again',
    'the only thing stopping me from booking is the price',
    'we wrote an obituary for our dog for the writing class',
    'my plan is to wait until after the holidays to start treatment',
    'i keep a rifle in the truck for coyotes, does that count as a gun at home',
    'how many floors is your clinic on',
    'i took my last selfie before the haircut lol',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});
