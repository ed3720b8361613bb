import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply';
import { render, type MessageActivity } from '../../src/core/render';
import { StandingReplies } from '../../src/tuning/standingReplies';

const ctx = (channelId: string) => ({ channelId, clinicPhone: '(555) 555-0100', allowedSmsUrls: [] });
const FOOTER: Reply = { style: 'plain', text: 'If things feel hard again, you can call or text 988, any time.', contacts: [{ label: 'Call 988', kind: 'call', number: '988' }] };

function counting() {
  const rendered: string[] = [];
  const standing = new StandingReplies((reply, channelId) => {
    rendered.push(channelId);
    return render(reply, ctx(channelId));
  });
  return { standing, rendered };
}

describe('StandingReplies', () => {
  it('builds a kept reply once and renders it once per kind of channel, exactly as a fresh rendering', () => {
    const { standing, rendered } = counting();
    let builds = 0;
    const footer = () => standing.keep('footer', () => (builds += 1, FOOTER));
    expect(footer()).toBe(footer());
    expect(builds).toBe(1);
    for (const channelId of ['webchat', 'directline', 'webchat', 'msteams', 'msteams', 'sms', 'emulator']) {
      expect(standing.render(footer(), channelId)).toEqual(render(FOOTER, ctx(channelId)));
    }
    expect(rendered).toEqual(['webchat', 'msteams', 'sms']);
  });

  it('hands out renderings nobody can change, so every patient gets the same reply', () => {
    const { standing } = counting();
    const [activity] = standing.render(standing.keep('footer', () => FOOTER), 'msteams') as MessageActivity[];
    expect(() => {
      (activity as { text?: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => activity?.attachments?.push({ contentType: 'x', content: {} } as never)).toThrow(TypeError);
    expect(standing.render(standing.keep('footer', () => FOOTER), 'msteams')).toEqual(render(FOOTER, ctx('msteams')));
  });

  it('renders other replies afresh every time and keeps nothing of them', () => {
    const { standing, rendered } = counting();
    const answer: Reply = { style: 'plain', text: 'Your checklist answers: yes, no.' };
    standing.render(answer, 'webchat');
    standing.render(answer, 'webchat');
    expect(rendered).toEqual(['webchat', 'webchat']);
    expect(Object.isFrozen(standing.render(answer, 'webchat'))).toBe(false);
  });

  it('keeps nothing when building fails, so the next turn tries again', () => {
    const { standing } = counting();
    expect(() => standing.keep('crisis', () => { throw new Error('bad resources'); })).toThrow('bad resources');
    expect(standing.keep('crisis', () => FOOTER)).toBe(FOOTER);
  });
});
