// A plan kept alive for years is mostly its history: hundreds of check-ins and dated assertions. Checking each
// of those small, flat objects through the general schema machinery is most of the time spent reading such a
// plan, so these hand-written checks accept exactly what CheckInSchema and AssertionSchema accept and build the
// same output. Anything they are not sure of (a wrong type, an extra wrinkle) makes them answer `undefined`, and
// the plan is then read by the schema itself, which also words the problems. model.test.ts holds them equal.
import { AssessmentSourceSchema, ISO_DATE_PATTERN, type Assertion } from './assessment';
import type { Plan } from './plan';

type CheckIn = Plan['checkIns'][number];

type Loose = Record<string, unknown>;

const SOURCES: ReadonlySet<unknown> = new Set(AssessmentSourceSchema.options);

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An optional text field: absent or a string (present but undefined is left to the schema). */
const optionalText = (o: Loose, key: string) => (key in o ? typeof o[key] === 'string' : true);

export function quickCheckIn(v: unknown): CheckIn | undefined {
  if (!isRecord(v) || typeof v.at !== 'string' || typeof v.by !== 'string' || !optionalText(v, 'notes') || !optionalText(v, 'eventId')) return undefined;
  const out: CheckIn = { at: v.at, by: v.by, notes: (v.notes as string | undefined) ?? '' };
  if ('eventId' in v) out.eventId = v.eventId as string;
  return out;
}

export function quickAssertion(v: unknown): Assertion | undefined {
  if (!isRecord(v)) return undefined;
  const { competencyId, level, source, date } = v;
  if (typeof competencyId !== 'string' || !competencyId || typeof level !== 'number' || !Number.isFinite(level) || !SOURCES.has(source)) return undefined;
  if (typeof date !== 'string' || !ISO_DATE_PATTERN.test(date) || !optionalText(v, 'by') || !optionalText(v, 'evidence')) return undefined;
  const out = { competencyId, level, source, date } as Assertion;
  if ('by' in v) out.by = v.by as string;
  out.evidence = (v.evidence as string | undefined) ?? '';
  return out;
}

/** Every item checked by `check`, or undefined when one is not certainly valid (or `value` is not an array). */
export function quickArray<T>(value: unknown, check: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = check(value[i]);
    if (item === undefined) return undefined;
    out[i] = item;
  }
  return out;
}
