import { phoneDigits } from './contacts';
import { MARKDOWN_IMAGE, MARKDOWN_LINK, isSafeUrl, stripHtmlTags } from './sanitize';

export interface PlainTextOptions {
  /** Whether a web address may appear in the text; links to other addresses keep only their title. */
  keepUrl: (url: string) => boolean;
}

/** Web addresses written out in the text; trailing punctuation stays outside. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]/gi;
/** Private-use characters mark where a kept URL goes back in. */
const PLACEHOLDER = /\ue000(\d+)\ue001/g;

/**
 * Markdown as a person would read it on a plain-text channel: no emphasis marks, no headings,
 * links reduced to their title unless the address is allowed, phone links shown as digits.
 */
export function markdownToPlainText(markdown: string, options: PlainTextOptions): string {
  // URLs that survive are set aside so emphasis and escape rules cannot mangle them.
  const keptUrls: string[] = [];
  const keep = (url: string): string => `\ue000${keptUrls.push(url) - 1}\ue001`;

  let text = stripHtmlTags(markdown.replace(/\r\n?/g, '\n').replace(/[\ue000\ue001]/g, ''))
    .replace(MARKDOWN_IMAGE, (_match, alt: string) => alt)
    .replace(MARKDOWN_LINK, (_match, title: string, url: string) => linkAsText(title, url, options, keep))
    .replace(BARE_URL, (url) => (options.keepUrl(url) && isSafeUrl(withScheme(url)) ? keep(url) : ''));

  text = text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[*+]\s+/gm, '- ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');

  return tidyWhitespace(text).replace(PLACEHOLDER, (_match, index: string) => keptUrls[Number(index)] ?? '');
}

function linkAsText(title: string, url: string, options: PlainTextOptions, keep: (url: string) => string): string {
  const cleanTitle = title.trim();
  if (/^(tel|sms):/i.test(url)) {
    const digits = phoneDigits(url.replace(/[?;&].*$/, ''));
    return digits && !cleanTitle.replace(/\D/g, '').includes(digits) ? `${cleanTitle} (${digits})` : cleanTitle;
  }
  if (!isSafeUrl(url) || !options.keepUrl(url)) return cleanTitle;
  return sameAddress(cleanTitle, url) ? keep(url) : `${cleanTitle}: ${keep(url)}`;
}

/** Normalises a web address for comparison: case of scheme and host, trailing slash. */
export function normaliseUrl(url: string): string {
  const trimmed = withScheme(url.trim());
  try {
    const parsed = new URL(trimmed);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
  } catch {
    return trimmed.replace(/\/+$/, '').toLowerCase();
  }
}

/** Whether a link's title is its own address. Most titles are words, which no address contains. */
function sameAddress(title: string, url: string): boolean {
  if (/\s/.test(title) || !title.includes('.')) return false;
  return normaliseUrl(title) === normaliseUrl(url);
}

function withScheme(url: string): string {
  return /^www\./i.test(url) ? `https://${url}` : url;
}

function tidyWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ +([.,;:!?])/g, '$1')
        .replace(/\(\s*\)/g, '')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
