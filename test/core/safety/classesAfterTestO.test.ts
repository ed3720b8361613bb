// Classes read from writers T-O1 and T-O2's sets after their first sight (src/core/safety/rulesAfterTestO.ts
// and the sentence readings in context.ts), each with look-alikes. Phrasings are the team's own.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: near-pairs that turn on one detail', () => {
  it.each([
    'im not going to do anything today. i cant promise about tomorrow.',
    'i dont want to kill myself but i think im going to',
    'which floor would i need to jump from to be sure',
    'whats a fatal lithium level? asking about my own prescription',
    'what happens if someone takes 40 of their seroquel. asking for me',
    'how much tylenol is too much, i want to take enough that its over',
    'is 988 free? i need to call it tonight',
    'im on the roof of the parking garage and i cant make myself come down',
    'my parents would be sad for a bit but theyd get over it',
    'Im not going to make it to Friday. Not in the scheduling sense.',
    'please tell dr reyes she did her best',
    'could you make the dose higher so i dont come back',
    'me siento como una carga. he buscado en internet cómo hacerlo sin dolor',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    "I'd jump off a cliff for a parking spot closer to the door",
    'I stopped breathing through my mouth like the nurse said, it helped the nausea',
    'I felt like I was dying for 30 seconds, then it was fine. Is that common?',
    'I accidentally took my thyroid pill twice this morning, I feel fine. Should I still come in?',
    'Took a bunch of pills for my migraine this morning, just tylenol. Still ok for 2pm?',
    'I had chest pain during my infusion last month, they said it was anxiety',
    'if my wife finds out how much this costs shes going to kill me lol',
    'Siento que me voy a morir de la ansiedad antes de la primera sesión',
    'quiero desaparecer un fin de semana a la playa jaja',
    'My wife scratches her arms at night because of her eczema',
    'what if i dont come back from the k-hole? thats my biggest fear lol',
    'Please tell her Im sorry, I was hangry from fasting',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });

  it.each([
    'Im done with my 6 infusions! Said goodbye to the nurses today, you changed my life.',
    'Im so tired I could sleep forever',
  ])('when someone writes %j, then there is no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessage(text).level);
  });
});

describe('classifyMessage: the body now, someone else, and the past', () => {
  it.each([
    'locked in the bathroom and the pills are already in me',
    'tried to kill myself about an hour ago, my vision is blurry',
    'been in the garage with the car running and now im dizzy and my head is pounding',
    'i mixed bleach with another cleaner and my throat is burning',
    'me tomé todas mis pastillas para dormir, ayúdenme',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each([
    'I think my husband might be having those thoughts. How do I bring it up?',
    'my husband says if his depression doesnt lift by spring hell end it',
    'Referral: 41M, TRD, active SI without plan, failed 5 trials',
    'mi novio está buscando en internet formas de morir',
    'mi esposo dice que sería mejor que él no estuviera',
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'in 2019 i stood on a bridge for an hour. im glad i didnt jump. do you have volunteer roles?',
    'I used to think about death constantly as a teenager. Now Im just tired.',
    'I was suicidal for most of 2020. Ketamine pulled me out.',
  ])('when someone writes %j, then it is a mention', (text) => {
    expect(classifyMessage(text).level).toBe('mention');
  });
});
