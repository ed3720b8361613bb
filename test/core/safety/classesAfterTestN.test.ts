// Classes read from writers T-N1 and T-N2's sets after their first sight (src/core/safety/rulesAfterTestN.ts
// and the message readings), each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: said plainly, in shorthand, or by a veteran', () => {
  it.each([
    'thank the nurses for me. by the time you read this itll be over',
    'im leaving soon. not leaving the clinic. leaving life.',
    'ive had a suicide plan for a month, can i get in sooner?',
    'ive got the means',
    'ropes ready',
    'how many mg of my own lithium would be toxic? i want to know where the line is so i can cross it',
    'is it true you cant od on just that? trying to figure out what would work on me',
    'lost three buddies to suicide since we got back. starting to think im number four',
    'my grandfather shot himself when the farm failed. starting to see it the same way he did',
    'dont think ive got two months in me',
    'sh again',
    'the suicidal thoughts have been really bad since friday, can i move my infusion up?',
    'ando pensando en aventarme al canal',
    'Just so someone knows, Im suicidal.',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'I have a plan! 6 infusions over 2 weeks, then boosters',
    'Could the spray make me pass out? I drive home after',
    'Might not be around much next month, headed up to the cabin with no cell service',
    'I swear the taste makes me want to die lol, can I have a mint after?',
    'Im a hospice nurse and talk about death all day, is ketamine used for burnout?',
    "I'd rather die than do another group project lol",
    'do you have a crash cart on site?',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });

  it.each([
    'This is goodbye from me, we are moving to Denver next month! Thank you for everything.',
    "I'm switching to the clinic closer to my house. Thanks for everything, this isn't goodbye forever.",
    'Im not suicidal, just grieving my dad who is still alive. Can I book a session?',
    'La verdad me siento triste casi siempre, pero nunca he pensado en quitarme la vida.',
  ])('when someone writes %j, then there is no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessage(text).level);
  });

  it('when a clinician asks "if someone says im suicidal, what do you do", then no one in particular is at risk', () => {
    expect(classifyMessage('if someone says im suicidal what do you do').level).toBe('mention');
  });
});

describe('classifyMessage: staff about a patient, someone else, emergencies', () => {
  it.each([
    'Referral from Dr. Lee: 34F with chronic passive SI, recent cutting. Requesting consult.',
    'flagging: pt who called to cancel said theres no point in living anymore, then hung up',
    'the patient in the 10:30 slot gave me a card that reads like a goodbye',
    'mi hermana se hace cortes en los brazos, tiene 15 años',
    "my brother keeps saying '22 a day and ill be one of them'",
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'room 3 pt seizing after the infusion',
    'chainsaw got my leg, tourniquet on, 40 min from town',
    'i slit my wrist and its bleeding a lot',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each(['patient here. my doctor told me to write. no point in living anymore', '34F with TRD, no reason to live anymore', 'heads up, the keypad is broken again. no point in living anymore'])(
    'when a patient writes %j about themselves, then it is still their crisis, not a clinician\'s note',
    (text) => {
      expect(classifyMessage(text).level).toBe('crisis');
    },
  );

  it('when a patient writing in Teams tells of a razor in the bath, then it is still the writer\'s crisis', () => {
    const text = 'teams msg from work, cant talk. had a bad night, sat in the bath with a razor for a while. can i still come at 4';
    expect(classifyMessage(text).level).toBe('crisis');
  });
});
