/**
 * Cards and chat bubbles render Markdown, so anything placed there is cleaned first:
 * raw HTML never reaches a client, and only links with harmless schemes stay clickable.
 */

const HTML_TAG = /<\/?[a-z!?][^<>]*>/gi;
const SAFE_URL = /^(https?:\/\/|tel:|sms:|mailto:)[^\s<>"]+$/i;
/** A link target may hold one level of balanced parentheses, as in `javascript:alert(1)`. */
const LINK_TARGET = String.raw`\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\)`;
export const MARKDOWN_IMAGE = new RegExp(String.raw`!\[([^\]]*)\]` + LINK_TARGET, 'g');
export const MARKDOWN_LINK = new RegExp(String.raw`\[([^\]]+)\]` + LINK_TARGET, 'g');

/** Removes `<tag>`-like markup. Repeats because removing one tag can join the halves of another. */
export function stripHtmlTags(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(HTML_TAG, '');
  } while (current !== previous);
  return current;
}

/** True for addresses a patient can safely tap: web pages, phone calls, texts and email. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/**
 * For text that should show literally inside Markdown (titles, labels, link titles): strips tags and
 * breaks link syntax. Inserting a space after `]` works in every renderer, unlike backslash escapes,
 * which some hosts print.
 */
export function escapePlainText(text: string): string {
  return stripHtmlTags(text).replace(/\]\s*\(/g, '] (').replace(/\]:/g, '] :');
}

/**
 * For bot-authored Markdown (reply text): strips tags and images, and turns links with unsafe
 * schemes (javascript:, data:, ...) into their plain title.
 */
export function sanitizeMarkdown(text: string): string {
  return stripHtmlTags(text)
    .replace(MARKDOWN_IMAGE, (_match, alt: string) => alt)
    .replace(MARKDOWN_LINK, (match, title: string, url: string) => (isSafeUrl(url) ? match : title));
}

/** A Markdown link whose title cannot break out of the brackets, or the bare title if the URL is unsafe. */
export function markdownLink(title: string, url: string): string {
  const safeTitle = escapePlainText(title).replace(/[[\]]/g, '');
  // Parentheses would end the link early.
  const safeUrl = url.trim().replace(/\(/g, '%28').replace(/\)/g, '%29');
  return isSafeUrl(url) ? `[${safeTitle}](${safeUrl})` : safeTitle;
}
