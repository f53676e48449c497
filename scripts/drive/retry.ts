// Retrying Google API calls the way Google asks: 429, 5xx, rate-limit 403s and dropped connections are retried
// with exponential backoff and full jitter, Retry-After is honoured, and an interrupted run stops at once.

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long one second of Retry-After lasts: 1000 in use; tests shorten it without changing the logic. */
  retryAfterUnitMs: number;
  /** A longer Retry-After stops the run (it can be resumed later) rather than hang. */
  maxRetryAfterMs: number;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 7, baseDelayMs: 500, maxDelayMs: 32_000, retryAfterUnitMs: 1000, maxRetryAfterMs: 120_000, random: Math.random };

export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

/** A Google API error after the retries ran out (or one not worth retrying), said plainly. */
export class GoogleApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly reason: string | undefined,
  ) {
    super(message);
    this.name = 'GoogleApiError';
  }
}

export interface FailureInfo {
  retryable: boolean;
  status?: number;
  reason?: string;
  retryAfterMs?: number;
  /** "HTTP 429 rateLimitExceeded", "connection dropped (ECONNRESET)". */
  what: string;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After as seconds or an HTTP date, in ms of the policy's clock. */
export function retryAfterMs(value: string | undefined, unitMs: number, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * unitMs;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, ((at - now) / 1000) * unitMs);
}

/** What went wrong with a call, and whether trying again can help. */
export function classifyFailure(error: unknown, policy: Pick<RetryPolicy, 'retryAfterUnitMs'>): FailureInfo {
  const e = error as { status?: number; code?: string | number; message?: string; cause?: { code?: string; message?: string }; response?: { status?: number; headers?: unknown; data?: unknown } };
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  if (status !== undefined) {
    const data = e.response?.data as { error?: { errors?: { reason?: string }[]; status?: string; message?: string } | string } | undefined;
    const reason = typeof data?.error === 'object' ? (data.error.errors?.[0]?.reason ?? data.error.status) : data?.error;
    const retryable = RETRY_STATUS.has(status) || (status === 403 && RATE_LIMIT_REASONS.has(String(reason)));
    return { retryable, status, reason, retryAfterMs: retryAfterMs(header(e.response?.headers, 'retry-after'), policy.retryAfterUnitMs), what: `HTTP ${status}${reason ? ` ${reason}` : ''}` };
  }
  // no answer at all: the connection dropped, was refused, or timed out; the call may or may not have been made
  const code = String(e.cause?.code ?? e.code ?? '');
  return { retryable: true, what: `no answer (${code || e.cause?.message || e.message || 'network error'})` };
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InterruptedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new InterruptedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before retry number `attempt` (0-based): Retry-After when given, else full-jitter exponential backoff. */
export function retryDelay(attempt: number, failure: FailureInfo, policy: RetryPolicy): number {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs + policy.random() * policy.baseDelayMs;
  return policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

export interface RetryHooks<T> {
  signal?: AbortSignal;
  /** Told about each retry (for progress output). */
  onRetry?: (failure: FailureInfo, attempt: number, delayMs: number) => void;
  /**
   * Before retrying a call that may have been made although no answer came (a create, say): a value returned
   * here is taken as the call's result, so the call is never made twice; an error thrown here ends the retries.
   */
  beforeRetry?: (failure: FailureInfo) => Promise<T | undefined>;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks<T> = {}): Promise<T> {
  const sleep = hooks.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt++) {
    if (hooks.signal?.aborted) throw new InterruptedError();
    let failure: FailureInfo;
    try {
      return await call();
    } catch (error) {
      if (hooks.signal?.aborted) throw new InterruptedError();
      failure = classifyFailure(error, policy);
      if (!failure.retryable || attempt >= policy.retries) {
        const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? (error as Error).message;
        throw new GoogleApiError(`${failure.what}: ${message}${failure.retryable ? ` (gave up after ${attempt + 1} attempts; run again to resume)` : ''}`, failure.status, failure.reason);
      }
    }
    const delay = retryDelay(attempt, failure, policy);
    if (failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs) {
      throw new GoogleApiError(`${failure.what}: Google asked to wait ${Math.round(failure.retryAfterMs / policy.retryAfterUnitMs)} s before trying again; stopped here, run again later to resume`, failure.status, failure.reason);
    }
    hooks.onRetry?.(failure, attempt + 1, delay);
    await sleep(delay, hooks.signal);
    if (hooks.beforeRetry) {
      const already = await hooks.beforeRetry(failure);
      if (already !== undefined) return already;
    }
  }
}
