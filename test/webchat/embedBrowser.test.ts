import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWebChatServer, type WebChatServer } from './support';

/**
 * /embed.js on a clinic's website (another origin) in Chromium, against the chat server with a
 * fake bot. Fails, never skips, without Debian's chromium.
 */
const CHROMIUM = '/usr/bin/chromium';

interface Website {
  /** "localhost" while the chat is on "127.0.0.1": different origins, as in real life. */
  origin: string;
  chatOrigin: string;
  close(): Promise<void>;
}

async function clinicWebsite(): Promise<Website> {
  const site: Website = { origin: '', chatOrigin: '', close: () => Promise.resolve() };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Clinic home</title></head><body><h1>Welcome to our clinic</h1>
<script src="${site.chatOrigin}/embed.js" data-title="Chat with Example Ketamine Clinic" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return site;
}

describe('the embed script on a clinic website', () => {
  let browser: Browser;
  let site: Website | undefined;
  let chat: WebChatServer | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package to run browser tests`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);
  afterEach(async () => {
    await chat?.close();
    await site?.close();
    chat = undefined;
    site = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openChat(allowSite: boolean) {
    site = await clinicWebsite();
    chat = await startWebChatServer(allowSite ? { frameAncestors: [site.origin] } : {});
    site.chatOrigin = chat.baseUrl;
    const page = await browser.newPage();
    await page.goto(site.origin);
    const button = page.getByRole('button', { name: 'Chat with us' });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    return { page, frame: page.frameLocator('iframe[title="Chat with Example Ketamine Clinic"]') };
  }

  it('when the clinic site is an allowed frame ancestor, then the button opens the chat and the bot greets inside it', async () => {
    const { page, frame } = await openChat(true);
    await frame.locator('.webchat__bubble__content').filter({ hasText: 'Welcome!' }).first().waitFor({ timeout: 15_000 });
    expect(await frame.locator('.safety-notice').textContent()).toContain('not a clinician');

    await page.getByRole('button', { name: 'Close chat' }).click();
    expect(await page.getByRole('button', { name: 'Chat with us' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#clinic-chat-panel').isHidden()).toBe(true);
    await page.close();
  });

  it('when the site is not allowed, then the browser refuses to show the chat in its frame', async () => {
    const { page, frame } = await openChat(false);
    await page.waitForTimeout(1500);
    expect(await frame.locator('.safety-notice').count()).toBe(0);
    expect(chat!.received).toHaveLength(0);
    await page.close();
  });
});
