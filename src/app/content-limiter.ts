/**
 * GitHub's limits on content creation (issues, comments): at most 80 a minute and 500 an hour per
 * installation, beyond which requests are refused as secondary rate limits. Rather than being refused
 * and retrying, creations wait here for a free slot, so a first install on a large organisation drains
 * at the pace GitHub allows. A sliding log of timestamps: any window of the given length holds at most
 * `max` creations, whatever window GitHub measures. GitHub counts a creation from when it arrives,
 * somewhere between `acquire()` and the answer; so once answered it is counted from the answer (the
 * function `acquire()` returns), which keeps every window GitHub can see within bounds whatever the
 * latency.
 */
import type { Clock } from "./clock.js";

export interface Window {
  ms: number;
  max: number;
}

export const GITHUB_CONTENT_WINDOWS: readonly Window[] = [
  { ms: 60_000, max: 80 },
  { ms: 3_600_000, max: 500 },
];

export class ContentLimiter {
  private readonly stamps: number[] = [];
  private readonly longest: number;

  constructor(
    private readonly clock: Clock,
    private readonly windows: readonly Window[] = GITHUB_CONTENT_WINDOWS,
  ) {
    this.longest = Math.max(...windows.map((window) => window.ms));
  }

  /**
   * Resolves when one more creation fits in every window, and counts it from now. Call the function it
   * resolves to when GitHub has answered, to count the creation from then instead.
   */
  async acquire(): Promise<() => void> {
    for (;;) {
      const now = this.clock.now();
      while (this.stamps.length > 0 && this.stamps[0]! <= now - this.longest) this.stamps.shift();
      const wait = this.waitTime(now);
      if (wait <= 0) {
        this.stamps.push(now);
        return () => this.answered(now);
      }
      await this.clock.sleep(wait);
    }
  }

  private answered(stamp: number): void {
    const index = this.stamps.indexOf(stamp);
    if (index < 0) return;
    this.stamps[index] = Math.max(stamp, this.clock.now());
    this.stamps.sort((a, b) => a - b);
  }

  /** Creations counted in the last `ms`. */
  count(ms: number): number {
    const since = this.clock.now() - ms;
    return this.stamps.filter((stamp) => stamp > since).length;
  }

  private waitTime(now: number): number {
    let wait = 0;
    for (const window of this.windows) {
      const inside = this.stamps.filter((stamp) => stamp > now - window.ms);
      if (inside.length >= window.max) wait = Math.max(wait, inside[inside.length - window.max]! + window.ms - now + 1);
    }
    return wait;
  }
}
