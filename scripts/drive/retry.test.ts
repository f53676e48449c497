import { describe, expect, it } from 'vitest';
import { classifyFailure, DEFAULT_RETRY_POLICY, GoogleApiError, InterruptedError, retryAfterMs, retryDelay, withRetry, type FailureInfo } from './retry';

const httpError = (status: number, headers: Record<string, string> = {}, reason?: string) => Object.assign(new Error(`HTTP ${status}`), { response: { status, headers: new Headers(headers), data: reason ? { error: { errors: [{ reason }], message: reason } } : {} } });
const dropped = () => Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } });

describe('retrying Google calls', () => {
  it('retries 429, 5xx, rate-limit 403s and dropped connections, and nothing else', () => {
    const policy = DEFAULT_RETRY_POLICY;
    expect(classifyFailure(httpError(429), policy).retryable).toBe(true);
    for (const s of [500, 502, 503, 504, 408]) expect(classifyFailure(httpError(s), policy).retryable).toBe(true);
    expect(classifyFailure(httpError(403, {}, 'userRateLimitExceeded'), policy)).toMatchObject({ retryable: true, what: 'HTTP 403 userRateLimitExceeded' });
    expect(classifyFailure(httpError(403, {}, 'insufficientFilePermissions'), policy).retryable).toBe(false);
    expect(classifyFailure(httpError(404), policy).retryable).toBe(false);
    expect(classifyFailure(httpError(400), policy).retryable).toBe(false);
    expect(classifyFailure(dropped(), policy)).toMatchObject({ retryable: true, what: 'no answer (ECONNRESET)' });
  });

  it('waits as long as Retry-After says (seconds or a date), and backs off exponentially with full jitter otherwise', () => {
    expect(retryAfterMs('3', 1000)).toBe(3000);
    expect(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString(), 1000, Date.UTC(2026, 0, 1))).toBe(10_000);
    const top = { ...DEFAULT_RETRY_POLICY, random: () => 0.999999 };
    const bottom = { ...DEFAULT_RETRY_POLICY, random: () => 0 };
    const plain: FailureInfo = { retryable: true, what: 'x' };
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 7].map((a) => Math.round(retryDelay(a, plain, top)));
    expect(ceilings).toEqual([500, 1000, 2000, 4000, 8000, 16000, 32000, 32000]);
    expect(retryDelay(5, plain, bottom)).toBe(0);
    // Retry-After wins over the backoff, with a little jitter on top so clients do not return in step
    const asked = classifyFailure(httpError(429, { 'retry-after': '7' }), DEFAULT_RETRY_POLICY);
    expect(retryDelay(0, asked, bottom)).toBe(7000);
    expect(retryDelay(0, asked, top)).toBeLessThan(7000 + DEFAULT_RETRY_POLICY.baseDelayMs);
  });

  it('honours Retry-After in a real retry loop, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls === 1) throw httpError(429, { 'retry-after': '2' });
        if (calls === 2) throw httpError(503);
        return 'ok';
      },
      { ...DEFAULT_RETRY_POLICY, random: () => 0.5 },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([2000 + 250, 500]);
  });

  it('gives up after the retries with a message saying it can be resumed, and fails at once on other errors', async () => {
    let calls = 0;
    const policy = { ...DEFAULT_RETRY_POLICY, retries: 3 };
    await expect(withRetry(async () => ((calls++), Promise.reject(httpError(500))), policy, { sleep: async () => {} })).rejects.toThrow(/HTTP 500.*gave up after 4 attempts; run again to resume/);
    expect(calls).toBe(4);
    calls = 0;
    await expect(withRetry(async () => ((calls++), Promise.reject(httpError(404))), policy, { sleep: async () => {} })).rejects.toBeInstanceOf(GoogleApiError);
    expect(calls).toBe(1);
    await expect(withRetry(async () => Promise.reject(httpError(429, { 'retry-after': '3600' })), policy, { sleep: async () => {} })).rejects.toThrow(/asked to wait 3600 s.*run again later to resume/);
  });

  it('asks before retrying whether the call already took effect, and stops when interrupted', async () => {
    let calls = 0;
    const made = await withRetry(
      async () => {
        calls++;
        throw dropped();
      },
      DEFAULT_RETRY_POLICY,
      { sleep: async () => {}, beforeRetry: async () => 'found it' },
    );
    expect([made, calls]).toEqual(['found it', 1]);
    const controller = new AbortController();
    const pending = withRetry(async () => Promise.reject(dropped()), { ...DEFAULT_RETRY_POLICY, baseDelayMs: 10_000, random: () => 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(InterruptedError);
  });
});
