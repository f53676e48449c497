import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departmentFramework, departmentPlans } from '../test/department';
import { AssertionSchema } from './assessment';
import { readPlan, toFileJson } from './files';
import { CheckInSchema, PlanSchema } from './plan';
import { quickArray, quickAssertion, quickCheckIn } from './plan-history-check';

// values of every kind a hand-edited file might hold where a field is expected
const anyValue = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'self', 'manager', 'peer', 'boss', '2026-03-01', '2026-03-01T10:00:00Z', '2026-3-1', 'x'), fc.double(), fc.integer({ min: -2, max: 6 }), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant([]), fc.constant({}));
/** An object with some of `keys` (each with any value) and maybe a key the schema does not know. */
const looseObject = (keys: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ ...Object.fromEntries(Object.entries(keys).map(([k, a]) => [k, fc.oneof(a, anyValue)])), extra: anyValue }, { requiredKeys: [] });
const assertionLike = looseObject({ competencyId: fc.constantFrom('code', 'c'), level: fc.integer({ min: 0, max: 5 }), source: fc.constantFrom('self', 'manager', 'peer'), date: fc.constantFrom('2026-03-01', '2026-03-01T10:00:00Z'), by: fc.string({ maxLength: 4 }), evidence: fc.string({ maxLength: 4 }) });
const checkInLike = looseObject({ at: fc.string({ maxLength: 4 }), by: fc.string({ maxLength: 4 }), notes: fc.string({ maxLength: 4 }), eventId: fc.string({ maxLength: 4 }) });

/** The quick check either leaves the value to the schema or gives exactly what the schema gives, key order included. */
function agrees(quick: (v: unknown) => unknown, schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }, v: unknown): 'quick' | 'schema' {
  const parsed = schema.safeParse(v);
  const got = quick(v);
  if (got === undefined) return 'schema';
  // same keys in the same order with the same values (the objects are flat)
  if (!parsed.success || JSON.stringify(got) !== JSON.stringify(parsed.data) || Object.keys(got as object).join() !== Object.keys(parsed.data as object).join()) throw new Error(`quick check accepted ${JSON.stringify(v)} as ${JSON.stringify(got)}; the schema gives ${parsed.success ? JSON.stringify(parsed.data) : 'a problem'}`);
  return 'quick';
}

describe('the quick checks of a plan history', () => {
  it('accept only what the assertion schema accepts, and build what it builds', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(assertionLike, (v) => void seen.add(agrees(quickAssertion, AssertionSchema, v))), { numRuns: 1000 });
    expect([...seen].sort()).toEqual(['quick', 'schema']);
  });

  it('accept only what the check-in schema accepts, and build what it builds', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(checkInLike, (v) => void seen.add(agrees(quickCheckIn, CheckInSchema, v))), { numRuns: 1000 });
    expect([...seen].sort()).toEqual(['quick', 'schema']);
  });

  it('leave a whole array to the schema when one item is not certain', () => {
    expect(quickArray([{ at: 'a', by: 'b' }, { at: 'a', by: 'b' }], quickCheckIn)).toHaveLength(2);
    expect(quickArray([{ at: 'a', by: 'b' }, { at: 'a' }], quickCheckIn)).toBeUndefined();
    expect(quickArray({ length: 0 }, quickCheckIn)).toBeUndefined();
  });

  it('read a plan file exactly as the schema reads it, and words a bad assertion the same way', () => {
    const framework = departmentFramework();
    const [plan] = departmentPlans(framework, 1, '2026-03-01');
    const doc = JSON.parse(toFileJson({ ...plan!, checkIns: [{ at: '2026-02-01T10:00:00Z', by: 'a@example.com', notes: '' }], assessment: [...plan!.assessment, { competencyId: plan!.assessment[0]!.competencyId, level: 2, source: 'manager', date: '2026-02-02', evidence: '' }] }));
    delete doc.checkIns[0].notes;
    expect(JSON.stringify(readPlan(structuredClone(doc)))).toBe(JSON.stringify(PlanSchema.parse(structuredClone(doc))));
    doc.assessment[1].date = 'last spring';
    expect(() => readPlan(doc, 'p.plan.json')).toThrow('assessment[1].date: a date as YYYY-MM-DD');
  });
});
