import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/core/safety/classifier';

/**
 * Messages written outside the team that the classifier once missed or alarmed on (the crisis
 * detection issue's examples). Misspelled and mixed disclosures are caught; ordinary text is not alarmed.
 */
describe('crisis detection on text written by strangers', () => {
  it.each([
    'i want too die',
    'i feel suicidle',
    'suicidal idiation again',
    'suisidal thoughts every night',
    'can ketamine help with suicidal thoughts because i have them every night',
    'do you treat people who are actively suicidal? because i am',
    'final message. thank you to the nurses who were kind to me',
    'esto es un adiós, gracias por todo',
    'is there a cancellation fee? i might not need the appointment if i go through with my plan',
    'is 30 of my lexapro enough to die',
    'thinking about ctb tonight',
  ])('when a patient writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'overdosed',
    'got in a car accident on the way home from my appt, im hurt',
    'my son swallowed a bunch of his adhd pills by mistake',
    'i took all my pills like 20 min ago and now im scared',
    'my mom is having a seizure',
    'hes not breathing',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });

  it.each([
    'Why is breakfast in movies, series or whatever always so stacked? Like seriously I just eat cereal and coffee',
    'A pie is £2.50 in Jamaica and £3.00 in the Bahamas. How much more is it in the Bahamas?',
    'write my essay on the french revolution',
    'my sql query keeps returning duplicate rows, how do i fix it',
    'im breastfeeding my 4 month old, can i still get spravato',
    'my son is 17, is he too young for ketamine treatment',
    'how long does the visit take',
    'I, I, I\'m a fly fisherman.',
    'overdosed on coffee lol, is that ok before spravato',
  ])('when someone writes ordinary text (%j), then no alarm is raised', (text) => {
    expect(['none', 'mention']).toContain(classifyMessage(text).level);
  });

  it('when a crisis message is written in Spanish, then the result says so, for a reply in Spanish', () => {
    expect(classifyMessage('ya no quiero vivir, esto es un adiós')).toMatchObject({ level: 'crisis', language: 'es' });
    expect(classifyMessage('i want to die').language).toBeUndefined();
  });
});
