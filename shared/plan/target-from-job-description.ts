// The target of a career plan taken from a job description: which level of a job-family page, the framework's role it is, or the role added to a copy of the framework made for this plan.
import type { ExtractedRole, JobDescriptionResult } from '../ingest/job-description';
import { seniorityOf } from '../ingest/jd/fields';
import { frameworkRoleFor, normalisedTitle } from '../ingest/jd/title-match';
import { roleForFramework } from '../ingest/jd/to-role';
import { FrameworkSchema, indexFramework, planFrameworkId, type Framework, type Transition } from '../model/framework';
import { nameKey, slugify } from '../model/names';
import type { Role } from '../model/role';

export type RoleChoice = { role: ExtractedRole } | { choices: ExtractedRole[]; suggestion: ExtractedRole; unmatched?: string };

/**
 * The role of a job description a plan aims at. One role: that one. A job-family page: the level
 * `wanted` names (its title, or the framework role it is); without one, the choices, suggesting the
 * level just above the person's current seniority. Never silently the first, most junior, level.
 */
export function chooseJobDescriptionRole(result: JobDescriptionResult, options: { wanted?: string; current?: Role; framework?: Framework } = {}): RoleChoice {
  const { roles } = result;
  if (roles.length === 1) return { role: roles[0]! };
  const { wanted, current, framework } = options;
  if (wanted) {
    const key = normalisedTitle(wanted);
    const byTitle = roles.filter((r) => nameKey(r.title) === nameKey(wanted) || normalisedTitle(r.title) === key);
    if (byTitle.length === 1) return { role: byTitle[0]! };
    // "--target 'Senior Engineer'" on a page of backend levels: the level that is the framework's Senior Engineer
    const byFrameworkRole = framework ? roles.filter((r) => frameworkRoleFor(r, framework) && normalisedTitle(frameworkRoleFor(r, framework)!.title) === key) : [];
    if (byFrameworkRole.length === 1) return { role: byFrameworkRole[0]! };
  }
  const order = current ? (seniorityOf(current.title)?.order ?? current.rank) : 0;
  const above = roles.filter((r) => !r.management && (r.levelOrder ?? 0) > order).sort((a, b) => (a.levelOrder ?? 0) - (b.levelOrder ?? 0));
  const suggestion = above[0] ?? roles[Math.min(1, roles.length - 1)]!;
  return wanted ? { choices: roles, suggestion, unmatched: wanted } : { choices: roles, suggestion };
}

export interface JobDescriptionTarget {
  /** The framework the plan is made against: the one given, or a copy of it with the job description's role. */
  framework: Framework;
  target: Role;
  /** Whether `framework` is a new copy (to be saved beside the plan). */
  changed: boolean;
  /** What was done, in a sentence for the person. */
  summary: string;
  /** The framework's own role the job description is, when it is one. */
  frameworkRole?: Role;
  /** Competencies the copy gained from the job description (its catalogue had no words for them). */
  addedCompetencies: string[];
  /** True when nothing the role asks for could be measured: readiness against it means nothing. */
  unmeasured: boolean;
}

export class TargetPlacementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetPlacementError';
  }
}

export interface TargetOptions {
  /** The plan's id for a target: the framework copy is named after it, so each plan keeps the framework it was made against. */
  planId: (target: Role) => string;
  /** The job description's file or document name, for the copy's source and the notes. */
  source: string;
  /** The format it was read from ("markdown", "docx", "google-doc" …). */
  format: string;
  now: string;
}

/** Whether `to` can be reached from `from` by the framework's moves (promotions included). */
function reachable(framework: Framework, from: string, to: string): boolean {
  const out = new Map<string, string[]>();
  for (const t of indexFramework(framework).transitions) out.set(t.from, [...(out.get(t.from) ?? []), t.to]);
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) return true;
    for (const next of out.get(id) ?? []) if (!seen.has(next)) (seen.add(next), queue.push(next));
  }
  return false;
}

/** A copy of the framework for one plan: its own id ("engineering--alex-senior-engineer") so it never replaces another plan's. */
function planFramework(base: Framework, target: Role, changes: Partial<Framework>, options: TargetOptions): Framework {
  return FrameworkSchema.parse({
    ...base,
    ...changes,
    id: planFrameworkId(base.id, options.planId(target)),
    // the base's version plus this change: "engineering--alex-staff-engineer" v3 is engineering v2 with the role added
    version: base.version + 1,
    name: `${base.name} + ${target.title}`,
    source: { format: options.format, name: `${options.source} (added to ${base.id} v${base.version})`, importedAt: options.now },
  });
}

/**
 * The target role of a plan from a job description's role. The framework's own role when it is one
 * (given the job description's duties and summary when the framework has none, so the plan's goals come
 * from it); else the role added to a copy of the framework: on the track its title and seniority place
 * it, reached by promotions, or on a track of its own reached by a lateral move, with what it asks for
 * as competencies when the catalogue cannot measure it.
 */
export function targetFromJobDescription(extracted: ExtractedRole, base: Framework, current: Role, options: TargetOptions): JobDescriptionTarget {
  const same = frameworkRoleFor(extracted, base);
  if (same) {
    const { role: fromJd } = roleForFramework(extracted, base);
    if (same.responsibilities.length && same.summary) {
      return { framework: base, target: same, changed: false, frameworkRole: same, addedCompetencies: [], unmeasured: !same.competencies.length, summary: `"${extracted.title}" is the framework's role "${same.title}"; using it as the target` };
    }
    // the framework's levels stay HR's; the job description fills in what the matrix never says
    const target: Role = {
      ...same,
      summary: same.summary || fromJd.summary,
      responsibilities: same.responsibilities.length ? same.responsibilities : fromJd.responsibilities,
      requirements: same.requirements.required.length || same.requirements.preferred.length ? same.requirements : fromJd.requirements,
      reportsTo: same.reportsTo || fromJd.reportsTo,
      location: same.location || fromJd.location,
    };
    const framework = planFramework(base, target, { roles: base.roles.map((r) => (r.id === same.id ? target : r)) }, options);
    return { framework, target, changed: true, frameworkRole: same, addedCompetencies: [], unmeasured: !target.competencies.length, summary: `"${extracted.title}" is the framework's role "${same.title}"; using it as the target, with the job description's responsibilities` };
  }

  const addition = roleForFramework(extracted, base);
  const ids = new Set(base.roles.map((r) => r.id));
  let id = addition.role.id || slugify(addition.role.title);
  for (let n = 2; ids.has(id); n++) id = `${slugify(addition.role.title)}-${n}`;
  const target: Role = { ...addition.role, id };
  const sameTrack = nameKey(target.track) === nameKey(current.track);
  if (sameTrack && target.rank < current.rank) {
    throw new TargetPlacementError(`"${target.title}" sits at rank ${target.rank} of the ${target.track} track, below ${current.title} (rank ${current.rank}): a plan leads upward or across. Choose a more senior role`);
  }
  const transitions: Transition[] = [...base.transitions];
  const withRole = { ...base, roles: [...base.roles, target] };
  // beside the person's level on their track, or on another track the lattice does not reach: a lateral move
  const lateral = (sameTrack && target.rank === current.rank) || (!sameTrack && !reachable(withRole, current.id, id));
  if (lateral) transitions.push({ from: current.id, to: id, type: 'lateral', note: `added from ${options.source}` });
  const framework = planFramework(base, target, { competencies: [...base.competencies, ...addition.competencies], roles: withRole.roles, transitions }, options);
  const catalogue = new Set(base.competencies.map((c) => c.id));
  const matched = target.competencies.filter((c) => catalogue.has(c.competencyId)).length;
  const added = addition.competencies.map((c) => c.name);
  const where = addition.place.own ? `a track of its own (${target.track})` : `the ${target.track} track at rank ${target.rank}`;
  const summary = `"${target.title}" is not in the framework; added it to ${where}${lateral ? `, with a lateral move from ${current.title}` : ''} (${matched} competencies matched${added.length ? `; ${added.length} added from the job description: ${added.join(', ')}` : ''})`;
  return { framework, target, changed: true, addedCompetencies: added, unmeasured: !target.competencies.length, summary };
}
