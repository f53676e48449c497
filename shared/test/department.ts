// A department-sized framework and team for benchmarks and screenshots: several tracks, dozens of competencies,
// thousands of plans at every stage, some late, some stale. Deterministic for a given seed.
import { FrameworkSchema, type Framework } from '../model/framework';
import { PlanSchema, type Plan } from '../model/plan';
import { DEFAULT_SCALE } from '../model/scale';
import { createPlan } from '../plan/generate';
import { addMonths } from '../plan/dates';
import { seeded } from './random';

const TRACKS = ['Engineering', 'Data', 'Design', 'Product'];
const TITLES = ['Associate', '', 'Senior', 'Staff', 'Principal', 'Distinguished'];
const AREAS = ['Craft', 'Delivery', 'People', 'Strategy', 'Domain'];

export function departmentFramework(competencyCount = 40): Framework {
  const random = seeded(7);
  const competencies = Array.from({ length: competencyCount }, (_, i) => ({
    id: `c${i + 1}`,
    name: `${AREAS[i % AREAS.length]} competency ${i + 1}`,
    kind: (['knowledge', 'skill', 'ability'] as const)[i % 3],
    category: AREAS[i % AREAS.length],
  }));
  const roles = TRACKS.flatMap((track, t) =>
    TITLES.map((title, r) => {
      const picks = new Set<number>();
      while (picks.size < 12) picks.add((t * 9 + Math.floor(random() * 24)) % competencyCount);
      return {
        id: `${track.toLowerCase()}-${r + 1}`,
        title: `${title ? `${title} ` : ''}${track === 'Engineering' ? 'Engineer' : track === 'Data' ? 'Data Scientist' : track === 'Design' ? 'Designer' : 'Product Manager'}`,
        track,
        rank: r + 1,
        management: false,
        responsibilities: [`Deliver ${track.toLowerCase()} work at level ${r + 1}`, `Grow others at level ${r + 1}`],
        competencies: [...picks].map((c) => ({ competencyId: `c${c + 1}`, level: Math.min(5, 1 + Math.floor((r + 1) * 0.7 + random())), importance: 1 + Math.floor(random() * 5) })),
      };
    }),
  );
  const transitions = TRACKS.flatMap((track, t) => {
    const next = TRACKS[(t + 1) % TRACKS.length]!.toLowerCase();
    return [
      { from: `${track.toLowerCase()}-3`, to: `${next}-3`, type: 'lateral' as const },
      { from: `${track.toLowerCase()}-2`, to: `${next}-2`, type: 'exploratory' as const },
    ];
  });
  return FrameworkSchema.parse({ kind: 'trellis.framework', schemaVersion: 2, id: 'dept', name: 'Department', version: 1, scales: [DEFAULT_SCALE], competencies, roles, transitions });
}

/** `count` plans against `framework`, across `managers` managers, started over the year before `today`. */
export function departmentPlans(framework: Framework, count: number, today: string, managers = Math.ceil(count / 8)): Plan[] {
  const random = seeded(11);
  // a few dozen drafted plans, cloned with new people and dates: drafting every plan is not what is measured
  const templates: Plan[] = [];
  for (let i = 0; i < 48; i++) {
    const track = TRACKS[i % TRACKS.length]!.toLowerCase();
    const from = 1 + (i % 4);
    const to = Math.min(6, from + 1 + (i % 2));
    const current = framework.roles.find((r) => r.id === `${track}-${from}`)!;
    const assessment = current.competencies.map((c) => ({ competencyId: c.competencyId, level: Math.max(1, c.level - (i % 3 === 0 ? 1 : 0)), source: 'manager' as const, date: '2025-06-01', evidence: '' }));
    templates.push(createPlan({ id: `t${i}`, framework, employee: { name: 'T' }, manager: { name: 'M' }, currentRoleId: current.id, targetRoleId: `${track}-${to}`, assessment, by: 'T', now: '2025-06-01T09:00:00.000Z', horizonMonths: 9 + (i % 12) }));
  }
  // templates are drafted on 2025-06-01; each clone starts up to a year before today
  const sinceTemplates = (Number(today.slice(0, 4)) - 2025) * 12 + Number(today.slice(5, 7)) - 6;
  const stages: Plan['stage'][] = ['active', 'active', 'active', 'approved', 'draft-plan', 'leadership-review', 'achieved'];
  return Array.from({ length: count }, (_, i) => {
    const t = templates[i % templates.length]!;
    const startOffset = -Math.floor(random() * 12);
    const start = addMonths(today, startOffset);
    const shift = (d: string) => addMonths(d.slice(0, 10), sinceTemplates + startOffset);
    const done = Math.floor(random() * t.milestones.length * 0.6);
    const lastCheckIn = Math.floor(random() * 120);
    const checkIn = new Date(Date.parse(`${today}T10:00:00Z`) - lastCheckIn * 86_400_000).toISOString();
    return PlanSchema.parse({
      ...t,
      id: `person-${i + 1}`,
      employee: { name: `Person ${i + 1}`, email: `person${i + 1}@example.com` },
      manager: { name: `Manager ${(i % managers) + 1}` },
      createdAt: `${start}T09:00:00.000Z`,
      updatedAt: checkIn,
      stage: stages[i % stages.length],
      milestones: t.milestones.map((m, k) => ({ ...m, due: shift(m.due), ...(k < done ? { status: 'done', completedAt: `${shift(m.due)}T12:00:00.000Z` } : {}) })),
      actions: t.actions.map((a) => ({ ...a, ...(a.due ? { due: shift(a.due) } : {}) })),
      checkIns: lastCheckIn < 100 ? [{ at: checkIn, by: 'manager', notes: '' }] : [],
    });
  });
}
