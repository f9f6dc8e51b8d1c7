import type { IncomingHttpHeaders } from 'node:http';
import { networkInterfaces } from 'node:os';

/** The machine's IPv4 addresses on its networks (not loopback), for `--lan`. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

/**
 * The `Host` values the deck is reached by: loopback names always, the LAN addresses with
 * `--lan`. Checking `Host` stops DNS rebinding (a foreign name pointed at this machine).
 */
export function allowedHosts(port: number, lan: readonly string[]): ReadonlySet<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]', ...lan];
  return new Set(names.map((name) => `${name}:${port}`));
}

/**
 * Whether a request comes to one of our hosts and, when a browser says where it comes from
 * (`Origin`), from the deck's own origin. A browser always sends `Origin` on cross-origin
 * requests and WebSocket upgrades, so a page elsewhere cannot reach the talk; a non-browser
 * client (the benchmark) sends none.
 */
export function requestAllowed(headers: IncomingHttpHeaders, hosts: ReadonlySet<string>): boolean {
  const host = headers.host;
  if (host === undefined || !hosts.has(host.toLowerCase())) return false;
  const origin = headers.origin;
  return origin === undefined || origin === `http://${host.toLowerCase()}`;
}
