import type { RevealApi } from 'reveal.js';

/** reveal 6's view checks: in its API at run time, missing from its types. */
interface RevealViewChecks {
  isScrollView?: () => boolean;
  isPrintView?: () => boolean;
}

/** Whether reveal shows its scroll view (asked for, or a window too narrow for slides). */
export function isScrollView(reveal: RevealApi): boolean {
  return (reveal as RevealApi & RevealViewChecks).isScrollView?.() ?? false;
}

/** Whether reveal shows its print view (`?print-pdf`): every slide a page. */
export function isPrintView(reveal: RevealApi): boolean {
  return (reveal as RevealApi & RevealViewChecks).isPrintView?.() ?? false;
}
