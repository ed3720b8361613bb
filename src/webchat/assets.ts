import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Files the chat page needs, read once at start-up so a missing file stops the bot instead
 * of breaking the page for the first patient. Paths are fixed here, never taken from a URL.
 */

export interface Asset {
  body: string;
  contentType: string;
  etag: string;
}

export interface WebChatAssets {
  pageTemplate: string;
  pageScript: Asset;
  pageCss: Asset;
  embedScript: Asset;
  /** The Web Chat UMD bundle (window.WebChat), streamed from node_modules. */
  webChatBundlePath: string;
  webChatVersion: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

export function asset(body: string, contentType: string): Asset {
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** public/ sits at the repository root: two levels above src/webchat, three above dist/src/webchat. */
export function findPublicDir(from: string = __dirname): string {
  let dir = from;
  for (let level = 0; level < 5; level += 1) {
    const candidate = path.join(dir, 'public');
    if (existsSync(path.join(candidate, 'index.html')) && existsSync(path.join(candidate, 'page.mjs'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`the chat page files (public/index.html, public/page.mjs) were not found above ${from}`);
}

/**
 * The installed botframework-webchat package. Its "exports" map hides package.json, so resolve
 * the main entry and walk up to the folder whose package.json names the package.
 */
function webChatPackageDir(): string {
  let dir = path.dirname(require.resolve('botframework-webchat'));
  for (let level = 0; level < 4; level += 1) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'botframework-webchat') return dir;
    dir = path.dirname(dir);
  }
  throw new Error('botframework-webchat is not installed');
}

export function loadWebChatAssets(publicDir: string = findPublicDir()): WebChatAssets {
  const read = (name: string) => readFileSync(path.join(publicDir, name), 'utf8');
  const packageDir = webChatPackageDir();
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const webChatBundlePath = path.join(packageDir, 'dist', 'webchat.js');
  if (!existsSync(webChatBundlePath)) throw new Error(`the Web Chat bundle is missing: ${webChatBundlePath}`);
  return {
    pageTemplate: read('index.html'),
    pageScript: asset(read('page.mjs'), JS),
    pageCss: asset(read('page.css'), CSS),
    embedScript: asset(read('embed.mjs'), JS),
    webChatBundlePath,
    webChatVersion: version,
  };
}
