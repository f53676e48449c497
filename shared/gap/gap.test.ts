import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapAnalysis, readinessFor, roleDiff } from './gap';
import { personLevels } from './levels';
import { indexFramework } from '../model/framework';
import { assertion, testFramework } from '../test/fixtures';
import { frameworkArb, levelsArb } from '../test/arbitraries';

describe('gap analysis', () => {
  const fw = testFramework();
  const senior = indexFramework(fw).roleById.get('senior')!;

  it('compares effective levels with the role, weighting by importance, listing the unassessed as such', () => {
    const { levels, detail } = personLevels(fw, [
      assertion('code', 3, 'self', '2026-01-01'),
      assertion('code', 4, 'manager', '2026-02-01'),
      assertion('design', 1, 'manager'),
      assertion('comms', 5, 'self'),
      assertion('comms', 3, 'manager'),
    ]);
    const a = gapAnalysis(fw, senior, levels, detail);
    const byId = Object.fromEntries(a.items.map((i) => [i.competencyId, i]));
    expect(byId.code).toMatchObject({ current: 4, required: 4, gap: 0, status: 'met' });
    expect(byId.design).toMatchObject({ current: 1, required: 3, gap: 2, importance: 4, weightedGap: 8, status: 'gap', requiredName: 'Competent' });
    expect(byId.mentor).toMatchObject({ current: null, currentName: 'not assessed', status: 'not-assessed', gap: 2 });
    expect(byId.comms).toMatchObject({ current: 3, status: 'met', disagreement: true });
    // unassessed domain knowledge counts from not-yet: 3 steps × 3 outweighs design's 2 steps × 4
    expect(a.gaps.map((i) => i.competencyId)).toEqual(['domain', 'design', 'mentor']);
    expect(a.notAssessed.map((i) => i.competencyId).sort()).toEqual(['domain', 'mentor']);
    expect(a.strengths.map((i) => i.competencyId)).toEqual(['code', 'comms']);
    expect(a.disagreements.map((i) => i.competencyId)).toEqual(['comms']);
    // code 4/4 (5) + design 1 of 3 steps (4 × 1/3) + comms 3/3 (3), of 5 + 4 + 3 + 3 + 3
    expect(a.readiness).toBeCloseTo((5 + 4 / 3 + 3) / 18, 10);
  });

  it('says what changes from one level to the next', () => {
    const index = indexFramework(fw);
    const diff = roleDiff(fw, index.roleById.get('eng2')!, senior);
    const change = Object.fromEntries(diff.items.map((i) => [i.competencyId, i.change]));
    expect(change).toEqual({ mentor: 'added', code: 'raised', design: 'raised', domain: 'raised', comms: 'raised' });
    expect(diff.items.find((i) => i.competencyId === 'mentor')).toMatchObject({ from: null, fromName: '—', to: 2, toName: 'Advanced beginner' });
    expect(diff.responsibilitiesAdded).toEqual(senior.responsibilities);
  });

  it('properties: readiness in [0, 1], 1 exactly when nothing is left to close, items split into gaps and strengths', () => {
    fc.assert(
      fc.property(frameworkArb.chain((f) => fc.tuple(fc.constant(f), levelsArb(f), fc.nat())), ([f, levels, pick]) => {
        const role = f.roles[pick % f.roles.length]!;
        const a = gapAnalysis(f, role, levels);
        expect(a.readiness).toBeGreaterThanOrEqual(0);
        expect(a.readiness).toBeLessThanOrEqual(1 + 1e-12);
        expect(a.readiness === 1).toBe(a.gaps.length === 0);
        expect(a.gaps.length + a.strengths.length).toBe(role.competencies.length);
        expect(readinessFor(f, role, levels)).toBeCloseTo(a.readiness, 12);
        for (const item of a.items) {
          expect(item.weightedGap).toBe(item.gap * item.importance);
          expect(item.current === null).toBe(!levels.has(item.competencyId));
          if (item.current !== null) expect(item.gap).toBe(Math.max(0, item.required - item.current));
          else expect(item.status).toBe('not-assessed');
        }
        // gaps: largest weighted gap, then larger gap, then by name; strengths: most important, then by name
        const inOrder = (x: number[], y: number[]) => {
          const k = x.findIndex((v, j) => v !== y[j]);
          return k < 0 || x[k]! < y[k]!;
        };
        const name = (g: { competency: string }) => a.items.map((i) => i.competency).sort((p, q) => p.localeCompare(q)).indexOf(g.competency);
        for (let i = 1; i < a.gaps.length; i++) {
          const [p, q] = [a.gaps[i - 1]!, a.gaps[i]!];
          expect(inOrder([-p.weightedGap, -p.gap, name(p)], [-q.weightedGap, -q.gap, name(q)])).toBe(true);
        }
        for (let i = 1; i < a.strengths.length; i++) {
          const [p, q] = [a.strengths[i - 1]!, a.strengths[i]!];
          expect(inOrder([-p.importance, name(p)], [-q.importance, name(q)])).toBe(true);
        }
      }),
    );
  });

  it('properties: raising one level never lowers readiness nor widens a gap', () => {
    fc.assert(
      fc.property(frameworkArb.chain((f) => fc.tuple(fc.constant(f), levelsArb(f), fc.nat(), fc.nat())), ([f, levels, pick, which]) => {
        const role = f.roles[pick % f.roles.length]!;
        const id = f.competencies[which % f.competencies.length]!.id;
        const raised = new Map(levels);
        raised.set(id, Math.min(5, (levels.get(id) ?? 0) + 1));
        const before = gapAnalysis(f, role, levels);
        const after = gapAnalysis(f, role, raised);
        expect(after.readiness).toBeGreaterThanOrEqual(before.readiness - 1e-12);
        expect(after.totalWeightedGap).toBeLessThanOrEqual(before.totalWeightedGap);
      }),
    );
  });
});
