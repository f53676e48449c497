// Fault injection for the fake Google server: each request, with a given probability, gets one of the failures
// real clients meet (rate limits, server errors, connections dropped before or after the change was made, slow
// answers). Seeded, so a failing run can be replayed.

export type FaultKind = '429' | '403-rate' | '500' | '503' | 'drop' | 'drop-after-commit' | 'slow';
export const ALL_FAULTS: readonly FaultKind[] = ['429', '403-rate', '500', '503', 'drop', 'drop-after-commit', 'slow'];

/**
 * Faults a test aims at one request. Besides the random kinds: a rate-limit 403 sent after the change was made,
 * which Drive has been seen to do (an insert answered "rate limit exceeded" that had in fact been made).
 */
export type ArmedFaultKind = FaultKind | 'rate-limit-after-commit';

export interface FaultPlan {
  /** 0–1: share of requests that fail. */
  rate: number;
  kinds?: readonly FaultKind[];
  /** Retry-After sent with 429 and 503 (seconds). */
  retryAfterSeconds?: number;
  /** Extra delay of a slow response (ms). */
  slowMs?: number;
  seed?: number;
}

export class FaultInjector {
  private state: number;
  readonly counts: Partial<Record<FaultKind, number>> = {};
  constructor(readonly plan: FaultPlan) {
    this.state = (plan.seed ?? 1) >>> 0;
  }
  private random(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** The fault for the next request, or undefined when it goes through. */
  next(): FaultKind | undefined {
    if (this.random() >= this.plan.rate) return undefined;
    const kinds = this.plan.kinds ?? ALL_FAULTS;
    const kind = kinds[Math.floor(this.random() * kinds.length)]!;
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    return kind;
  }
  get total(): number {
    return Object.values(this.counts).reduce((s, n) => s + (n ?? 0), 0);
  }
}

/** Faults armed for the next requests of one operation ("files.update"…), taken in the order they were armed. */
export class ArmedFaults {
  private queue: { operation: string; kind: ArmedFaultKind }[] = [];
  arm(operation: string, kind: ArmedFaultKind, times: number): void {
    for (let i = 0; i < times; i++) this.queue.push({ operation, kind });
  }
  take(operation: string): ArmedFaultKind | undefined {
    const i = this.queue.findIndex((f) => f.operation === operation);
    return i < 0 ? undefined : this.queue.splice(i, 1)[0]!.kind;
  }
}
