import { afterEach, describe, expect, it } from 'vitest';
import { crisisResourcesFor } from '../../src/core/safety/resources';
import { AA_NON_TEXT, AA_TEXT, contrastRatio, readableTextOn, withContrast } from '../../src/webchat/contrast';
import { contentSecurityPolicy, crisisNotice, fillTemplate, jsonForScript, pageTheme, webChatStyleOptions } from '../../src/webchat/page';
import { findPublicDir } from '../../src/webchat/assets';
import { REPO_ROOT } from '../support/paths';
import path from 'node:path';
import { exampleClinic, startWebChatServer, type WebChatServer } from './support';

describe('colour contrast (WCAG 2.x)', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#767676', '#ffffff', 4.54],
    ['#1f4e79', '#ffffff', 8.66],
    ['#2e7d32', '#ffffff', 5.13],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it.each(['#ffeb3b', '#90caf9', '#a5d6a7', '#777777', '#1f4e79', '#000000'])('when a clinic picks %s, then the action colour derived from it reads at AA on white', (color) => {
    const adjusted = withContrast(color, '#ffffff', AA_TEXT);
    expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    if (contrastRatio(color, '#ffffff') >= AA_TEXT) expect(adjusted).toBe(color);
  });

  it.each([
    ['#ffeb3b', '#1a1a1a'],
    ['#1f4e79', '#ffffff'],
    ['#777777', '#ffffff'],
    ['#ffffff', '#1a1a1a'],
    ['#000000', '#ffffff'],
  ])('text on %s is %s, whichever of white or ink reads better', (background, expected) => {
    expect(readableTextOn(background)).toBe(expected);
  });
});

describe('the chat page theme', () => {
  it.each([
    ['the example clinic', { primary: '#1f4e79', accent: '#2e7d32' }],
    ['a clinic with pale brand colours', { primary: '#ffe082', accent: '#e0f7fa' }],
    ['a clinic with mid-grey colours', { primary: '#8a8a8a', accent: '#9e9e9e' }],
  ])('for %s, every text colour Web Chat uses reaches AA on its background', (_name, colors) => {
    const options = webChatStyleOptions(pageTheme(colors));
    const pairs: Array<[string, string, number]> = [
      ['bubbleTextColor', 'bubbleBackground', AA_TEXT],
      ['bubbleFromUserTextColor', 'bubbleFromUserBackground', AA_TEXT],
      ['accent', 'backgroundColor', AA_TEXT],
      ['accent', 'bubbleBackground', AA_TEXT],
      ['suggestedActionTextColor', 'suggestedActionBackgroundColor', AA_TEXT],
      ['suggestedActionBorderColor', 'backgroundColor', AA_NON_TEXT],
      ['timestampColor', 'backgroundColor', AA_TEXT],
      ['sendBoxTextColor', 'sendBoxBackground', AA_TEXT],
      ['sendBoxPlaceholderColor', 'sendBoxBackground', AA_TEXT],
      ['sendBoxButtonColor', 'sendBoxBackground', AA_NON_TEXT],
    ];
    for (const [foreground, background, minimum] of pairs) {
      const ratio = contrastRatio(String(options[foreground]), String(options[background]));
      expect(ratio, `${foreground} on ${background}`).toBeGreaterThanOrEqual(minimum);
    }
    const theme = pageTheme(colors);
    expect(contrastRatio(theme.brandText, theme.brand), 'header text').toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('keeps the example clinic colours as they are, since they already pass', () => {
    const theme = pageTheme({ primary: '#1f4e79', accent: '#2e7d32' });
    expect(theme).toMatchObject({ brand: '#1f4e79', action: '#1f4e79', accent: '#2e7d32', brandText: '#ffffff' });
  });
});

describe('the crisis line above the chat', () => {
  it('for a US clinic, then it reads exactly as agreed and links 988 and 911 for tapping', () => {
    const notice = crisisNotice(crisisResourcesFor('US'));
    expect(notice.text).toBe('Automated assistant — not a clinician. In a crisis call or text 988, or call 911.');
    expect(notice.html).toContain('<a href="tel:988">988</a>');
    expect(notice.html).toContain('<a href="tel:911">911</a>');
  });

  it.each(['GB', 'AU', 'CA', 'NZ', 'IE', 'FR'])('for a clinic in %s, then it names that country’s lines, never a US number by mistake', (country) => {
    const resources = crisisResourcesFor(country);
    const notice = crisisNotice(resources);
    expect(notice.text).toMatch(/^Automated assistant — not a clinician\. In a crisis /);
    if (country !== 'CA') expect(notice.text).not.toContain('988');
    expect(notice.text).toContain(resources.emergency.label);
  });
});

describe('page config and template', () => {
  it('when a value holds markup, then it cannot end the JSON script block or open a comment', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script><!-- \u2028' });
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!-- \u2028' });
  });

  it('escapes text placeholders and refuses missing or unused ones', () => {
    expect(fillTemplate('<h1>{{name}}</h1>{{{raw}}}', { text: { name: '<b>"A&B"</b>' }, html: { raw: '<i>ok</i>' } })).toBe('<h1>&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</h1><i>ok</i>');
    expect(() => fillTemplate('{{missing}}', { text: {}, html: {} })).toThrow(/no value for \{\{missing\}\}/);
    expect(() => fillTemplate('plain', { text: { extra: 'x' }, html: {} })).toThrow(/no placeholder for extra/);
  });

  it('builds a policy with no unsafe-inline, no unsafe-eval and no wildcard', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123', connectOrigins: [], frameAncestors: [] });
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'self';");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('the page over HTTP', () => {
  let server: WebChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('when the page is loaded, then it names the clinic, shows the crisis line, and sends strict security headers', async () => {
    server = await startWebChatServer();
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');

    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h1>Example Ketamine Clinic</h1>');
    expect(html).toContain('<main');
    expect(html).toContain('aria-label="Chat with the Example Ketamine Clinic assistant"');
    expect(html).toContain('<strong>Automated assistant — not a clinician.</strong> In a crisis call or text <a href="tel:988">988</a>, or call <a href="tel:911">911</a>.');
    const config = JSON.parse(/<script type="application\/json" id="webchat-config">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
    expect(config).toMatchObject({ clinicName: 'Example Ketamine Clinic', nonce, tokenUrl: '/api/directline/token' });
    // No inline script to run: every <script> either loads a file or is a JSON data block.
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBe(3);
    for (const tag of scriptTags) expect(tag).toMatch(/ src="|type="application\/json"/);
  });

  it('when two pages load, then each gets its own nonce', async () => {
    server = await startWebChatServer();
    const nonces = await Promise.all([1, 2].map(async () => (await fetch(`${server!.baseUrl}/`)).headers.get('content-security-policy')));
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('when the request carries markup in its query or headers, then none of it appears in the page', async () => {
    server = await startWebChatServer();
    const probe = '<img src=x onerror=alert(1)>';
    const html = await (await fetch(`${server.baseUrl}/?name=${encodeURIComponent(probe)}&q=%3Cscript%3E`, { headers: { 'x-forwarded-host': probe, referer: `https://x.example/${probe}` } })).text();
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('%3Cscript');
  });

  it('when a clinic name contains markup, then the page shows it as text', async () => {
    const clinic = { ...(await exampleClinic()), name: 'Dr <Smith> & "Partners"' };
    server = await startWebChatServer({ clinic });
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    expect(html).toContain('<h1>Dr &lt;Smith&gt; &amp; &quot;Partners&quot;</h1>');
    expect(html).not.toContain('<Smith>');
  });

  it('when the clinic website is allowed to embed the chat, then frame-ancestors names it and X-Frame-Options steps aside', async () => {
    server = await startWebChatServer({ frameAncestors: ['https://www.example.org'] });
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://www.example.org;");
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it.each([['http://www.example.org'], ['https://www.example.org/path'], ["https://a.example 'unsafe-inline'"], ['*']])('when frame ancestors include %s, then start-up fails', async (origin) => {
    await expect(startWebChatServer({ frameAncestors: [origin] })).rejects.toThrow(/frameAncestors/);
  });

  it('serves the Web Chat bundle from node_modules, gzipped, cached for a year', async () => {
    server = await startWebChatServer();
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    const src = /<script src="([^"]+)" defer><\/script>/.exec(html)?.[1];
    expect(src).toMatch(/^\/webchat\/webchat\.js\?v=\d+\.\d+\.\d+$/);
    const response = await fetch(`${server.baseUrl}${src}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await response.text();
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(body).toContain('renderWebChat');
    const again = await fetch(`${server.baseUrl}${src}`, { headers: { 'if-none-match': response.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['/webchat/page.mjs', 'text/javascript; charset=utf-8', 'renderWebChat'],
    ['/webchat/page.css', 'text/css; charset=utf-8', '.safety-notice'],
    ['/webchat/theme.css', 'text/css; charset=utf-8', '--brand: #1f4e79;'],
    ['/embed.js', 'text/javascript; charset=utf-8', 'iframe'],
  ])('serves %s', async (path, contentType, snippet) => {
    server = await startWebChatServer();
    const response = await fetch(`${server.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(await response.text()).toContain(snippet);
  });

  it.each(['/webchat/../package.json', '/webchat/%2e%2e/package.json', '/public/index.html', '/webchat/index.html'])('does not serve %s', async (path) => {
    server = await startWebChatServer();
    expect((await fetch(`${server.baseUrl}${path}`)).status).toBe(404);
  });
});

describe('finding the page files', () => {
  it.each([['src/webchat'], ['dist/src/webchat']])('from %s (tsx or the compiled build), then it finds public/ at the repository root', (from) => {
    expect(findPublicDir(path.join(REPO_ROOT, from))).toBe(path.join(REPO_ROOT, 'public'));
  });

  it('when public/ is missing, then start-up fails naming the files', () => {
    expect(() => findPublicDir('/tmp')).toThrow(/public\/index.html/);
  });
});
