import type { ClinicProfile } from '../core/clinic/schema';
import { crisisResourcesFor, dialDigits, type CrisisResources } from '../core/safety/resources';
import { clinicDialNumber } from '../core/safety/crisisReply';
import { AA_NON_TEXT, AA_TEXT, INK, WHITE, readableTextOn, withContrast, type Hex } from './contrast';

/**
 * Everything about the chat page that is decided on the server: colours, the crisis line,
 * the config handed to the browser and the HTML itself. Pure functions, so they are tested
 * without a server or a browser.
 */

/** The transcript's background; every colour on it is checked against this. */
const TRANSCRIPT_BACKGROUND: Hex = '#f4f6f8';
/** Timestamps and placeholders: 6.7:1 on the transcript background. */
const SUBTLE: Hex = '#595959';

export interface PageTheme {
  /** Header band. */
  brand: Hex;
  brandText: Hex;
  /** Links, buttons and focus rings on white or the transcript background (>= 4.5:1). */
  action: Hex;
  /** Decorative accent (borders): >= 3:1, the WCAG minimum for interface parts. */
  accent: Hex;
  background: Hex;
  text: Hex;
}

export function pageTheme(colors: ClinicProfile['colors']): PageTheme {
  const brand = withContrast(colors.primary, readableTextOn(colors.primary), AA_TEXT);
  return {
    brand,
    brandText: readableTextOn(brand),
    action: withContrast(colors.primary, TRANSCRIPT_BACKGROUND, AA_TEXT),
    accent: withContrast(colors.accent, TRANSCRIPT_BACKGROUND, AA_NON_TEXT),
    background: TRANSCRIPT_BACKGROUND,
    text: INK,
  };
}

/** Web Chat `styleOptions` in the clinic's colours (https://github.com/microsoft/BotFramework-WebChat, defaultStyleOptions). */
export function webChatStyleOptions(theme: PageTheme): Record<string, string | number | boolean> {
  return {
    accent: theme.action,
    backgroundColor: theme.background,
    bubbleBackground: WHITE,
    bubbleTextColor: theme.text,
    bubbleBorderColor: '#d0d5db',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: theme.brand,
    bubbleFromUserTextColor: theme.brandText,
    bubbleFromUserBorderColor: theme.brand,
    bubbleFromUserBorderRadius: 8,
    subtle: SUBTLE,
    timestampColor: SUBTLE,
    sendBoxBackground: WHITE,
    sendBoxTextColor: theme.text,
    sendBoxPlaceholderColor: SUBTLE,
    sendBoxButtonColor: theme.action,
    sendBoxButtonColorOnHover: theme.brand,
    sendBoxTextWrap: true,
    suggestedActionBackgroundColor: WHITE,
    suggestedActionTextColor: theme.action,
    suggestedActionBorderColor: theme.accent,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 8,
    // Wrapping rows: every choice visible at once, no carousel flippers to find on a phone.
    suggestedActionLayout: 'flow',
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    rootHeight: '100%',
    // No attachments: the bot only reads text, and uploads would need blob: and the upload API.
    hideUploadButton: true,
    hideTelephoneKeypadButton: true,
  };
}

export interface CrisisNotice {
  /** The whole sentence as plain text (for tests, the page title and noscript). */
  text: string;
  /** The same sentence as HTML, numbers linked with tel:. */
  html: string;
}

/**
 * "Automated assistant — not a clinician. In a crisis call or text 988, or call 911." from the
 * clinic's country's verified crisis resources, so a clinic outside the US never shows 988.
 */
export function crisisNotice(resources: CrisisResources): CrisisNotice {
  const lead = 'Automated assistant — not a clinician.';
  const line = resources.lines.find((candidate) => candidate.primary && candidate.call) ?? resources.lines.find((candidate) => candidate.primary);
  const parts: Array<{ text: string; dial?: string }> = [{ text: ' In a crisis ' }];
  if (line?.call) {
    const textsToo = line.text !== undefined && !line.text.body && dialDigits(line.text.number) === dialDigits(line.call);
    parts.push({ text: textsToo ? 'call or text ' : 'call ' }, { text: line.call, dial: dialDigits(line.call) });
  } else if (line?.text) {
    parts.push({ text: line.text.body ? `text ${line.text.body} to ` : 'text ' }, { text: line.text.number, dial: undefined });
  }
  const emergency = resources.emergency;
  if (emergency.number) parts.push({ text: ', or call ' }, { text: emergency.label, dial: dialDigits(emergency.number) });
  else parts.push({ text: `, or call ${emergency.label}` });
  parts.push({ text: '.' });

  const text = lead + parts.map((part) => part.text).join('');
  const html =
    `<strong>${escapeHtml(lead)}</strong>` +
    parts.map((part) => (part.dial ? `<a href="tel:${escapeHtml(part.dial)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text))).join('');
  return { text, html };
}

/** What the browser script reads from the page: no secrets, nothing from the request. */
export interface BrowserConfig {
  clinicName: string;
  locale: string;
  tokenUrl: string;
  /** Lets Web Chat's emotion <style> tags through a CSP without 'unsafe-inline'. */
  nonce: string;
  styleOptions: Record<string, string | number | boolean>;
  /** Shown if the chat cannot start. */
  unavailableText: string;
  clinicPhone: string;
  clinicPhoneDial: string;
}

export function browserConfig(clinic: ClinicProfile, nonce: string): BrowserConfig {
  return {
    clinicName: clinic.name,
    locale: 'en-US',
    tokenUrl: '/api/directline/token',
    nonce,
    styleOptions: webChatStyleOptions(pageTheme(clinic.colors)),
    unavailableText: `Sorry, the chat can't start right now. Please call ${clinic.name} at ${clinic.phone}.`,
    clinicPhone: clinic.phone,
    clinicPhoneDial: clinicDialNumber(clinic),
  };
}

/** JSON that is safe inside <script type="application/json">: no "</script>", no "<!--", no U+2028. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

export interface PageValues {
  /** HTML-escaped on the way in. */
  text: Record<string, string>;
  /** Already safe HTML, or JSON from jsonForScript. */
  html: Record<string, string>;
}

/**
 * Fills `{{name}}` (escaped) and `{{{name}}}` (trusted) placeholders. A placeholder without a
 * value, or a value without a placeholder, is a programming error and throws at start-up.
 */
export function fillTemplate(template: string, values: PageValues): string {
  const used = new Set<string>();
  const filled = template.replace(/\{\{\{\s*(\w+)\s*\}\}\}|\{\{\s*(\w+)\s*\}\}/g, (_match, raw: string | undefined, escaped: string | undefined) => {
    if (raw !== undefined) {
      const value = values.html[raw];
      if (value === undefined) throw new Error(`page template: no HTML value for {{{${raw}}}}`);
      used.add(raw);
      return value;
    }
    const value = values.text[escaped!];
    if (value === undefined) throw new Error(`page template: no value for {{${escaped}}}`);
    used.add(escaped!);
    return escapeHtml(value);
  });
  const unused = [...Object.keys(values.text), ...Object.keys(values.html)].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`page template: no placeholder for ${unused.join(', ')}`);
  return filled;
}

export interface PageInputs {
  clinic: ClinicProfile;
  nonce: string;
  /** Versioned URL of the Web Chat bundle, so it can be cached for a year. */
  webChatScriptUrl: string;
}

export function renderPage(template: string, { clinic, nonce, webChatScriptUrl }: PageInputs): string {
  const notice = crisisNotice(crisisResourcesFor(clinic.country));
  return fillTemplate(template, {
    text: {
      clinicName: clinic.name,
      clinicPhone: clinic.phone,
      clinicPhoneDial: clinicDialNumber(clinic),
      webChatScriptUrl,
    },
    html: {
      noticeHtml: notice.html,
      configJson: jsonForScript(browserConfig(clinic, nonce)),
    },
  });
}

/** A stylesheet of CSS custom properties; every value is a validated #rrggbb colour. */
export function themeCss(theme: PageTheme): string {
  const vars = {
    '--brand': theme.brand,
    '--brand-text': theme.brandText,
    '--action': theme.action,
    '--accent': theme.accent,
    '--background': theme.background,
    '--text': theme.text,
  };
  return `:root {\n${Object.entries(vars)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;
}

export interface CspOptions {
  nonce: string;
  /** Origins Web Chat may call besides this server (Azure Direct Line in production). */
  connectOrigins: readonly string[];
  /** Origins allowed to show the page in an iframe, besides this server. */
  frameAncestors: readonly string[];
}

/**
 * sha256 of the empty string. Web Chat 4.18 gives its transcript's scroll-to-bottom styles no
 * nonce; emotion inserts that <style> empty and fills it with CSSOM insertRule (which CSP does
 * not govern), so allowing only *empty* inline styles keeps the transcript scrolling without
 * 'unsafe-inline'.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * As tight as Web Chat 4.18 allows (checked in Chromium by test/e2e/webchatBrowser.test.ts):
 * no 'unsafe-eval', no inline script, no 'unsafe-inline' style; Web Chat's runtime <style>
 * tags carry the nonce. blob: images are Web Chat's own typing and spinner GIFs.
 */
export function contentSecurityPolicy({ nonce, connectOrigins, frameAncestors }: CspOptions): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", `'nonce-${nonce}'`, EMPTY_STYLE_HASH]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...connectOrigins]],
    ['frame-ancestors', ["'self'", ...frameAncestors]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['object-src', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The https and wss origins of a Direct Line base URL, for connect-src. */
export function directLineOrigins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  const wss = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${wss}//${url.host}`];
}
