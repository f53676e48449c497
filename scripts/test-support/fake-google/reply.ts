// The fake server's answers, and errors in the shape Google's APIs send them (code, message, status, and the
// reasons clients branch on).

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string | Record<string, unknown>;
}

const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

export function driveError(code: number, reason: string, message: string, location?: string): Reply {
  const status = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 409: 'ALREADY_EXISTS', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' }[code] ?? 'UNKNOWN';
  const domain = RATE_LIMIT_REASONS.has(reason) ? 'usageLimits' : 'global';
  return { status: code, body: { error: { code, message, status, errors: [{ domain, reason, message, ...(location ? { location, locationType: 'parameter' } : {}) }] } } };
}
