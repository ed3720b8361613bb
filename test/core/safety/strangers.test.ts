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
    // Independent writer C, read with the model trained without that writer.
    'kill me please',
    'end it',
    'idw b alive',
    'si bad 2day',
    "i'm cutting right now",
    'can they just not wake me up',
    'how much amitriptyline is too much to survive',
    "i need an appointment before friday. that's the day i picked to die",
    'wrote the letter. its time',
    'ya tengo la soga',
    'cuánto litio es mortal? tengo un frasco lleno',
    'I need to cancel all my future appointments. I wont need them.',
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
    "i od'd. i'm sorry. i don't feel right",
    'took like 40 tylenol earlier, feel fine but now i\'m panicking',
    'she hav a seasure right now',
    'hart attak i think my dad',
    'help mi niño se comió mis pills de la presión',
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
    // Patients' questions the rules once alarmed on (independent writers' phrasings).
    'I get shaky if I skip meals. Last time I had to go without food for a blood test I nearly fainted. How long do I have to go without eating before the infusion?',
    "My wife felt better after her infusions but I'm worried it won't last. How long does it usually stay?",
    'For my wife: her blood pressure went very high during the infusion. Is that normal?',
    "My daughter's psychiatrist said ketamine might help with her suicidal thoughts. Is that how it's used?",
    'Sorry my english. I save money for this treatment. How much money in total I need for the full treatment? I want to make a plan.',
    "My veterinarian wants to sedate my Labrador with ketamine for an X-ray. He's 12 years old and has a heart murmur. I'm scared he won't wake up. Is ketamine safe for an old dog?",
    'My girlfriend has an allergy to ketamine from a past ER visit. Does that mean she can\'t do this?',
    'kill the lights when you leave',
  ])('when someone writes ordinary text (%j), then no alarm is raised', (text) => {
    expect(['none', 'mention']).toContain(classifyMessage(text).level);
  });

  it('when a crisis message is written in Spanish, then the result says so, for a reply in Spanish', () => {
    expect(classifyMessage('ya no quiero vivir, esto es un adiós')).toMatchObject({ level: 'crisis', language: 'es' });
    expect(classifyMessage('i want to die').language).toBeUndefined();
  });
});
