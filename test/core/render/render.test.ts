import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { channelKind, parseHelpfulFeedback, render, renderAll, type RenderContext } from '../../../src/core/render';

const ctx: RenderContext = { channelId: 'webchat', clinicPhone: '(555) 555-0100', allowedSmsUrls: [] };

describe('render', () => {
  it.each([
    ['webchat', 'webchat'],
    ['directline', 'webchat'],
    ['emulator', 'webchat'],
    ['msteams', 'teams'],
    ['MSTeams', 'teams'],
    ['sms', 'sms'],
    ['twilio-sms', 'sms'],
    ['slack', 'webchat'],
    ['', 'webchat'],
  ] as const)('channel %j is shown like %s', (channelId, kind) => {
    expect(channelKind(channelId)).toBe(kind);
  });

  it('when several replies are rendered, then their activities come in order, long SMS replies taking several', () => {
    const long: Reply = { style: 'plain', text: Array.from({ length: 12 }, (_unused, index) => `This is sentence number ${index} of a long answer about preparing for a visit.`).join(' ') };
    const short: Reply = { style: 'plain', text: 'Anything else?' };
    const activities = renderAll([long, short], { ...ctx, channelId: 'sms' });
    expect(activities.length).toBeGreaterThan(2);
    expect(activities[activities.length - 1]?.text).toBe('Anything else?');
  });

  it('when activities are handed to botbuilder, then they type-check as Partial<Activity>', () => {
    const reply: Reply = { style: 'menu', text: 'Pick one.', choices: [{ label: 'Yes', value: 'yes' }] };
    const activities: Partial<Activity>[] = render(reply, ctx);
    expect(activities[0]?.suggestedActions?.actions).toHaveLength(1);
  });

  it.each([
    [{ helpful: 'yes', entryId: 'fasting-iv' }, { helpful: 'yes', entryId: 'fasting-iv' }],
    [{ helpful: 'no', entryId: 'x', extra: 1 }, { helpful: 'no', entryId: 'x' }],
    [{ helpful: 'maybe', entryId: 'x' }, undefined],
    [{ helpful: 'yes' }, undefined],
    ['yes', undefined],
    [null, undefined],
    [{ helpful: 'no', entryId: 'e'.repeat(500) }, { helpful: 'no', entryId: 'e'.repeat(100) }],
  ])('parseHelpfulFeedback(%j) -> %j', (value, expected) => {
    expect(parseHelpfulFeedback(value)).toEqual(expected);
  });
});
