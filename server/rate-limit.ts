/** A token bucket: `burst` messages at once, refilled at `perSecond`. */
export interface RateLimit {
  /** Takes one message's token; false when the sender is over its rate. */
  take(now?: number): boolean;
}

/** Creates a token bucket for one connection. */
export function rateLimit(perSecond: number, burst: number): RateLimit {
  let tokens = burst;
  let last = Date.now();
  return {
    take(now = Date.now()) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
