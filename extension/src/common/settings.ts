// What a manager sets up once in the options page: their email, detection rules, team questions, linked plans.
// Plain types and defaults only (no zod), so the content script stays small; settings-schema.ts validates.
import type { Question } from '../../../shared/prompts/bank';
import { DEFAULT_ONE_ON_ONE_RULES, type OneOnOneRules } from '../../../shared/meetings/one-on-one';

export interface LinkedPlan {
  /** The attendee's email, lower-case. */
  email: string;
  /** Drive file id of their plan JSON. */
  fileId: string;
}

export interface Settings {
  /** Your own email, when Calendar's page does not tell (it usually does). */
  selfEmail: string;
  rules: OneOnOneRules;
  customQuestions: Question[];
  disabledQuestionIds: string[];
  linkedPlans: LinkedPlan[];
  /** Minutes at the end of every one-on-one kept for development. */
  developmentMinutes: number;
}

export const SETTINGS_KEY = 'settings';

export function defaultSettings(): Settings {
  return {
    selfEmail: '',
    rules: { ...DEFAULT_ONE_ON_ONE_RULES, groupAddressPatterns: [...(DEFAULT_ONE_ON_ONE_RULES.groupAddressPatterns ?? [])] },
    customQuestions: [],
    disabledQuestionIds: [],
    linkedPlans: [],
    developmentMinutes: 15,
  };
}

/** Settings as stored, filled with defaults where a field is missing (an older version wrote them). */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const base = defaultSettings();
  if (!stored || typeof stored !== 'object') return base;
  return { ...base, ...stored, rules: { ...base.rules, ...(stored.rules ?? {}) } };
}

export function linkedPlanFor(settings: Settings, email: string | undefined): LinkedPlan | undefined {
  if (!email) return undefined;
  const key = email.trim().toLowerCase();
  return settings.linkedPlans.find((p) => p.email === key);
}

export async function loadSettings(): Promise<Settings> {
  const got = await chrome.storage.local.get(SETTINGS_KEY);
  return withDefaults(got[SETTINGS_KEY] as Partial<Settings> | undefined);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
}
