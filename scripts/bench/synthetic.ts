// Deterministic synthetic data for the benches: a large framework (tracks of ranked roles, lateral and exploratory
// moves across tracks) and employees' assessments, from a seeded generator so every run measures the same work.
import { FrameworkSchema, type Framework } from '../../shared/model/framework';
import type { Assertion } from '../../shared/model/assessment';
import { DEFAULT_SCALE } from '../../shared/model/scale';
import { seeded } from '../../shared/test/random';

export interface SyntheticFrameworkOptions {
  roles: number;
  competencies: number;
  /** Roles per track (ranks 1..n). */
  rolesPerTrack: number;
  /** Competencies each role requires. */
  requirementsPerRole: number;
  /** Extra lateral and exploratory moves across tracks. */
  crossMoves: number;
  seed?: number;
}

export function syntheticFramework(o: SyntheticFrameworkOptions): Framework {
  const rand = seeded(o.seed ?? 1);
  const competencies = Array.from({ length: o.competencies }, (_, i) => ({ id: `c${i}`, name: `Competency ${i}`, kind: (['knowledge', 'skill', 'ability'] as const)[i % 3], category: `Area ${i % 12}` }));
  const tracks = Math.ceil(o.roles / o.rolesPerTrack);
  const roles = [];
  for (let r = 0; r < o.roles; r++) {
    const track = Math.floor(r / o.rolesPerTrack);
    const rank = (r % o.rolesPerTrack) + 1;
    // a track draws on its own band of competencies, so neighbouring roles share most requirements
    const start = Math.floor(rand() * o.competencies);
    const reqs = [];
    for (let k = 0; k < o.requirementsPerRole; k++) {
      reqs.push({ competencyId: `c${(start + k * 3) % o.competencies}`, level: Math.min(5, 1 + Math.floor(rand() * 2) + Math.floor(rank / 2)), importance: 1 + Math.floor(rand() * 5) });
    }
    const unique = [...new Map(reqs.map((q) => [q.competencyId, q])).values()];
    roles.push({ id: `r${r}`, title: `Role ${r}`, track: `Track ${track}`, rank, competencies: unique });
  }
  const transitions = [];
  const seen = new Set<string>();
  while (transitions.length < o.crossMoves) {
    const from = Math.floor(rand() * o.roles);
    const to = Math.floor(rand() * o.roles);
    if (from === to || Math.floor(from / o.rolesPerTrack) === Math.floor(to / o.rolesPerTrack) || seen.has(`${from}>${to}`)) continue;
    seen.add(`${from}>${to}`);
    transitions.push({ from: `r${from}`, to: `r${to}`, type: rand() < 0.7 ? ('lateral' as const) : ('exploratory' as const) });
  }
  return FrameworkSchema.parse({ kind: 'trellis.framework', schemaVersion: 2, id: 'synthetic', name: `Synthetic ${o.roles}×${o.competencies} (${tracks} tracks)`, scales: [DEFAULT_SCALE], competencies, roles, transitions });
}

/** An employee's assessment history: self and manager assertions for `count` competencies, some assessed twice. */
export function syntheticAssessment(rand: () => number, competencies: number, count: number): Assertion[] {
  const out: Assertion[] = [];
  const start = Math.floor(rand() * competencies);
  for (let k = 0; k < count; k++) {
    const competencyId = `c${(start + k * 3) % competencies}`;
    const level = 1 + Math.floor(rand() * 5);
    out.push({ competencyId, level, source: 'self', date: '2026-03-01', evidence: '' });
    if (rand() < 0.6) out.push({ competencyId, level: Math.max(1, level - Math.floor(rand() * 3)), source: 'manager', date: '2026-04-01', evidence: '' });
  }
  return out;
}
