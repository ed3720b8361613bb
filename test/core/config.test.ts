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
    [{ KEEP_ALIVE_TIMEOUT_MS: 'long' }, 'KEEP_ALIVE_TIMEOUT_MS'],
    [{ KEEP_ALIVE_TIMEOUT_MS: '500' }, 'KEEP_ALIVE_TIMEOUT_MS'],
    [{ HOST: 'my host' }, 'HOST'],
    [{ LOG_FORMAT: 'colourful' }, 'LOG_FORMAT'],
  ])('when %j is set, then start-up stops with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env, defaults)).toThrow(new RegExp(`\\b${variable}\\b`));
  });

  it('when no credentials are set, then the bot listens on localhost only, unless HOST says otherwise', () => {
    expect(loadConfig({}, defaults).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }, defaults).host).toBe('0.0.0.0');
    expect(loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x' }, defaults).host).toBe('0.0.0.0');
  });

  it('when the keep-alive timeout is not set, then idle connections outlast a typical 60-second proxy idle timeout', () => {
    expect(loadConfig({}, defaults).keepAliveTimeoutMs).toBe(65_000);
    expect(loadConfig({ KEEP_ALIVE_TIMEOUT_MS: '125000' }, defaults).keepAliveTimeoutMs).toBe(125_000);
  });

  it('when logs are not configured, then they are readable lines in development and JSON elsewhere', () => {
    expect(loadConfig({}, defaults).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production', LOG_HASH_SALT: 's' }, defaults).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, defaults).logFormat).toBe('json');
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
