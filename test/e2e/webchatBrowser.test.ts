import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startHarness, type Harness } from '../support/botHarness';

/**
 * The website chat in a real browser against the real app: Microsoft's Web Chat bundle, our
 * page and CSP, the local Direct Line and the bot, with no Azure account. Needs Debian's
 * chromium; without it this test FAILS (it never skips), because nothing else proves the page works.
 */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.join(REPO_ROOT, 'test-output', 'webchat.png');

interface PageRecord {
  cspViolations: string[];
  opened: string[];
}

declare global {
  interface Window {
    __record: PageRecord;
  }
}

describe('the website chat in Chromium', () => {
  let bot: Harness;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium) to run the browser test`);
    bot = await startHarness();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 480, height: 1200 }, locale: 'en-US' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(() => {
      const record: PageRecord = { cspViolations: [], opened: [] };
      window.__record = record;
      document.addEventListener('securitypolicyviolation', (event) => record.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
      // Web Chat opens card links (Action.OpenUrl) with window.open; remember where instead of leaving the page.
      window.open = (url?: string | URL) => {
        record.opened.push(String(url));
        return null;
      };
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const transcript = () => page.getByRole('region', { name: /Chat with the .* assistant/ });
  /** Bubbles and cards as a sighted user sees them (Web Chat also keeps screen-reader copies). */
  const visible = (text: string | RegExp): Locator => transcript().locator('.webchat__bubble__content').filter({ hasText: text }).last();
  const messageBox = () => page.getByRole('textbox', { name: 'Message input box' });

  async function send(text: string): Promise<void> {
    await messageBox().fill(text);
    await messageBox().press('Enter');
    await expect.poll(() => visible(text).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  }

  it('when the page opens, then it names the clinic, says it is automated, and the bot welcomes the patient unasked', async () => {
    await page.goto(`${bot.baseUrl}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Example Ketamine Clinic');
    expect(await page.getByRole('main').count()).toBe(1);
    const notice = page.locator('.safety-notice');
    expect(await notice.textContent()).toBe('Automated assistant — not a clinician. In a crisis call or text 988, or call 911.');
    expect(await notice.getByRole('link', { name: '988' }).getAttribute('href')).toBe('tel:988');

    const welcome = visible(/automated assistant/i);
    await welcome.waitFor({ timeout: 15_000 });
    expect(await welcome.textContent()).toMatch(/not a clinician/i);
    // The welcome comes once, not once per reconnect or per poll.
    await page.waitForTimeout(1500);
    expect(await transcript().locator('.webchat__bubble__content').filter({ hasText: /automated assistant of/ }).count()).toBe(1);
  });

  it('when the patient asks about driving home, then an answer card appears with its source link', async () => {
    await send('can i drive home after my infusion');
    const card = transcript().locator('.ac-adaptiveCard').filter({ hasText: 'Source:' }).last();
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toMatch(/next day/i);
    const source = card.getByRole('link').first();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    // The shipped entries are samples: the card must say so, never "Last reviewed".
    expect(await card.textContent()).toMatch(/not yet reviewed by a clinician/);
  });

  it('when the patient taps a suggested action with the keyboard, then the bot answers that choice', async () => {
    const suggestions = page.locator('.webchat__suggested-actions__button');
    await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const choice = suggestions.first();
    const label = ((await choice.textContent()) ?? '').trim();
    expect(label.length).toBeGreaterThan(0);
    const before = await transcript().locator('.webchat__bubble__content').count();
    await choice.focus();
    await page.keyboard.press('Enter');
    // The tap posts the choice as the patient's message, and the bot's reply follows it.
    await expect.poll(() => visible(label).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => transcript().locator('.webchat__bubble__content').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
  });

  it('when the patient says they want to kill themselves, then 988 appears with a working tel: link', async () => {
    await send('i want to kill myself');
    const crisis = visible(/988/);
    await crisis.waitFor({ timeout: 15_000 });
    const telLinks = transcript().locator('a[href^="tel:988"]');
    const callButton = transcript().getByRole('button', { name: 'Call 988', exact: true }).last();
    if ((await telLinks.count()) > 0) {
      expect(await telLinks.last().getAttribute('href')).toBe('tel:988');
    } else {
      await callButton.click();
      await expect.poll(() => page.evaluate(() => window.__record.opened)).toContain('tel:988');
    }
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('when the crisis card shows, then it has Call 988, Text 988, Text HOME to 741741 and Call 911 as buttons a screen reader names, and each opens its link', async () => {
    const card = transcript().locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name: 'Call 911' }) }).last();
    await card.waitFor({ timeout: 15_000 });
    const expected: Array<[string, string]> = [
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Text HOME to 741741', 'sms:741741?&body=HOME'],
      ['Call 911', 'tel:911'],
    ];
    for (const [name, url] of expected) {
      const button = card.getByRole('button', { name, exact: true });
      expect(await button.count()).toBe(1);
      await button.click();
      await expect.poll(() => page.evaluate(() => window.__record.opened)).toContain(url);
    }
  });

  it('with a welcome, an answer card and a crisis card on the page, then axe-core finds no serious or critical accessibility violation', async () => {
    // Injected through the debugging protocol, which the page's CSP does not govern (a script tag would be refused).
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const { violations, rulesPassed } = await page.evaluate(async () => {
      type Result = { id: string; impact?: string | null; nodes: Array<{ target: unknown }> };
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return {
        rulesPassed: results.passes.length,
        violations: results.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length, first: JSON.stringify(violation.nodes[0]?.target) })),
      };
    });
    expect(rulesPassed).toBeGreaterThan(10);
    expect(await transcript().locator('.ac-adaptiveCard').filter({ hasText: 'Source:' }).count()).toBeGreaterThan(0);
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    console.log(`axe-core: ${rulesPassed} rules passed; ${violations.length} minor or moderate violation kinds: ${violations.map((violation) => `${violation.id} (${violation.impact})`).join(', ') || 'none'}`);
  });

  it('after the whole conversation, then the browser saw no CSP violation or script error, and the logs hold none of the words typed', async () => {
    expect(await page.evaluate(() => window.__record.cspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(bot.logs.text).not.toContain('drive home');
    expect(bot.logs.text).not.toContain('kill myself');
  });
});
