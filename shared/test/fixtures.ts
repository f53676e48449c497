// A small, realistic framework for the core's tests: two tracks, a management track, lateral and exploratory moves.
import { FrameworkSchema, type Framework, type FrameworkInput } from '../model/framework';
import { DEFAULT_SCALE } from '../model/scale';
import type { Assertion } from '../model/assessment';
import type { Person } from '../model/person';

export const ALEX: Person = { name: 'Alex Rivera', email: 'alex@example.com' };
export const DANA: Person = { name: 'Dana Lee', email: 'dana@example.com' };
export const MORGAN: Person = { name: 'Morgan Chen', email: 'morgan@example.com' };
export const SAM: Person = { name: 'Sam Okoro', email: 'sam@example.com' };

export function testFramework(overrides: Partial<FrameworkInput> = {}): Framework {
  const req = (competencyId: string, level: number, importance = 3) => ({ competencyId, level, importance });
  return FrameworkSchema.parse({
    kind: 'trellis.framework',
    schemaVersion: 2,
    id: 'eng',
    name: 'Engineering',
    scales: [DEFAULT_SCALE],
    competencies: [
      { id: 'code', name: 'Coding', kind: 'skill', category: 'Craft' },
      { id: 'design', name: 'System design', kind: 'skill', category: 'Craft' },
      { id: 'domain', name: 'Domain knowledge', kind: 'knowledge', category: 'Knowledge' },
      { id: 'comms', name: 'Communication', kind: 'ability', category: 'People' },
      { id: 'mentor', name: 'Mentoring', kind: 'skill', category: 'People' },
      { id: 'product', name: 'Product sense', kind: 'knowledge', category: 'Product' },
    ],
    roles: [
      { id: 'eng1', title: 'Engineer I', track: 'Engineering', rank: 1, competencies: [req('code', 2), req('domain', 1), req('comms', 2)], responsibilities: ['Ship small features'] },
      { id: 'eng2', title: 'Engineer II', track: 'Engineering', rank: 2, competencies: [req('code', 3), req('design', 2), req('domain', 2), req('comms', 2)], responsibilities: ['Own features end to end'] },
      { id: 'senior', title: 'Senior Engineer', track: 'Engineering', rank: 3, competencies: [req('code', 4, 5), req('design', 3, 4), req('domain', 3), req('comms', 3), req('mentor', 2)], responsibilities: ['Lead projects across teams', 'Mentor engineers', 'Shape technical direction'] },
      { id: 'staff', title: 'Staff Engineer', track: 'Engineering', rank: 4, competencies: [req('code', 4), req('design', 5, 5), req('domain', 4), req('comms', 4), req('mentor', 3)], responsibilities: ['Set technical strategy'] },
      { id: 'em', title: 'Engineering Manager', track: 'Management', rank: 1, management: true, competencies: [req('comms', 4, 5), req('mentor', 4, 4), req('design', 3), req('domain', 3)], responsibilities: ['Grow the team'] },
      { id: 'pm', title: 'Product Manager', track: 'Product', rank: 1, competencies: [req('product', 4, 5), req('comms', 4), req('domain', 3)], responsibilities: ['Own the roadmap'] },
    ],
    transitions: [
      { from: 'senior', to: 'em', type: 'lateral' },
      { from: 'eng2', to: 'pm', type: 'exploratory' },
      { from: 'pm', to: 'em', type: 'lateral' },
    ],
    ...overrides,
  });
}

export function assertion(competencyId: string, level: number, source: Assertion['source'] = 'manager', date = '2026-01-10'): Assertion {
  return { competencyId, level, source, date, evidence: '' };
}
