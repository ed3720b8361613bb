// Classes read from writers T-U1 and T-U2's set after its first sight (src/core/safety/rulesAfterTestU.ts),
// each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: a disclosure after a question, amounts at once, affairs in order', () => {
  it.each([
    'do you take people who self harm? asking because i do',
    'can you get ketamine after an attempt? mine was two weeks ago',
    'does spravato help suicidal thoughts? because mine are getting worse',
    'is cutting a reason you would turn someone away? i do it most nights',
    'is it normal for a dad to want to die? because i really do',
    'my brother is suicidal and now i think i am too',
    'the form asks about hurting myself in the last two weeks. yes, most days.',
    'i have 60 days of seroquel, how many is too many in one go',
    'what if i took all 30 at once',
    'whats the max of my lithium before its deadly',
    'what would make the pain stop forever',
    'i wish i had the guts to do it',
    'i havent taken them yet',
    'cutting helps. doing it now',
    'if you dont hear from me just know i tried',
    'checked into a motel and brought all my pills',
    'next time ill take more',
    'i want things in order before i go',
    'i want things in order before i go. theyll be better off',
    'cancel everything. i wont need it. i cant move on from this',
    'theres a voice that says do it and tonight im listening',
    'i dont see the point in tomorrow',
    'im jealous of people who die in their sleep',
    'they found me before the pills kicked in',
    'i just want to get hit by a truck',
    'i promised my mom i wouldnt do anything until after christmas',
    'made a playlist for my own funeral',
    'i pray every night not to wake up',
    'thinking i might take all of my dads heart pills',
    'he hides the pills but i know where the key is',
    'been hitting my thighs with a belt where no one sees',
    'me sigo cortando y nadie sabe',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'three days after the birth and im soaking through a pad every 20 minutes',
    'my heart is racing so fast i think im about to pass out',
    'my dad is slumped over and wont open his eyes',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each([
    'my wife said shes thinking of taking all her pills, i hid them',
  ])('when someone writes %j about another person, then it is other-at-risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'does ketamine help suicidal thoughts? i am 52 and new to this',
    'im moving to denver and want everything in order before i go',
    'cancel everything please, i wont need it, my new insurance covers the clinic near work',
    'how many is too many cookies in one go lol',
    'the scars are from ten years ago, will people stare',
    'i wish i had the guts to quit my job',
    'i havent taken my morning meds yet, is that ok before the spray',
    'my heart was racing after the infusion but im fine now',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});
