// Validating settings at the edges (import, storage read in the options page): zod, with errors that say where.
import { z } from 'zod';
import { QuestionSchema } from '../../../shared/prompts/bank';
import { describeIssues } from '../../../shared/model/files';
import { compileTitlePattern } from '../../../shared/meetings/one-on-one';
import { driveIdFrom } from '../../../shared/storage/drive-files';
import { defaultSettings, type Settings } from './settings';

export const SETTINGS_EXPORT_KIND = 'trellis.extension-settings';

const patternList = z.array(z.string()).superRefine((patterns, ctx) => {
  patterns.forEach((pattern, i) => {
    try {
      compileTitlePattern(pattern);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: [i], message: (error as Error).message });
    }
  });
});

export const RulesSchema = z.object({
  titlePatterns: z.boolean(),
  attendeeCount: z.boolean(),
  extraTitlePatterns: patternList,
  excludeTitlePatterns: patternList,
  groupAddressPatterns: z.array(z.string()).optional(),
});

export const LinkedPlanSchema = z.object({
  email: z.string().trim().toLowerCase().email('an email address, like alex@example.com'),
  fileId: z.string().transform((text, ctx) => {
    const id = driveIdFrom(text);
    if (!id) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a Drive link or file id: paste the plan file's link from Drive` });
      return z.NEVER;
    }
    return id;
  }),
});

/** A team's question as the options page edits it: an empty text says what to do, not zod's "too small". */
const TeamQuestionSchema = QuestionSchema.extend({
  text: z.string().trim().min(1, 'write the question (it cannot be empty), or untick it to stop using it'),
});

export const SettingsSchema = z.object({
  selfEmail: z.union([z.literal(''), z.string().trim().toLowerCase().email('your email address, or leave it empty')]).default(''),
  rules: RulesSchema.default(defaultSettings().rules),
  customQuestions: z.array(TeamQuestionSchema).default([]),
  disabledQuestionIds: z.array(z.string()).default([]),
  linkedPlans: z
    .array(LinkedPlanSchema)
    .default([])
    .superRefine((plans, ctx) => {
      const seen = new Map<string, number>();
      plans.forEach((p, i) => {
        if (seen.has(p.email)) ctx.addIssue({ code: 'custom', path: [i, 'email'], message: `${p.email} is linked twice (also at linkedPlans[${seen.get(p.email)}])` });
        seen.set(p.email, i);
      });
    }),
  developmentMinutes: z.number().int().min(5).max(60).default(15),
});

export const SettingsFileSchema = z.object({
  kind: z.literal(SETTINGS_EXPORT_KIND, { message: `expected "kind": "${SETTINGS_EXPORT_KIND}": is this a Trellis settings export?` }),
  version: z.literal(1),
  settings: SettingsSchema,
});

/** The export file: settings only (notes never leave the device this way). */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ kind: SETTINGS_EXPORT_KIND, version: 1, settings }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Parses an export file; errors name the field ("settings.linkedPlans[1].email: …") and what to do. */
export function importSettings(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON (${(error as Error).message}): choose a file exported from Trellis options`] };
  }
  const parsed = SettingsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  return { ok: true, settings: parsed.data.settings as Settings };
}

/** Checks one section as the options page edits it. */
export function validateSettings(settings: Settings): ImportResult {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  return { ok: true, settings: parsed.data as Settings };
}
