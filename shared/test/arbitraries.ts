// fast-check generators of frameworks and levels, for the property tests of the gap and route logic.
import fc from 'fast-check';
import { FrameworkSchema, type Framework, type TransitionType } from '../model/framework';
import { DEFAULT_SCALE } from '../model/scale';

export interface FrameworkShape {
  tracks: number;
  rolesPerTrack: number[];
  competencies: number;
  requirements: { role: number; competency: number; level: number; importance: number }[];
  extraMoves: { from: number; to: number; type: TransitionType }[];
}

/** A framework of 1–3 tracks, up to 9 roles, up to 6 competencies, random requirements and up to `maxMoves` lateral/exploratory moves. */
export const frameworkArbitrary = ({ maxMoves = 12, size = 'small' as fc.SizeForArbitrary } = {}): fc.Arbitrary<Framework> =>
  fc
  .record({
    rolesPerTrack: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    competencies: fc.integer({ min: 1, max: 6 }),
    requirements: fc.array(fc.record({ role: fc.nat(), competency: fc.nat(), level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }) }), { maxLength: 30 }),
    extraMoves: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.constantFrom<TransitionType>('lateral', 'exploratory') }), { maxLength: maxMoves, size }),
  })
  .map((shape) => buildFramework({ ...shape, tracks: shape.rolesPerTrack.length }));

export const frameworkArb = frameworkArbitrary();

export function buildFramework(shape: FrameworkShape): Framework {
  const roles: { id: string; title: string; track: string; rank: number; competencies: { competencyId: string; level: number; importance: number }[] }[] = [];
  shape.rolesPerTrack.forEach((count, t) => {
    for (let r = 1; r <= count; r++) roles.push({ id: `t${t}r${r}`, title: `Track ${t} role ${r}`, track: `Track ${t}`, rank: r, competencies: [] });
  });
  for (const req of shape.requirements) {
    const role = roles[req.role % roles.length]!;
    const competencyId = `c${req.competency % shape.competencies}`;
    if (!role.competencies.some((c) => c.competencyId === competencyId)) role.competencies.push({ competencyId, level: req.level, importance: req.importance });
  }
  const seen = new Set<string>();
  const transitions = shape.extraMoves
    .map((m) => ({ from: roles[m.from % roles.length]!.id, to: roles[m.to % roles.length]!.id, type: m.type }))
    .filter((m) => m.from !== m.to && !seen.has(`${m.from}>${m.to}`) && seen.add(`${m.from}>${m.to}`));
  return FrameworkSchema.parse({
    kind: 'trellis.framework',
    schemaVersion: 2,
    id: 'fw',
    name: 'Generated',
    scales: [DEFAULT_SCALE],
    competencies: Array.from({ length: shape.competencies }, (_, i) => ({ id: `c${i}`, name: `Competency ${i}`, kind: (['knowledge', 'skill', 'ability'] as const)[i % 3] })),
    roles,
    transitions,
  });
}

/** Effective levels for some of a framework's competencies (absent = not assessed); 0 is "not yet". */
export function levelsArb(framework: Framework): fc.Arbitrary<Map<string, number>> {
  return fc
    .array(fc.tuple(fc.constantFrom(...framework.competencies.map((c) => c.id)), fc.integer({ min: 0, max: 5 })), { maxLength: framework.competencies.length })
    .map((pairs) => new Map(pairs));
}
