// The messages the page's panel and the options page send the service worker, and its answers.
import type { PlanCommand } from '../../../shared/plan/commands';
import type { CachedPlan } from './plan-summary';

export type TrellisRequest =
  | { type: 'plan:refresh'; fileId: string; interactive?: boolean }
  /** Any plan command: the worker parses it with the core's schema and the rulebook decides. */
  | { type: 'plan:command'; fileId: string; command: PlanCommand }
  | { type: 'auth:sign-in' }
  | { type: 'open-options' };

export type TrellisResponse =
  | { ok: true; cached?: CachedPlan; message?: string; reapplied?: boolean }
  | { ok: false; error: string; needsSignIn?: boolean; offline?: boolean };

export async function ask(request: TrellisRequest): Promise<TrellisResponse> {
  try {
    return (await chrome.runtime.sendMessage(request)) as TrellisResponse;
  } catch (error) {
    return { ok: false, error: `Trellis's background worker did not answer (${(error as Error).message}); reload the page` };
  }
}
