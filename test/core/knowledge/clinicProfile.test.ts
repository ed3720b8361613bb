import { afterEach, describe, expect, it } from 'vitest';
import { formatHours } from '../../../src/core/clinic/hoursText';
import { loadClinicProfile, parseClinicProfile } from '../../../src/core/clinic/profile';
import { KnowledgeBaseError } from '../../../src/core/knowledge/problems';
import { tempKnowledge, type TempKnowledge } from './helpers';

let knowledge: TempKnowledge | undefined;
afterEach(() => knowledge?.cleanup());

describe('clinic profile', () => {
  it('loads and validates the example clinic.yml', async () => {
    knowledge = tempKnowledge();
    const profile = await loadClinicProfile(knowledge.dir);
    expect(profile.prices.iv_infusion).toBe('$495 per infusion (self-pay)');
  });

  it('names the file and every bad field', () => {
    const attempt = (): unknown => parseClinicProfile('name: Example\nphone: none\ncountry: usa\n', 'knowledge/clinic.yml');
    expect(attempt).toThrow(KnowledgeBaseError);
    expect(attempt).toThrow('knowledge/clinic.yml: phone: must be a phone number');
    expect(attempt).toThrow('knowledge/clinic.yml: country: must be a two-letter country code such as US');
    expect(attempt).toThrow('knowledge/clinic.yml: hours: is required');
  });

  it('reports YAML that cannot be read', () => {
    expect(() => parseClinicProfile('name: [unclosed\n', 'clinic.yml')).toThrow('clinic.yml: -: is not valid YAML');
  });

  it('reports a missing clinic.yml', async () => {
    knowledge = tempKnowledge();
    knowledge.cleanup();
    await expect(loadClinicProfile(knowledge.dir)).rejects.toThrow('clinic.yml: -: cannot be read');
  });
});

describe('formatHours', () => {
  it('groups days with the same hours and names the time zone', () => {
    const text = formatHours({
      timezone: 'America/New_York',
      hours: { mon: '09:00-17:30', tue: '09:00-17:30', wed: 'closed', thu: '12:00-20:00', fri: '00:00-12:00', sat: 'closed', sun: 'closed' },
    });
    expect(text).toBe('Monday and Tuesday 9 am to 5:30 pm; Wednesday closed; Thursday 12 pm to 8 pm; Friday 12 am to 12 pm; Saturday and Sunday closed (Eastern Time)');
  });
});
