// Classes read from writers T-L1 and T-L2's sets after their first sight (src/core/safety/rulesAfterTestL.ts),
// each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: the writer, said at an angle', () => {
  it.each([
    'please thank the nurses for me. i wont be seeing them again.',
    'if he asks, tell him i tried so hard',
    'give my slot to someone who has a future',
    'im choosing to be done',
    'im running out of reasons not to kill myself',
    'trying really hard not to hurt myself right now',
    'its not getting better and im not going to stick around to find out',
    'why book six sessions when i wont be here in six weeks',
    'my dad died by suicide in 2010. im starting to feel like its my turn',
    'I had suicidal thoughts on and off since college. Theyre back right now, worse than ever.',
    'my old plan is back, same spot as 2019',
    'took the blade out of my razor and put it in my wallet',
    'I looked up how high the bridge on main street is',
    'is hanging painful? asking for me, not for a book',
    'lethal dose of advil for someone my size, for me',
    'my buddy laughed it off. thing is ive been seriously thinking about it',
    'starved myself three days as punishment',
    'banged my head on the wall until i saw stars',
    'on the ledge. 9th floor.',
    'perdí a mi esposo y ahora solo quiero irme con él',
    'dont call. ive made my decision.',
    'hav been cuttin agen',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'I wont be seeing her again since she moved to another clinic, can I switch nurses?',
    'I scratch my eczema until it bleeds, any tips?',
    'took a whole bottle of water to the session like you said',
    'I felt like I was dying for a few minutes in the session, then it passed. Normal?',
    'I just want to go to sleep and not wake up until Monday',
    'im not in any danger, i just want to stop living at half speed',
    'I cant do this anymore, these insurance forms are impossible',
    'enjoying the sun on the roof deck for the first time in months',
    'Putting my affairs in order before my hip replacement, can we pause infusions?',
    'me tomé todas las pastillas que me recetaron el año pasado y no sentí nada',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });

  it.each([
    'Goodbye and thanks for everything! Im switching clinics because of insurance.',
    'Nurse Ana is retiring, I want to say goodbye to her.',
    'Im finishing my series this week and wanted to say goodbye. I feel like a different person.',
  ])('when someone writes %j, then there is no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessage(text).level);
  });
});

describe('classifyMessage: someone else, a patient, and the body now', () => {
  it.each([
    'how many of my moms ambien would be lethal? she might be saving them',
    'my friend keeps asking me how much insulin would kill someone',
    'my patient reported increasing suicidal ideation since her last infusion',
    'my mom sent me a text thanking me for everything, its not like her',
    'found bloody tissues in his trash',
    'my sister has been self harming between sessions',
    'mi hijo tiene pensamientos suicidas desde hace meses',
    'flagging pt A.B. - PHQ9 item 9 answered nearly every day',
    'a guy on my crew keeps saying hes not going to be around much longer',
    'friend keeps sending me "if anything happens to me, you can have my cat"',
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each(['¿Qué hace la clínica si un paciente dice que tiene pensamientos suicidas?'])('when someone asks about patients in general (%j), then it is a mention', (text) => {
    expect(classifyMessage(text).level).toBe('mention');
  });

  it.each([
    'my dad is confused after the session and cant remember my name',
    'my toddler got into my nasal spray and shes floppy now',
    'me tragué todo el frasco de paracetamol',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each(['esta noche me tomo todas las pastillas', '¿si me tomo todo el frasco me muero?'])('when someone writes %j (a plan, not an act), then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });
});

describe('classifyMessage: history, fiction and screening are a mention', () => {
  it.each([
    'I tried to kill myself when I was 19. Im 45 now and doing well. Does that rule me out?',
    'Im writing a novel where a character has ketamine after a suicide attempt',
    'I answered no to thoughts of being better off dead, does the rest matter?',
    'My grandfather attempted suicide decades ago, is depression genetic?',
  ])('when someone writes %j, then it is a mention', (text) => {
    expect(classifyMessage(text).level).toBe('mention');
  });
});
