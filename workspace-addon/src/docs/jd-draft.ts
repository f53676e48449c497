// The employee's work in progress while turning a job description into a career path: kept in their own cache
// between the cards (extracted role, their corrections, objectives), so a step can be redone without re-reading.
import type { ExtractedRole } from '../../../shared/ingest/job-description';
import type { Diagnostic } from '../../../shared/ingest/diagnostics';
import type { RoleInput } from '../../../shared/model/role';
import type { Person } from '../../../shared/model/person';
import { cacheGetLarge, cachePutLarge } from '../platform/large-cache';

export interface JdDraft {
  docId: string;
  docTitle: string;
  framework: { id: string; version: number };
  roles: ExtractedRole[];
  diagnostics: Diagnostic[];
  /** Which of the page's roles the employee is reviewing. */
  pick: number;
  /** The role as the employee corrected it. */
  role?: RoleInput;
  /** The framework role of the same title, when there is one: the target is then HR's role as published. */
  frameworkRoleId?: string;
  objectives?: {
    name: string;
    currentRoleId: string;
    goals: string[];
    fiveYears: string;
    growthPreference: 'management' | 'individual-contributor' | 'either' | 'undecided';
    manager: Person;
    approvers: Person[];
  };
  /** The plan's id, fixed before anything is written, so pressing Create again makes the same plan. */
  planId?: string;
  /** Drive ids for the plan's files, generated before they are created (a create with one cannot happen twice). */
  fileIds?: { plan: string; doc?: string; framework?: string };
  /** Set as soon as the plan file exists: pressing Create again shows it instead of making another. */
  created?: { fileId: string; docId?: string; frameworkFileId?: string };
}

const key = (docId: string) => `jd:${docId}`;

export function saveDraft(draft: JdDraft): void {
  if (!cachePutLarge(key(draft.docId), JSON.stringify(draft))) throw new Error('Trellis could not keep your work between cards (the cache is full); try again in a minute');
}

export function loadDraft(docId: string): JdDraft {
  const text = cacheGetLarge(key(docId));
  if (!text) throw new Error('your review has expired (Trellis keeps it for six hours); press "Read this job description" again');
  return JSON.parse(text) as JdDraft;
}
