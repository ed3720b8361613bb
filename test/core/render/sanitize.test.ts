import { describe, expect, it } from 'vitest';
import { formatReviewDate } from '../../../src/core/render/adaptiveCard';
import { contactSentences, contactUrl, mentionsNumber, withPlainDigits } from '../../../src/core/render/contacts';
import { escapePlainText, markdownLink, sanitizeMarkdown, stripHtmlTags } from '../../../src/core/render/sanitize';

describe('sanitising text for Markdown surfaces', () => {
  it.each([
    ['<b>bold</b> text', 'bold text'],
    ['<scr<script>ipt>alert(1)</script>', 'alert(1)'],
    ['<!-- note -->visible', 'visible'],
    ['<img src=x onerror=alert(1)>', ''],
    ['2 < 3 and 5 > 4', '2 < 3 and 5 > 4'],
  ])('stripHtmlTags(%j) -> %j', (input, expected) => {
    expect(stripHtmlTags(input)).toBe(expected);
  });

  it.each([
    ['[Our site](https://example.org)', '[Our site](https://example.org)'],
    ['[Call](tel:988)', '[Call](tel:988)'],
    ['[Click](javascript:alert(1)) now', 'Click now'],
    ['[x](data:text/html;base64,AAAA)', 'x'],
    ['![tracker](https://evil.example/pixel.png)', 'tracker'],
    ['**bold** <i>kept words</i>', '**bold** kept words'],
  ])('sanitizeMarkdown(%j) -> %j', (input, expected) => {
    expect(sanitizeMarkdown(input)).toBe(expected);
  });

  it('when plain text looks like a link, then it no longer forms one', () => {
    expect(escapePlainText('[win](https://evil.example)')).not.toMatch(/\]\(/);
    expect(escapePlainText('[a]: https://evil.example')).not.toMatch(/\]:/);
  });

  it('when a link title tries to close the brackets, then it stays inside them', () => {
    expect(markdownLink('Bad] [x](javascript:1)', 'https://example.org/a(b)')).toBe('[Bad x (javascript:1)](https://example.org/a%28b%29)');
    expect(markdownLink('Leaflet', 'javascript:alert(1)')).toBe('Leaflet');
  });
});

describe('contact numbers', () => {
  it.each([
    ['Call or text 988 now.', '988', true],
    ['Call or text 9-8-8 now.', '988', true],
    ['Call (555) 555-0100.', '15555550100', true],
    ['Call 555-555-0100.', '5555550100', true],
    ['Call 1-866-488-7386.', '18664887386', true],
    ['Call 116 123, free.', '116123', true],
    ['Call 13 11 14 or text 0477 13 11 14.', '0477131114', true],
    ['Call 19880 for something else.', '988', false],
    ['Ref 1-988-2.', '988', false],
    ['Reviewed 2025-09-88.', '988', false],
    ['Text HOME to 741741.', '988', false],
  ])('mentionsNumber(%j, %s) is %s', (text, number, expected) => {
    expect(mentionsNumber(text, number)).toBe(expected);
  });

  it.each([
    ['Call or text 9-8-8 (9-8-8 Helpline).', ['988'], 'Call or text 988 (988 Helpline).'],
    ['Call 116 123 (Samaritans).', ['116123'], 'Call 116123 (Samaritans).'],
    ['Call (555) 555-0100 today.', ['15555550100'], 'Call 5555550100 today.'],
    ['Open 9 to 5, call 988.', ['988'], 'Open 9 to 5, call 988.'],
  ])('withPlainDigits(%j) -> %j', (text, numbers, expected) => {
    expect(withPlainDigits(text, numbers)).toBe(expected);
  });

  it('when a number can be called and texted, then one sentence says both', () => {
    expect(
      contactSentences([
        { label: 'Call 988', kind: 'call', number: '988' },
        { label: 'Text 988', kind: 'text', number: '988' },
        { label: 'Crisis Text Line', kind: 'text', number: '741741', body: 'HOME' },
        { label: 'Call Example Clinic', kind: 'call', number: '15555550100' },
      ]),
    ).toEqual(['Call or text 988.', 'Crisis Text Line: text HOME to 741741.', 'Call Example Clinic at 5555550100.']);
  });

  it('when a contact becomes a button, then calls use tel: and texts an sms: link that pre-fills the body on iOS and Android', () => {
    expect(contactUrl({ label: 'Call 988', kind: 'call', number: '988' })).toBe('tel:988');
    expect(contactUrl({ label: 'Call', kind: 'call', number: '+44 116 123' })).toBe('tel:+44116123');
    expect(contactUrl({ label: 'Text', kind: 'text', number: '741741', body: 'HOME' })).toBe('sms:741741?&body=HOME');
    expect(contactUrl({ label: 'Text', kind: 'text', number: '988' })).toBe('sms:988');
  });
});

describe('formatReviewDate', () => {
  it.each([
    ['2025-03-07', 'March 7, 2025'],
    ['2024-12-31', 'December 31, 2024'],
    ['2025-13-01', '2025-13-01'],
    ['soon', 'soon'],
  ])('%s -> %s', (input, expected) => {
    expect(formatReviewDate(input)).toBe(expected);
  });
});
