import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { hasValidSignature, inboundSmsActivity, outgoingTexts, parseForm, signedUrl, twimlFor } from '../../src/sms/twilioMessages';
import { formBody, inboundSmsParams, twilioSignature } from './twilioSigning';

const TOKEN = '12345678901234567890123456789012';
const URL = 'https://bot.example-clinic.test/api/sms/twilio';

describe('Twilio request signatures', () => {
  const params = inboundSmsParams('+15555550123', 'Can I drive home after? 50% sure & <nervous>');

  it('agrees with the twilio package about what a valid signature is', () => {
    expect(twilioSignature(TOKEN, URL, params)).toBe(twilio.getExpectedTwilioSignature(TOKEN, URL, params));
  });

  it('accepts a signature Twilio would send', () => {
    expect(hasValidSignature(TOKEN, twilioSignature(TOKEN, URL, params), URL, parseForm(formBody(params)))).toBe(true);
  });

  it.each<[string, () => { signature: string | undefined; url: string; fields: Record<string, string> }]>([
    ['no signature', () => ({ signature: undefined, url: URL, fields: params })],
    ['an empty signature', () => ({ signature: '', url: URL, fields: params })],
    ['a signature made with another token', () => ({ signature: twilioSignature('another-token', URL, params), url: URL, fields: params })],
    ['a changed message body', () => ({ signature: twilioSignature(TOKEN, URL, params), url: URL, fields: { ...params, Body: 'something else' } })],
    ['a changed sender', () => ({ signature: twilioSignature(TOKEN, URL, params), url: URL, fields: { ...params, From: '+15555550999' } })],
    ['an added field', () => ({ signature: twilioSignature(TOKEN, URL, params), url: URL, fields: { ...params, Extra: '1' } })],
    ['a signature for another URL', () => ({ signature: twilioSignature(TOKEN, 'https://evil.test/api/sms/twilio', params), url: URL, fields: params })],
    ['an unparsable URL', () => ({ signature: twilioSignature(TOKEN, 'not a url', params), url: 'not a url', fields: params })],
  ])('refuses %s', (_name, scenario) => {
    const { signature, url, fields } = scenario();
    expect(hasValidSignature(TOKEN, signature, url, parseForm(formBody(fields)))).toBe(false);
  });
});

describe('the URL Twilio signed', () => {
  it.each([
    ['the configured public URL wins', { host: 'internal:3978', secure: false, pathAndQuery: '/api/sms/twilio' }, 'https://public.test/sms', 'https://public.test/sms'],
    ['plain http from the Host header', { host: 'bot.test:3978', secure: false, pathAndQuery: '/api/sms/twilio' }, undefined, 'http://bot.test:3978/api/sms/twilio'],
    ['https from X-Forwarded-Proto', { host: 'bot.test', forwardedProto: 'https', secure: false, pathAndQuery: '/api/sms/twilio' }, undefined, 'https://bot.test/api/sms/twilio'],
    ['the first of several proxies', { host: 'bot.test', forwardedProto: 'HTTPS, http', secure: false, pathAndQuery: '/api/sms/twilio' }, undefined, 'https://bot.test/api/sms/twilio'],
    ['a nonsense protocol is ignored', { host: 'bot.test', forwardedProto: 'javascript', secure: true, pathAndQuery: '/api/sms/twilio' }, undefined, 'https://bot.test/api/sms/twilio'],
    ['the query string is kept', { host: 'bot.test', secure: false, pathAndQuery: '/api/sms/twilio?clinic=a' }, undefined, 'http://bot.test/api/sms/twilio?clinic=a'],
  ])('%s', (_name, request, configured, expected) => {
    expect(signedUrl(request, configured)).toBe(expected);
  });

  it('is unknown without a Host header or a configured URL', () => {
    expect(signedUrl({ secure: false, pathAndQuery: '/api/sms/twilio' })).toBeUndefined();
  });
});

describe('form fields', () => {
  it('decodes + and percent escapes, and keeps a repeated field as a list', () => {
    expect(parseForm('Body=Hi+there%21+%26+bye&From=%2B15555550123&X=1&X=2')).toEqual({ Body: 'Hi there! & bye', From: '+15555550123', X: ['1', '2'] });
  });
});

describe('the inbound activity', () => {
  it('is an sms message whose conversation and user are the sender', () => {
    const at = new Date('2025-01-02T03:04:05Z');
    const activity = inboundSmsActivity({ from: '+15555550123', to: '+15555550100', body: 'hello', messageSid: 'SM1' }, at);
    expect(activity).toMatchObject({
      type: 'message',
      id: 'SM1',
      channelId: 'sms',
      text: 'hello',
      from: { id: '+15555550123' },
      recipient: { id: '+15555550100' },
      conversation: { id: '+15555550123' },
      timestamp: at,
    });
  });
});

describe('TwiML replies', () => {
  it('has one <Message> per message text, in order, escaped', () => {
    const xml = twimlFor(outgoingTexts([
      { type: 'message', text: 'Call or text 988. <b>now</b> & "today"' },
      { type: 'trace', name: 'TurnTrace', value: { safety: 'crisis' } },
      { type: 'typing' },
      { type: 'message', text: '   ' },
      { type: 'message', text: 'Second part' },
    ]));
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Call or text 988. &lt;b&gt;now&lt;/b&gt; &amp; "today"</Message><Message>Second part</Message></Response>',
    );
  });

  it('is an empty <Response/> when the bot sent nothing', () => {
    expect(twimlFor(outgoingTexts([]))).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('never carries a trace, even one with text', () => {
    expect(twimlFor(outgoingTexts([{ type: 'trace', text: 'intent=question' }]))).not.toContain('intent');
  });
});
