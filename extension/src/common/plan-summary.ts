// What the panel shows of a linked plan, computed by the service worker from the core and cached, so the
// content script needs neither zod nor the gap logic to show it (and works offline from the cache).
import type { PromptContext } from '../../../shared/prompts/choose';

export interface PlanSummary {
  fileId: string;
  planId: string;
  revision: number;
  employeeName: string;
  managerEmail?: string;
  /** The chooser's view of the plan: stage, largest gaps, target role, next milestone. */
  context: NonNullable<PromptContext['plan']>;
  targetRole: string;
  /** Who acts next and what ("work the milestones and check in…"). */
  nextStep: string;
  /** Open milestones, the next one first; `looksLike`: what the ladder says the milestone's level looks like. */
  openMilestones: { id: string; title: string; due: string; looksLike?: string }[];
  /** What the user may do with this plan now, from the core's rulebook; absent when Trellis does not know who they are. */
  you?: {
    email: string;
    roles: string[];
    /** The commands the rulebook offers this person now (quick actions are built from these only). */
    offered: string[];
    /** Open milestones this person may complete; `level` marks one that targets a level (the manager confirms it). */
    completable: { id: string; title: string; due: string; competencyId?: string; level?: number }[];
  };
  /** Competencies the plan's milestones aim at, for a new assessment from the panel. */
  competencies: { id: string; label: string; target: number }[];
  /**
   * Readiness then and now, from the plan alone by the core ("Readiness 39% → 58% since approval (12 Mar 2026)"),
   * or why it is not known; absent in summaries cached by an older version.
   */
  readiness?: string;
  /** Progress since approval in milestones reached and levels confirmed by the manager. */
  progress: string;
  /** The latest check-ins with the notes saved to the plan. */
  checkIns: { at: string; notes: string }[];
}

export interface CachedPlan {
  summary?: PlanSummary;
  /** When the plan was last read from Drive (ISO). */
  fetchedAt?: string;
  /** Why the last read failed, in words for the panel. */
  error?: string;
  /** The last read failed for lack of network: the summary is from the cache. */
  offline?: boolean;
  /** The last read needs the user to sign in. */
  needsSignIn?: boolean;
}

export const planCacheKey = (fileId: string) => `plan:${fileId}`;

export function driveFileUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${encodeURIComponent(fileId)}/view`;
}
