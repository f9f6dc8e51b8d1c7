/**
 * The deck's Content-Security-Policy, delivered as a `<meta http-equiv>` because neither a
 * static host we do not control nor a file opened by double-click can send headers.
 *
 * Two policies, one per way the deck is shipped:
 * - {@link webPolicy} for `dist/`: everything comes from the deck's own origin ('self');
 * - {@link filePolicy} for the offline file: nothing is fetched at all, so scripts are allowed
 *   only by the SHA-256 of their exact text, and no font may be fetched (the file registers
 *   its fonts from bytes it carries, see `build/font-blocks.ts`).
 *
 * Neither allows frames: the speaker view draws its previews itself (src/presenter) instead
 * of framing the deck as reveal's notes plugin, which the deck does not bundle, does.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { ENGINE_BLOCK_TYPE } from '../src/charts/load-chart-engine.ts';
import { engineBlockScript } from './engine-block.ts';

/** A policy: each directive with its sources, in the order they are written. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * Styles: `'unsafe-inline'` cannot be replaced by hashes, because reveal writes `<style>`
 * elements at run time (auto-animate, the print view's page size) whose text depends on the
 * slides and the config, and sets `style` attributes. Nothing can be fetched (every fetching
 * directive is closed), so injected CSS could not exfiltrate anything.
 */
const INLINE_STYLES = ["'unsafe-inline'"] as const;

/** What neither build needs, closed explicitly so the default never widens by accident. */
const CLOSED = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
} as const satisfies Policy;

/** The policy for `dist/`: script, styles and fonts from the deck's own origin. */
export function webPolicy(): Policy {
  return {
    ...CLOSED,
    'script-src': ["'self'"],
    'style-src': ["'self'", ...INLINE_STYLES],
    'font-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
  };
}

/**
 * The policy for the offline file: scripts by hash only, no font source (fonts are registered
 * from the file's own bytes, which no fetch directive governs), the favicon as a data: URL,
 * no network of any kind.
 */
export function filePolicy(scriptHashes: readonly string[]): Policy {
  return {
    ...CLOSED,
    'script-src': [...scriptHashes],
    'style-src': [...INLINE_STYLES],
    'img-src': ['data:'],
  };
}

/** `default-src 'none'; script-src …`: the text of a policy, for the meta tag's `content`. */
export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * The CSP source for an inline script: the base64 SHA-256 of its text as the browser sees it.
 * The HTML parser turns CR LF and lone CR into LF before the hash is checked, so we do too.
 */
export function scriptHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/** A `type` that makes a script a data block, which the browser never runs. */
const DATA_BLOCK_TYPE =
  /\btype\s*=\s*["']?(?!module\b|(?:text|application)\/(?:java|ecma)script\b)[^\s"'>]/i;

/** Every `<script>` element of an HTML document: its attributes and its text. */
function scriptElements(html: string): { attributes: string; text: string }[] {
  // A script's text ends at the first `</script`: that is how the HTML parser reads it too.
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((match) => ({
    attributes: match[1] ?? '',
    text: match[2] ?? '',
  }));
}

/**
 * The text of every inline script the browser runs in an HTML document: scripts with `src`
 * and data blocks (such as the offline file's fonts) are skipped.
 */
export function inlineScripts(html: string): string[] {
  return scriptElements(html)
    .filter(({ attributes }) => !/\bsrc\s*=/i.test(attributes) && !DATA_BLOCK_TYPE.test(attributes))
    .map(({ text }) => text);
}

/**
 * The scripts the deck itself runs from data blocks, as it will run them (the offline file's
 * chart engine, see `build/engine-block.ts`).
 */
export function deferredScripts(html: string): string[] {
  return scriptElements(html)
    .filter(({ attributes }) => attributes.includes(`type="${ENGINE_BLOCK_TYPE}"`))
    .map(({ text }) => engineBlockScript(text));
}

/** `<meta http-equiv="Content-Security-Policy" …>` (any attribute order, either quote style). */
const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\s*/gi;

/** `<meta charset="utf-8">`: the policy goes right after it, before any script or style. */
const CHARSET_META = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/** Escapes a policy for a double-quoted attribute (policies never contain these, but be safe). */
function attributeValue(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * Puts `policy` into an HTML document as its only policy meta, right after `<meta charset>`:
 * a policy only governs what comes after it, and the charset must stay first.
 */
export function withPolicy(html: string, policy: Policy): string {
  const withoutPolicy = html.replace(CSP_META, '');
  if (!CHARSET_META.test(withoutPolicy)) throw new Error('[csp] The page has no <meta charset>.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attributeValue(serializePolicy(policy))}" />`;
  return withoutPolicy.replace(CHARSET_META, (tag) => `${tag}\n    ${meta}`);
}

/**
 * Vite plugin for `vite build`: writes {@link webPolicy} into `dist/index.html`. The dev server
 * gets no policy: its client reloads modules over a WebSocket and is not what is shipped; the
 * browser tests check the built deck.
 */
export function webContentSecurityPolicy(): Plugin {
  return {
    name: 'deck-csp-web',
    apply: 'build',
    transformIndexHtml(html) {
      return withPolicy(html, webPolicy());
    },
  };
}

/**
 * The offline file's policy for an HTML document whose scripts are all inline: the hashes of
 * those scripts and of the blocks it runs later.
 */
export function withFilePolicy(html: string): string {
  const page = html.replace(CSP_META, '');
  const scripts = [...inlineScripts(page), ...deferredScripts(page)];
  return withPolicy(html, filePolicy([...new Set(scripts.map(scriptHash))]));
}

/**
 * Vite plugin for the single-file export: after vite-plugin-singlefile has inlined every
 * script (so it must come after it in `plugins`), writes {@link filePolicy} with the hashes
 * of exactly the scripts the file contains.
 */
export function fileContentSecurityPolicy(): Plugin {
  return {
    name: 'deck-csp-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
          if (typeof output.source !== 'string') continue;
          output.source = withFilePolicy(output.source);
        }
      },
    },
  };
}
