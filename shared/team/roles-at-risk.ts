// Succession risk: roles a person could move into but that have one or nobody ready within 12 months.
import type { RolePipeline } from './talent-pipeline';

export interface RoleAtRisk {
  pipeline: RolePipeline;
  /** "nobody" is the higher risk: no successor at all; "one": a single point of failure. */
  risk: 'nobody' | 'one';
  /** Why, in a sentence for the report. */
  reason: string;
}

/** Roles with at most one person in their pipeline; entry roles (filled by hiring) are left out. */
export function rolesAtRisk(pipelines: readonly RolePipeline[]): RoleAtRisk[] {
  const out: RoleAtRisk[] = [];
  for (const p of pipelines) {
    if (p.entryRole || p.inPipeline > 1) continue;
    const later = p.bands.later.length;
    const laterText = later ? `; ${later} further out or without dated milestones` : '';
    if (p.inPipeline === 0) out.push({ pipeline: p, risk: 'nobody', reason: `nobody ready now or within 12 months${laterText}` });
    else {
      const who = [...p.bands['ready-now'], ...p.bands['within-6-months'], ...p.bands['within-12-months']][0]!;
      out.push({ pipeline: p, risk: 'one', reason: `only ${who.employee} (${who.band.replace(/-/g, ' ')})${laterText}` });
    }
  }
  return out.sort((a, b) => (a.risk === b.risk ? 0 : a.risk === 'nobody' ? -1 : 1) || b.pipeline.rank - a.pipeline.rank || a.pipeline.title.localeCompare(b.pipeline.title));
}
