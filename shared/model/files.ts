// The files people share: plan and framework JSON, read with migration from older schema versions.
import { z } from 'zod';
import { FRAMEWORK_KIND, FRAMEWORK_SCHEMA_VERSION, FrameworkSchema, type Framework } from './framework';
import { quickArray, quickAssertion, quickCheckIn } from './plan-history-check';
import { PLAN_KIND, PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './plan';

/** A file that is not what it should be: says which file, where inside it, and what to do. */
export class FileFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n  - ${problems.join('\n  - ')}`}`);
    this.name = 'FileFormatError';
  }
}

/** "milestones[2].due: a date as YYYY-MM-DD" for each zod issue. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return `${path || '(top level)'}: ${issue.message}`;
  });
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Plan schema history. v1 (the pre-release format) had one `approver`, milestones with `done: boolean`,
 * and no alignment, check-ins or approvals; v2 had no record of the target role's requirements (`target`, added
 * in v3): without the framework a migration cannot make one, so a v2 plan gets it the next time the CLI or the
 * add-on changes it, and until then surfaces without the framework say readiness is not known.
 */
const planMigrations: Record<number, Migration> = {
  1: (doc) => {
    const { approver, ...rest } = doc as { approver?: unknown } & Record<string, unknown>;
    const milestones = Array.isArray(rest.milestones)
      ? rest.milestones.map((m: Record<string, unknown>) => {
          const { done, ...ms } = m;
          return { ...ms, status: ms.status ?? (done ? 'done' : 'planned') };
        })
      : rest.milestones;
    return {
      ...rest,
      schemaVersion: 2,
      approvers: rest.approvers ?? (approver ? [approver] : []),
      milestones,
    };
  },
  2: (doc) => ({ ...doc, schemaVersion: 3 }),
};
/** Framework schema history. v1 had no level descriptors; v2 adds `descriptors` to competencies (none for an old file). */
const frameworkMigrations: Record<number, Migration> = {
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    competencies: Array.isArray(doc.competencies) ? doc.competencies.map((c: Record<string, unknown>) => ({ ...c, descriptors: c.descriptors ?? [] })) : doc.competencies,
  }),
};

function migrate(doc: Record<string, unknown>, file: string, kind: string, current: number, migrations: Record<number, Migration>) {
  if (doc.kind !== kind) {
    throw new FileFormatError(file, [`"kind" is ${JSON.stringify(doc.kind)}, expected "${kind}": is this the right file?`]);
  }
  const declared = doc.schemaVersion;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    throw new FileFormatError(file, [`"schemaVersion" must be a whole number (this Trellis writes ${current})`]);
  }
  let version: number = declared;
  if (version > current) {
    throw new FileFormatError(file, [`schemaVersion ${version} was written by a newer Trellis (this one reads up to ${current}): upgrade Trellis to open it`]);
  }
  let out = doc;
  while (version < current) {
    const step = migrations[version];
    if (!step) throw new FileFormatError(file, [`no migration from schemaVersion ${version}`]);
    out = step(out);
    version = out.schemaVersion as number;
  }
  return out;
}

function asObject(input: unknown, file: string): Record<string, unknown> {
  let value = input;
  if (typeof input === 'string') {
    try {
      // a byte-order mark (Notepad, some exports) is not part of the JSON
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (e) {
      throw new FileFormatError(file, [`not valid JSON (${(e as Error).message})`]);
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new FileFormatError(file, ['expected a JSON object']);
  return value as Record<string, unknown>;
}

/**
 * The plan with its long history arrays checked by the hand-written checks and the rest by the schema; undefined
 * when any of it is not certainly valid, so the caller reads it all through the schema and words the problems.
 */
function readPlanQuickly(doc: Record<string, unknown>): Plan | undefined {
  const { checkIns = [], assessment = [] } = doc;
  const quickCheckIns = quickArray(checkIns, quickCheckIn);
  const quickAssessment = quickCheckIns && quickArray(assessment, quickAssertion);
  if (!quickAssessment) return undefined;
  const rest = PlanSchema.safeParse({ ...doc, checkIns: [], assessment: [] });
  return rest.success ? { ...rest.data, checkIns: quickCheckIns, assessment: quickAssessment } : undefined;
}

/** Reads a plan file (JSON text or parsed), migrating older versions. */
export function readPlan(input: unknown, file = 'plan'): Plan {
  const doc = migrate(asObject(input, file), file, PLAN_KIND, PLAN_SCHEMA_VERSION, planMigrations);
  const quick = readPlanQuickly(doc);
  if (quick) return quick;
  const parsed = PlanSchema.safeParse(doc);
  if (!parsed.success) throw new FileFormatError(file, describeIssues(parsed.error));
  return parsed.data;
}

/** Reads a framework file (JSON text or parsed), migrating older versions and checking cross-references. */
export function readFramework(input: unknown, file = 'framework'): Framework {
  const doc = migrate(asObject(input, file), file, FRAMEWORK_KIND, FRAMEWORK_SCHEMA_VERSION, frameworkMigrations);
  const parsed = FrameworkSchema.safeParse(doc);
  if (!parsed.success) throw new FileFormatError(file, describeIssues(parsed.error));
  return parsed.data;
}

/** Stable, readable JSON for files people diff and share. */
export function toFileJson(value: Plan | Framework): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** JSON Schemas of the shared file formats, generated from the zod schemas (the single source of truth). */
export function fileJsonSchemas(): Record<'plan' | 'framework', Record<string, unknown>> {
  const gen = (schema: z.ZodType, id: string, title: string) => ({
    $id: id,
    title,
    ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
  });
  return {
    plan: gen(PlanSchema, `https://trellis.example/schema/plan.v${PLAN_SCHEMA_VERSION}.schema.json`, 'Trellis career plan'),
    framework: gen(FrameworkSchema, `https://trellis.example/schema/framework.v${FRAMEWORK_SCHEMA_VERSION}.schema.json`, 'Trellis competency framework'),
  };
}
