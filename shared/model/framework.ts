// The framework: a department's roles, competencies, scales and the lattice of moves between roles.
import { z } from 'zod';
import { CompetencySchema, type Competency } from './competency';
import { RoleSchema, type Role } from './role';
import { DEFAULT_SCALE, ScaleSchema, type Scale } from './scale';
import { nameKey } from './names';

export const FRAMEWORK_KIND = 'trellis.framework';
/** 2: competencies carry level descriptors (files of version 1 are migrated on read). */
export const FRAMEWORK_SCHEMA_VERSION = 2;

export const TransitionTypeSchema = z.enum(['promotion', 'lateral', 'exploratory']);
export type TransitionType = z.infer<typeof TransitionTypeSchema>;

export const TransitionSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  type: TransitionTypeSchema,
  note: z.string().optional(),
});
export type Transition = z.infer<typeof TransitionSchema>;

export const SourceSchema = z.object({
  /** What it was read from: "csv", "xlsx", "google-sheet", "manual" … */
  format: z.string().default('manual'),
  /** File name, URL or spreadsheet id. */
  name: z.string().default(''),
  importedAt: z.string().optional(),
});

export const FrameworkBodySchema = z.object({
  kind: z.literal(FRAMEWORK_KIND),
  schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string().min(1),
  /** Bumped on every re-import; plans keep the version they were made against. */
  version: z.number().int().min(1).default(1),
  source: SourceSchema.default({ format: 'manual', name: '' }),
  scales: z.array(ScaleSchema).min(1).default([DEFAULT_SCALE]),
  defaultScaleId: z.string().default(DEFAULT_SCALE.id),
  competencies: z.array(CompetencySchema),
  roles: z.array(RoleSchema),
  /** Explicit moves; adjacent roles of a track are promotions without being listed. */
  transitions: z.array(TransitionSchema).default([]),
});

/** Cross-reference checks: unique names and ids, every reference resolves, promotions never loop. */
export const FrameworkSchema = FrameworkBodySchema.superRefine((fw, ctx) => {
  const scaleIds = new Set(fw.scales.map((s) => s.id));
  if (!scaleIds.has(fw.defaultScaleId)) ctx.addIssue({ code: 'custom', path: ['defaultScaleId'], message: `no scale has id "${fw.defaultScaleId}"` });
  const compIds = new Set<string>();
  const compNames = new Map<string, string>();
  fw.competencies.forEach((c, i) => {
    if (compIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['competencies', i, 'id'], message: `duplicate competency id "${c.id}"` });
    compIds.add(c.id);
    const key = nameKey(c.name);
    const earlier = compNames.get(key);
    if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['competencies', i, 'name'], message: `duplicate competency "${c.name}" (same as "${earlier}" ignoring case and spaces)` });
    compNames.set(key, c.name);
    if (c.scaleId && !scaleIds.has(c.scaleId)) ctx.addIssue({ code: 'custom', path: ['competencies', i, 'scaleId'], message: `no scale has id "${c.scaleId}"` });
  });
  // a required level lies on its competency's scale: -5 or 1e308 in a hand-edited file is said, not stored
  const rangeOfScale = new Map(fw.scales.map((s) => [s.id, [s.levels[0]!.rank, s.levels[s.levels.length - 1]!.rank] as const]));
  const scaleOfCompetency = new Map(fw.competencies.map((c) => [c.id, c.scaleId ?? fw.defaultScaleId]));
  const roleIds = new Set<string>();
  fw.roles.forEach((r, i) => {
    if (roleIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['roles', i, 'id'], message: `duplicate role id "${r.id}"` });
    roleIds.add(r.id);
    r.competencies.forEach((rc, j) => {
      if (!compIds.has(rc.competencyId)) ctx.addIssue({ code: 'custom', path: ['roles', i, 'competencies', j, 'competencyId'], message: `role "${r.title}" requires unknown competency "${rc.competencyId}"` });
      const range = rangeOfScale.get(scaleOfCompetency.get(rc.competencyId) ?? '');
      if (range && !(rc.level >= range[0] && rc.level <= range[1])) ctx.addIssue({ code: 'custom', path: ['roles', i, 'competencies', j, 'level'], message: `role "${r.title}" requires level ${rc.level} of "${rc.competencyId}", outside its scale (${range[0]} to ${range[1]})` });
    });
  });
  fw.transitions.forEach((t, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!roleIds.has(t[end])) ctx.addIssue({ code: 'custom', path: ['transitions', i, end], message: `transition names unknown role "${t[end]}"` });
    }
    if (t.from === t.to) ctx.addIssue({ code: 'custom', path: ['transitions', i], message: `transition from "${t.from}" to itself` });
  });
  const cycle = findPromotionCycle(fw as Framework);
  if (cycle) ctx.addIssue({ code: 'custom', path: ['transitions'], message: `promotions form a cycle: ${cycle.join(' → ')}; a promotion must lead upward` });
});
export type Framework = z.infer<typeof FrameworkBodySchema>;
export type FrameworkInput = z.input<typeof FrameworkBodySchema>;

/**
 * A copy of a framework made for one plan (a job description's role added to it) has the id "<framework>--<plan>";
 * slugs never hold "--", so the base framework's id is what comes before it.
 */
export function planFrameworkId(baseId: string, planId: string): string {
  return `${baseId}--${planId}`;
}

/** The id of the framework HR publishes that a framework is, or is a plan's copy of. */
export function baseFrameworkId(id: string): string {
  const cut = id.indexOf('--');
  return cut > 0 ? id.slice(0, cut) : id;
}

/** The roles of each track in rank order. */
export function tracksOf(framework: Pick<Framework, 'roles'>): Map<string, Role[]> {
  const tracks = new Map<string, Role[]>();
  for (const role of framework.roles) {
    const track = role.track || role.family || '';
    let list = tracks.get(track);
    if (!list) tracks.set(track, (list = []));
    list.push(role);
  }
  for (const list of tracks.values()) list.sort((a, b) => a.rank - b.rank);
  return tracks;
}

/**
 * Every move of the lattice: the explicit transitions, plus a promotion between each pair of
 * adjacent ranks in a track (unless an explicit transition already joins the pair).
 */
export function transitionsOf(framework: Pick<Framework, 'roles' | 'transitions'>): Transition[] {
  const all: Transition[] = [...framework.transitions];
  const seen = new Set(all.map((t) => `${t.from}\u0000${t.to}`));
  for (const roles of tracksOf(framework).values()) {
    for (let i = 0; i + 1 < roles.length; i++) {
      const from = roles[i]!;
      // every role at the next rank up is a promotion target (a track can fork at a rank)
      const nextRank = roles.find((r) => r.rank > from.rank)?.rank;
      if (nextRank === undefined) break;
      for (const to of roles.filter((r) => r.rank === nextRank)) {
        const key = `${from.id}\u0000${to.id}`;
        if (!seen.has(key)) {
          seen.add(key);
          all.push({ from: from.id, to: to.id, type: 'promotion' });
        }
      }
    }
  }
  return all;
}

function findPromotionCycle(fw: Framework): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const t of transitionsOf(fw)) {
    if (t.type !== 'promotion') continue;
    const list = next.get(t.from);
    if (list) list.push(t.to);
    else next.set(t.from, [t.to]);
  }
  // depth-first with an explicit stack: a track of thousands of roles is a chain that deep, and the call stack is not
  const state = new Map<string, 1 | 2>();
  for (const root of next.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const cursor: number[] = [0];
    state.set(root, 1);
    while (path.length) {
      const id = path[path.length - 1]!;
      const targets = next.get(id) ?? [];
      const k = cursor[cursor.length - 1]!;
      if (k >= targets.length) {
        state.set(id, 2);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = k + 1;
      const to = targets[k]!;
      if (state.get(to) === 1) return [...path.slice(path.indexOf(to)), to];
      if (!state.has(to)) {
        state.set(to, 1);
        path.push(to);
        cursor.push(0);
      }
    }
  }
  return undefined;
}

/** Lookups over a framework, built once and shared by the gap, route and plan logic. */
export interface FrameworkIndex {
  framework: Framework;
  competencyById: Map<string, Competency>;
  competencyByName: Map<string, Competency>;
  roleById: Map<string, Role>;
  roleByTitle: Map<string, Role[]>;
  scaleById: Map<string, Scale>;
  scaleOf(competencyId: string): Scale;
  transitions: Transition[];
}

const indexCache = new WeakMap<Framework, FrameworkIndex>();

export function indexFramework(framework: Framework): FrameworkIndex {
  const cached = indexCache.get(framework);
  if (cached) return cached;
  const scaleById = new Map(framework.scales.map((s) => [s.id, s]));
  const defaultScale = scaleById.get(framework.defaultScaleId) ?? framework.scales[0]!;
  const competencyById = new Map(framework.competencies.map((c) => [c.id, c]));
  const competencyByName = new Map<string, Competency>();
  for (const c of framework.competencies) {
    competencyByName.set(nameKey(c.name), c);
    for (const alias of c.aliases) if (!competencyByName.has(nameKey(alias))) competencyByName.set(nameKey(alias), c);
  }
  const roleByTitle = new Map<string, Role[]>();
  for (const r of framework.roles) {
    const key = nameKey(r.title);
    roleByTitle.set(key, [...(roleByTitle.get(key) ?? []), r]);
  }
  const index: FrameworkIndex = {
    framework,
    competencyById,
    competencyByName,
    roleById: new Map(framework.roles.map((r) => [r.id, r])),
    roleByTitle,
    scaleById,
    scaleOf: (id) => {
      const c = competencyById.get(id);
      return (c?.scaleId && scaleById.get(c.scaleId)) || defaultScale;
    },
    transitions: transitionsOf(framework),
  };
  indexCache.set(framework, index);
  return index;
}

export class UnknownRoleError extends Error {
  constructor(
    readonly query: string,
    readonly known: string[],
    readonly ambiguous = false,
  ) {
    const list = `${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`;
    super(ambiguous ? `role "${query}" is ambiguous; name one of: ${list}` : `no role "${query}" in the framework; known roles: ${list}`);
    this.name = 'UnknownRoleError';
  }
}

/** Finds a role by id or title (case- and space-insensitive); titles shared by several tracks need "Track / Title". */
export function findRole(framework: Framework, query: string): Role {
  const index = indexFramework(framework);
  const byId = index.roleById.get(query);
  if (byId) return byId;
  const matches = index.roleByTitle.get(nameKey(query)) ?? [];
  if (matches.length === 1) return matches[0]!;
  const slash = query.lastIndexOf('/');
  if (slash > 0) {
    const track = nameKey(query.slice(0, slash));
    const title = nameKey(query.slice(slash + 1));
    const hit = (index.roleByTitle.get(title) ?? []).filter((r) => nameKey(r.track) === track || nameKey(r.family) === track);
    if (hit.length === 1) return hit[0]!;
  }
  if (matches.length > 1) {
    throw new UnknownRoleError(query, matches.map((r) => `${r.track || r.family} / ${r.title}`), true);
  }
  throw new UnknownRoleError(query, framework.roles.map((r) => r.title));
}
