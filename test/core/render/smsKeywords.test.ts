import { describe, expect, it } from 'vitest';
import {
  SMS_MESSAGE_LIMIT,
  smsHelpText,
  smsKeyword,
  smsOptInConfirmation,
  smsOptOutConfirmation,
} from '../../../src/core/render';

describe('smsKeyword', () => {
  it.each([
    ['STOP', 'stop'],
    ['stop', 'stop'],
    ['  Stop.  ', 'stop'],
    ['STOP!!', 'stop'],
    ['StopAll', 'stop'],
    ['unsubscribe', 'stop'],
    ['CANCEL', 'stop'],
    ['end', 'stop'],
    ['Quit?', 'stop'],
    ['START', 'start'],
    ['unstop', 'start'],
    ['HELP', 'help'],
    ['help?', 'help'],
    ['info', 'help'],
  ] as const)('when the whole message is %j, then it is the %s keyword', (text, expected) => {
    expect(smsKeyword(text)).toBe(expected);
  });

  it.each([
    ['Stop sending me reminders'],
    ['please stop'],
    ['I need help'],
    ['help me'],
    ['yes'],
    ['start over'],
    ['S T O P'],
    [''],
    ['toString'],
    ['constructor'],
  ])('when the message is %j, then it is not a keyword', (text) => {
    expect(smsKeyword(text)).toBeUndefined();
  });
});

describe('carrier keyword replies', () => {
  const clinic = { name: 'Example Ketamine Clinic', phone: '(555) 555-0100' };

  it('when a patient texts HELP, then the reply names the clinic, its phone as digits, how to opt out and the crisis line', () => {
    const text = smsHelpText(clinic.name, clinic.phone);
    expect(text.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
    expect(text).toContain('Example Ketamine Clinic');
    expect(text).toContain('5555550100');
    expect(text).toContain('Reply STOP to opt out');
    expect(text).toContain('If you are in crisis, call or text 988');
  });

  it('when a patient opts out, then the confirmation says no more messages will come and how to return', () => {
    const text = smsOptOutConfirmation(clinic.name);
    expect(text.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
    expect(text).toContain('Example Ketamine Clinic');
    expect(text).toContain('no more messages');
    expect(text).toContain('Reply START');
  });

  it('when a patient opts back in, then the confirmation says how to get help or opt out again', () => {
    const text = smsOptInConfirmation(clinic.name);
    expect(text.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
    expect(text).toContain('Example Ketamine Clinic');
    expect(text).toContain('STOP');
    expect(text).toContain('HELP');
  });

  it('when the clinic name is very long, then every text still fits one message and keeps opt-out and crisis help', () => {
    const longName = `The ${'Very '.repeat(80)}Long Clinic`;
    const help = smsHelpText(longName, clinic.phone);
    const optOut = smsOptOutConfirmation(longName);
    for (const text of [help, optOut, smsOptInConfirmation(longName)]) expect(text.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
    expect(help).toContain('Reply STOP to opt out');
    expect(help).toContain('call or text 988');
    expect(optOut).toContain('Reply START');
  });

  it('when a clinic outside the US passes its own crisis sentence, then that replaces 988', () => {
    const text = smsHelpText('Example Clinic', '020 7946 0000', 'If you are in crisis, call Samaritans on 116123.');
    expect(text).toContain('116123');
    expect(text).not.toContain('988');
  });
});
