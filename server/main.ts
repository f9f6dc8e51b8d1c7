/**
 * `npm run present`: serves the built deck (dist/) and the follow-along talk. Prints the
 * presenter link (with this talk's secret token) and the audience link, with the audience link
 * as a QR code for the first slide's audience to scan. `--lan` listens on the machine's network
 * addresses; `PORT` picks the port (5173 as `npm start`); `REDIS_URL` shares one talk between
 * several processes.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toString as qrText } from 'qrcode';
import { startFollowServer } from './follow-server.ts';
import { lanAddresses } from './origin.ts';

const { values } = parseArgs({ options: { lan: { type: 'boolean', default: false } } });
const port = Number(process.env['PORT'] ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  throw new Error(`PORT must be a port number, not ${process.env['PORT'] ?? ''}.`);
}
const lan = values.lan ? lanAddresses() : [];
if (values.lan && lan.length === 0) {
  console.warn('[follow] --lan: this machine has no network address; listening on all interfaces.');
}
const redisUrl = process.env['REDIS_URL'] === '' ? undefined : process.env['REDIS_URL'];
const server = await startFollowServer({
  root: fileURLToPath(new URL('../dist/', import.meta.url)),
  host: values.lan ? '0.0.0.0' : '127.0.0.1',
  port,
  lan,
  redisUrl,
});

console.info(await qrText(server.audienceUrl, { type: 'terminal', small: true }));
console.info(`Audience (scan or open on a phone): ${server.audienceUrl}`);
console.info(`Presenter (keep this secret):       ${server.presenterUrl}`);
if (server.lanPresenterUrl !== null) {
  console.info(`Presenter on a phone (remote):      ${server.lanPresenterUrl}`);
}
if (redisUrl !== undefined) console.info('Talk shared through Redis.');
console.info('In the deck, Q shows the audience link as a QR code. Ctrl+C stops the server.');

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void server.close().then(() => {
    const { accepted, dropped, wrongTokens } = server.stats;
    console.info(
      `\nStopped. Messages accepted: ${accepted}, dropped: ${dropped}; wrong presenter tokens: ${wrongTokens}.`,
    );
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
