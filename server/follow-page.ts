/**
 * `index.html` as `npm run present` serves it: with the follow-along marker, which makes the
 * deck load its follow-along client (a static build has no marker and loads nothing), and with
 * the page's policy opened to the server's own socket.
 */
import { FOLLOW_META, type FollowConfig } from '../src/follow/marker.ts';

/** Escapes text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The CSP meta's `content`, as the build writes it. */
const POLICY_CONTENT =
  /(<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*\bcontent=")([^"]*)(")/i;

/**
 * The page with the marker and `connect-src` for this host (`'self'` covers WebSocket URLs
 * only in browsers that follow CSP 3, so the `ws:` URL is named too).
 */
export function followPage(html: string, config: FollowConfig, host: string): string {
  const marker = `<meta name="${FOLLOW_META}" content="${attribute(JSON.stringify(config))}" />`;
  return html
    .replace(
      POLICY_CONTENT,
      (_match, start: string, policy: string, end: string) =>
        `${start}${policy}; connect-src 'self' ws://${attribute(host)}${end}`,
    )
    .replace('</head>', `  ${marker}\n  </head>`);
}
