// Classes read from writers T-J1 and T-J2's sets (src/core/safety/rulesAfterTestJ.ts), each with the
// look-alikes it must not be confused with. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: crisis said without the usual words', () => {
  it.each([
    'i set the date. the 3rd. can i still come in on the 1st?',
    'my brother will get the call when they find me, please update my contact',
    'how long until a neighbour notices a body? i want the cat fed after i do it',
    'recorded a video for my kids explaining why i did it',
    'lost my best friend and my cousin to suicide. i think im next',
    'the thoughts got so bad i nearly acted on them yesterday',
    'i attempted in may. im pretty sure ill try again soon',
    'i have three bottles saved up and im going to take all of them tonight',
    'kept digging the blade into my forearm until it felt like something',
    'went to the cemetery and told mom ill be joining her soon',
    'everything is sorted and i wont be waking up tomorrow',
    'tengo 30 de mis pastillas, con cuantas ya no despierto?',
    'ya no puedo más y hoy lo termino',
    'anoche me hice sangrar a propósito',
    'ive been looking up how many of her sleeping pills it would take',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    "i've set the date for the wedding! can i move my infusion?",
    'i picked the date for my first infusion, so excited',
    'if they find me a cheaper slot let me know',
    'i wont be waking up early tomorrow, can we do noon',
    'hoy me despido de la clínica, última sesión, gracias por todo',
    'im going to take all of them as prescribed, right?',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});

describe('classifyMessage: someone else at risk, and the writer among family', () => {
  it.each([
    'i found a noose in the garage. my son is the only one who goes there',
    'found a list of ways to die in her diary',
    'i found a goodbye note in my sons backpack, he is at practice now',
    'my partner keeps describing how hed do it and it scares me',
    'my brother posted see you all on the other side and isnt picking up',
    'my mom asked me to make sure the grandkids know she loved them, then went quiet',
    'my dad stares at the bridge when we cross it and said itd be so easy',
    'mi hermana dejó cartas para sus hijos y ya no sale de su cuarto',
    'my wife told me she thinks about not waking up',
    'my friend keeps joking about not waking up after surgery and im not sure its a joke',
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it('when a writer tells of a relative who attempted and fears it again, then it is the relative at risk', () => {
    expect(classifyMessage('my son attempted last year and im scared hes going to try again').level).toBe('other-at-risk');
  });
});

describe('classifyMessage: emergencies told plainly', () => {
  it.each([
    'my dad is choking and he cant breathe or talk',
    'a patient in the waiting room is on the floor shaking',
    'new medicine and now my lips are huge and im wheezing',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it('when someone tells of a plan and says not to call 911 because nothing is taken yet, then it is a crisis', () => {
    expect(classifyMessage('i have my pills here and im going to take all of it tonight. dont call 911 i havent done anything yet').level).toBe('crisis');
  });

  it.each([
    'i was on the floor shaking with laughter at that video',
    'choking up a bit reading your message, thank you',
    'my lips are puffy from the filler last week, is that ok before an infusion?',
    'took my blood pressure pill twice by accident, the pharmacist said its fine',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});

describe('classifyMessage: topics and everyday readings', () => {
  it.each([
    'my chart says pt denies SI/HI, what does that mean?',
    'The last time I felt suicidal was 2012. I just need help with the depression now.',
    'intenté suicidarme cuando tenía 19 años. ahora tengo 45 y estoy bien',
    'hace años tuve un intento, ahora estoy bien',
    'why does the discharge sheet say to call 988 if i have thoughts of harming myself?',
  ])('when someone writes %j, then it is a mention', (text) => {
    expect(classifyMessage(text).level).toBe('mention');
  });

  it.each([
    'goodbye everyone! last day at the front desk, ill miss you',
    'this is my last message before i board the plane, see you in 10 days',
    'adiós a todos, nos vemos el lunes',
    'we wrote a will after the baby came, the lawyer suggested it. do you take aetna?',
    '¿cuántas pastillas de ibuprofeno puedo tomar al día para el dolor?',
    'my son says hes dead every time he has to clean his room',
    'so tired of everything at work lately, can i move my session to saturday?',
    'if my coworker plays that song one more time im going to drive into a lake lol',
    'my wife says if i dont stop talking about ketamine shell jump off the roof 😂',
  ])('when someone writes %j, then there is no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessage(text).level);
  });
});

describe('classifyMessage: a joke does not hide a disclosure outside it', () => {
  it('when a joke about waiting is followed by a real disclosure, then it is a crisis', () => {
    const text = 'if i have to wait one more time for my infusion im going to kill myself lol. honestly ive been thinking about killing myself a lot';
    expect(classifyMessage(text).level).toBe('crisis');
  });
});
