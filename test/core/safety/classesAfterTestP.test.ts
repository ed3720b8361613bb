// Classes read from writers T-P1 and T-P2's sets after their first sight (src/core/safety/rulesAfterTestP.ts),
// each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: the writer, between the lines', () => {
  it.each([
    'confirming thursday at 2. honestly i hope i dont make it that far',
    'i cant promise ill be safe until my next session',
    'thoughts of ending your life in the past two weeks? yes. every day. including today.',
    'my doctor asked me to rate my suicidal thoughts, its a 9 tonight',
    'i have the plastic bag and the tape, i just need the nerve',
    'is 30 ambien enough',
    'i dont think im safe with myself tonight',
    'last night i wrote out step by step how id do it',
    'i told them i was fine. im not. i still want to do it.',
    'priced out a gun for myself today',
    'is mixing my pills with alcohol the quickest way? im not asking hypothetically',
    'should i spend the money on the infusions or on my funeral',
    'i want to pay it off so theres no debt behind for my family when i go',
    'lo siento por todo. adiós.',
    'es 2am y estoy pensando en saltar del balcón',
    'only book one. there wont be a second.',
    'stop the reminders for january, i wont be here for january',
    'after friday my calendar is clear. for good.',
    'please make the refund out to my estate',
    'cancel all of them. im checking out.',
    'toy en las vias',
    'yes to #9, more than half the days',
    'i know how to make it all stop now',
    'cya on the other side',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'my therapist and i have a plan and im hopeful',
    'I felt like I couldnt breathe during the infusion but the nurse said my oxygen was perfect',
    'it felt like dying for a minute, then it was really peaceful',
    'my mom thinks im going to overdose on ketamine, how do i explain it?',
    'paying it off before I leave the country so I dont come back to collections',
    'my grandma always said ill sleep when im dead',
    'i wont be here on the 4th, can we move it',
    'hives after the infusion, i scratched myself all the way home',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});

describe('classifyMessage: someone else, and emergencies told plainly', () => {
  it.each([
    "my aunt keeps telling everyone she won't be here by christmas",
    'a guy on my crew said hes clocking out for good and gave away his tools',
    'my wife has been hiding razors in the bathroom',
    'my girlfriend has burns on her arm that she says she did on purpose',
    'my brother asked me what the lethal dose of his meds is, he says hes just curious',
    'my best friend keeps talking about wanting to die',
    'found razor blades in his trash',
    'i found a goodbye letter my husband wrote',
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'i cant feel the left side of my body all of a sudden',
    'got home after my session and vomited blood',
    'car flipped on the highway, my leg is stuck',
    'found my dad in the garage with the car running, hes out of it',
    'my son tried to hang himself, i found him, he can barely talk',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it('when a crisis note sits in a message that also thanks the clinic for a course that helped, then it is still a crisis', () => {
    expect(classifyMessage('ketamine saved my life once. i already wrote my note. done with my infusions').level).toBe('crisis');
  });

  it('when someone was discharged after an overdose and thinks of doing it again, then it is a crisis, not a new emergency', () => {
    const text = 'I was in the hospital after I overdosed on Saturday. They discharged me and Im already thinking about doing it again';
    expect(classifyMessage(text).level).toBe('crisis');
  });
});
