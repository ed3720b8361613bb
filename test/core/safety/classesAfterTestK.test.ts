// Classes read from writers T-K1 and T-K2's sets after their first sight (src/core/safety/rulesAfterTestK.ts
// and the message readings), each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: the writer in other words', () => {
  it.each([
    'my wife died in june and im planning how to follow her',
    'every pill in this apartment is counted and ready',
    'the plan is to use the helium i ordered',
    'ive been practicing with the belt',
    'asked my brother to visit saturday so hes the one who finds me',
    'kids are asleep. im in the garage.',
    'is there a number of my lamotrigine that would be permanent',
    'how many of my pills before my heart stops',
    '30 of my trazodone plus vodka = enough?',
    'i keep hoping ill get into a car accident on the way home',
    'lying here hoping my heart stops',
    'i dont trust myself around my meds tonight',
    'he hid the knives because of what i said',
    'i cant keep promising myself i wont kill myself',
    'not suicidal just want to die',
    'im not going to kill myself i just wish id get sick and die',
    'ive wanted to die for years',
    'do you take people who are actively suicidal? because thats me right now',
    'two attempts, most recent in march. i still have the thoughts daily',
    'i banged my head against the wall until it bled, i do it when it gets bad',
    'goodbye. thanks for trying',
    'hw many xanax 2 od. srs. i hav a full bottle',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    "i'd die for a coffee",
    'bought a helium tank for the party',
    'got everything ready for tomorrow: ride, snacks, playlist',
    'i just want it all to stop, the construction next door starts at 6',
    'i wont be here much longer, my lunch break ends at 1',
    'im going to sleep forever once this semester ends lol',
    'lol if my infusion gets pushed again im gonna kms (jk, just annoyed)',
    'the nasal spray tastes so bad i wanted to die',
    'does the k hole feel like dying?',
    'putting my affairs in order this month, taxes and the boring stuff',
    'I feel like a burden on my wife because she does everything. Im not suicidal, just guilty.',
    'my feet are killing me from the walk from the parking garage',
    'my schedule is wide open after retirement, any morning slots?',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});

describe('classifyMessage: goodbyes at the end of a course that helped', () => {
  it.each([
    'Just finished my last session. I wanted to say goodbye and thank you to everyone!',
    'Thanks for everything. I wont be needing more appointments, Im finally doing well!',
    'I wanted to say goodbye and thank you, the treatment worked and Im going back to work',
    'Goodbye everyone! Moving overseas for my job, Ill miss you',
    'Ya me voy de vacaciones, regreso en dos semanas. Adiós a todos!',
  ])('when someone writes %j, then there is no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessage(text).level);
  });

  it('when the course helped only for a while and the writer is getting things ready, then it is still a crisis', () => {
    const text = 'The infusions helped for a little while and Im grateful. I updated my will and wrote letters for my kids. Goodbye and thank you.';
    expect(classifyMessage(text).level).toBe('crisis');
  });
});

describe('classifyMessage: someone else, and emergencies now', () => {
  it.each([
    'found my sons search history: how many tylenol, painless ways',
    'he left a tab open on the computer: does life insurance pay out for suicide',
    'one of my students wrote a poem about her own funeral',
    'i noticed fresh cuts on her forearms, my mom is 60',
    'my sister told me shes been practicing with a belt',
    'mi mejor amiga publicó "adiós a todos" en instagram y lo borró',
    'is there a faster intake for someone actively suicidal? asking for my twin',
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each([
    'my son cut his arm and its bleeding through the towels',
    'my roommate tried to hang himself, i got him down, hes breathing but confused',
    'i did it. i took the pills. i dont want to die anymore please help',
    'my friend just swallowed a bunch of my pills in front of me',
    'mi hermano se cortó con la motosierra, es muy profundo',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each([
    'Asking for my sister, who was hospitalized for an attempt two years ago and is stable now: do you take referrals?',
    'Do you report it if someone says theyre suicidal? Asking for the confidentiality rules, not because I am.',
  ])('when someone writes %j, then it is not an alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessage(text).level);
  });
});
