/**
 * The presenter's deck tells its speaker view (another window of the same origin) how many
 * people follow, over a BroadcastChannel: the speaker view has no connection of its own.
 */
import { AudienceSchema, parse, type Audience } from './protocol.ts';

/** The channel's name. */
const CHANNEL = 'deck-follow';

/** A message on the channel: the counts, or a new speaker view asking for them. */
type ChannelMessage =
  { readonly type: 'audience'; readonly audience: Audience } | { readonly type: 'hello' };

/** The message if it is one of ours, checked field by field. */
function readMessage(data: unknown): ChannelMessage | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type !== 'audience' || !('audience' in data)) return null;
  const audience = parse(AudienceSchema, data.audience);
  return audience === null ? null : { type: 'audience', audience };
}

/** The presenter's side: publishes the counts, and answers a speaker view that opens later. */
export function audienceSender(): (audience: Audience) => void {
  const channel = new BroadcastChannel(CHANNEL);
  let last: Audience | null = null;
  channel.addEventListener('message', (event: MessageEvent) => {
    if (readMessage(event.data)?.type === 'hello' && last !== null) {
      channel.postMessage({ type: 'audience', audience: last });
    }
  });
  return (audience) => {
    last = audience;
    channel.postMessage({ type: 'audience', audience });
  };
}

/** The speaker view's side: calls `listener` with each count. */
export function audienceReceiver(listener: (audience: Audience) => void): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message?.type === 'audience') listener(message.audience);
  });
  channel.postMessage({ type: 'hello' });
}
