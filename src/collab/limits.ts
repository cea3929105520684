// Limits that keep one participant from hurting the performance: submission size, submissions
// per second (a token bucket per participant, so a steady pace at the limit always passes),
// connections, and how soon after an edit a runaway is blamed on it.

export interface CollaborationLimits {
  /** Bytes of module text one submission may carry. */
  readonly submissionBytes: number;
  /** Submissions per second per participant (the conductor is not limited). */
  readonly submissionsPerSecond: number;
  /** Read-only (listener) WebSocket connections at once; the conductor and participants always get in. */
  readonly connections: number;
  /** Listener connections at once from one address. */
  readonly listenersPerAddress: number;
  /** The music failing this soon (ms) after an edit rolls the edit back. */
  readonly rollbackWindow: number;
}

export const defaultLimits: CollaborationLimits = {
  submissionBytes: 64 * 1024,
  submissionsPerSecond: 2,
  connections: 200,
  listenersPerAddress: 16,
  rollbackWindow: 10_000,
};

/** At most `perSecond` a second on average per key, with bursts of up to `perSecond`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perSecond: number, private readonly now: () => number = () => performance.now()) {}

  allow(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perSecond, at: now };
    bucket.tokens = Math.min(this.perSecond, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
