// Classes read from writers T-M1, T-M2 and T-M3 (src/core/safety/rulesFromWritersM.ts and the context
// readings in context.ts), each with look-alikes. Phrasings are the team's own, not the writers'.
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { URGENT } from '../../support/safetyLevels';

describe('classifyMessage: crisis with no risk word', () => {
  it.each([
    'i checked and the pipe in the garage would hold my weight',
    'been timing the trains every night this week',
    'the 7:10 doesnt slow down at the crossing by my house',
    'the parking structure is eight floors. that should be enough',
    'the lake at dawn seems like a good place to finish.',
    'do you think it hurts to drown',
    'youll see me on the news tomorrow',
    'i booked a motel so my kids dont have to walk in on it',
    'i feel so calm now that i know when',
    'my mom had no idea that phone call was goodbye, she didnt even realize thats what it was',
    'please dont take it personally. it was never about you',
    'i wont be here for it, please cancel my session on the 9th',
    'my husband gets the insurance. it pays out after two years and its been two years',
    'nobody really needs me',
    'how much tylenol is lethal for someone 60 kg',
    'whats the max dose of my insulin, i have plenty at home',
    'what dose of my propranolol would stop my heart',
    'can i take my infusion with 40 ambien lol',
    'held a lighter to my hand until it blistered',
    'i burn my arms with the curling iron, on purpose',
    'how do i hide fresh cuts from the nurse',
    'my sister killed herself in 2019 and i think i understand her now',
    'si is back and its bad tonight',
    'ive been ideating all week',
    'id be fine if my plane went down on monday',
    'hace tiempo que lo pensé. fui a ver a mis papás por última vez',
  ])('when someone writes %j, then it is a crisis', (text) => {
    expect(classifyMessage(text).level).toBe('crisis');
  });

  it.each([
    'the trains were late so i watched them for an hour, sorry im late',
    'i stood on the platform for 20 minutes, the train was delayed',
    'the bridge is closed, is there another way to the clinic?',
    'do you think it hurts to get an iv',
    'youll see me on the news tonight, they interviewed me about the marathon lol',
    'i feel so calm now that i decided to start spravato',
    'i wont be here for it, ill be in chicago for work, please cancel',
    'bought rope today for the climbing gym',
    'watching the fireworks from the roof tonight, feeling good',
    'if i have to fill out one more form im going to walk into the sea lol',
    'this song is so good i could die',
    'took a nap and didnt want to wake up, so cozy',
    'scratched my arm on the rose bush, is that ok for the iv?',
    'me quemé con el sartén cocinando, ¿puedo ir a la infusión?',
    'going to be stuck at the airport and probably wont make it, can i reschedule?',
    'i dont know why. im not going to hurt myself, i just want to feel better',
  ])('when someone writes %j, then the rules raise no alarm', (text) => {
    expect(URGENT).not.toContain(classifyMessageRulesOnly(text).level);
  });
});

describe('classifyMessage: someone else at risk, found or seen', () => {
  it.each([
    'found razor blades hidden in my daughters pencil case',
    'my son keeps driving to the overpass at night and just standing there',
    'my husband keeps thanking me for everything and gave away his tools',
    'my brother gave me his passwords just in case',
    'mi hermana me dio sus contraseñas por si acaso',
    'found a search history on her laptop about painless ways to die',
    'i think my dad is worried the insurance wont pay out for suicide, hes been asking if the policy covers suicide',
    'im a therapist referring a client with active si, how fast is intake',
  ])('when someone writes %j, then someone else is at risk', (text) => {
    expect(classifyMessage(text).level).toBe('other-at-risk');
  });

  it.each(['If a patient has suicidal thoughts during an infusion, what does the staff do?', 'I refer patients with suicidal ideation, do you need a safety plan first?'])(
    'when a clinician asks about patients in general (%j), then no one in particular is at risk',
    (text) => {
      expect(classifyMessage(text).level).toBe('mention');
    },
  );
});

describe('classifyMessage: emergencies told plainly', () => {
  it.each([
    'CHOKING she cant breathe or talk',
    'my grandpa has food stuck in his throat',
    'i cant get it to stop bleeding, my son cut his arm on glass',
    'i cut deeper than i meant to and i can see fat',
    'kitchen fire, my wife has burns all over her arms',
    'my dad cut his hand badly with the table saw',
    'driving home and i feel like im going to black out, pulled over',
    'my brother tried to hang himself and hes choking and pale',
  ])('when someone writes %j, then it is an emergency', (text) => {
    expect(classifyMessage(text).level).toBe('emergency');
  });
});

describe('classifyMessage: history and screening are a mention', () => {
  it.each([
    'my therapist asks every session if im suicidal, is that normal?',
    'question 9 is about being better off dead, i answered 0. is that the one you flag?',
    'in my past i self-harmed. that was over a decade ago',
    'when i was 16 i wrote goodbye letters and was hospitalized. im 41 now and fine',
    'mi hermana intentó quitarse la vida hace años, ahora está bien',
  ])('when someone writes %j, then it is a mention', (text) => {
    expect(classifyMessage(text).level).toBe('mention');
  });
});
