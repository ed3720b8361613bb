import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';
import { loadConfig } from '../../src/core/config';
import { REPO_ROOT } from '../support/paths';

const defaults = { knowledgeDir: '/tmp/knowledge' };

describe('configuration', () => {
  it('when nothing is set, then the bot starts locally on 3978 with no authentication', () => {
    const config = loadConfig({}, defaults);
    expect(config.port).toBe(3978);
    expect(config.botAuth.appId).toBeUndefined();
    expect(config.knowledgeDir).toBe('/tmp/knowledge');
    expect(config.logMessageText).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Sometimes' }, 'MicrosoftAppType'],
    [{ NODE_ENV: 'production', LOG_HASH_SALT: 's', LOG_MESSAGE_TEXT: 'true' }, 'LOG_MESSAGE_TEXT'],
    [{ NODE_ENV: 'production' }, 'LOG_HASH_SALT'],
    [{ CRISIS_ALERT_WEBHOOK_URL: 'not a url' }, 'CRISIS_ALERT_WEBHOOK_URL'],
    [{ CRISIS_AWARE_HOURS: '-1' }, 'CRISIS_AWARE_HOURS'],
  ])('when %j is set, then start-up stops with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env, defaults)).toThrow(new RegExp(`\\b${variable}\\b`));
  });

  it('when the crisis-aware period is set in hours, then it is used in milliseconds', () => {
    expect(loadConfig({ CRISIS_AWARE_HOURS: '2' }, defaults).crisisAwareMs).toBe(2 * 3_600_000);
  });

  it('when a newcomer copies .env.example to .env unchanged, then the bot starts with it', () => {
    const example = parse(readFileSync(path.join(REPO_ROOT, '.env.example')));
    expect(Object.keys(example).length).toBeGreaterThan(20);
    expect(() => loadConfig(example, defaults)).not.toThrow();
  });
});
