// Gap analysis: what stands between a person and a role, competency by competency, and how ready they are.
import { indexFramework, type Framework, type FrameworkIndex } from '../model/framework';
import type { Competency, CompetencyKind } from '../model/competency';
import type { Role, RoleCompetency } from '../model/role';
import { levelName, type Scale } from '../model/scale';
import type { EffectiveLevel } from '../model/assessment';
import type { LevelMap } from './levels';
import { stepIndex, type StepIndex } from './scale-steps';

export type GapStatus = 'gap' | 'met' | 'not-assessed';

export interface GapItem {
  competencyId: string;
  competency: string;
  kind: CompetencyKind;
  category: string;
  /** Effective current rank; null when nobody has assessed it (never silently zero). */
  current: number | null;
  currentName: string;
  required: number;
  requiredName: string;
  /** Scale steps still to climb (from not-yet when unassessed); 0 when met. */
  gap: number;
  importance: number;
  /** gap × importance: what orders the work. */
  weightedGap: number;
  status: GapStatus;
  /** Self and manager disagree by 2+ steps here. */
  disagreement: boolean;
}

export interface GapAnalysis {
  roleId: string;
  roleTitle: string;
  /** 0–1: importance-weighted share of the required levels reached (unassessed counts as not reached). */
  readiness: number;
  items: GapItem[];
  /** Items still to close, largest weighted gap first (unassessed ones included, marked as such). */
  gaps: GapItem[];
  /** Requirements met or exceeded. */
  strengths: GapItem[];
  notAssessed: GapItem[];
  disagreements: GapItem[];
  totalWeightedGap: number;
}

/**
 * What a role asks for, compiled once per role: everything about each requirement that does not depend on the
 * person (names, scale positions, the alphabetical order used to break ties), so analysing thousands of people
 * against one framework does only the per-person arithmetic.
 */
interface CompiledRole {
  requirements: RoleCompetency[];
  competency: (Competency | undefined)[];
  steps: StepIndex[];
  scale: Scale[];
  /** Scale position of the required level, and the span from not-yet up to it. */
  requiredPosition: Int16Array;
  span: Int16Array;
  requiredName: string[];
  /** Name of each rank a person may hold, per requirement's scale (levelName, memoised). */
  nameOf: ((rank: number | null) => string)[];
  /** Alphabetical rank of each requirement's competency name, for stable tie-breaks without string compares. */
  nameOrder: Int32Array;
  totalImportance: number;
}

const compiledRoles = new WeakMap<Role, CompiledRole>();
const levelNameCache = new WeakMap<Scale, (rank: number | null) => string>();

/** levelName for one scale, remembering the names of the ranks it has seen. */
function levelNames(scale: Scale): (rank: number | null) => string {
  let lookup = levelNameCache.get(scale);
  if (!lookup) {
    const names = new Map<number | null, string>();
    lookup = (rank) => {
      let name = names.get(rank);
      if (name === undefined) names.set(rank, (name = levelName(scale, rank)));
      return name;
    };
    levelNameCache.set(scale, lookup);
  }
  return lookup;
}

function compileRole(index: FrameworkIndex, role: Role): CompiledRole {
  const hit = compiledRoles.get(role);
  if (hit) return hit;
  const requirements = role.competencies;
  const n = requirements.length;
  const competency = requirements.map((r) => index.competencyById.get(r.competencyId));
  const scale = requirements.map((r) => index.scaleOf(r.competencyId));
  const steps = scale.map(stepIndex);
  const requiredPosition = new Int16Array(n);
  const span = new Int16Array(n);
  requirements.forEach((r, i) => {
    requiredPosition[i] = steps[i]!.position(r.level);
    span[i] = requiredPosition[i]! - steps[i]!.position(steps[i]!.notYet);
  });
  const names = requirements.map((r, i) => competency[i]?.name ?? r.competencyId);
  const byName = names.map((_, i) => i).sort((a, b) => names[a]!.localeCompare(names[b]!));
  const nameOrder = new Int32Array(n);
  byName.forEach((i, rank) => (nameOrder[i] = rank));
  const compiled: CompiledRole = {
    requirements,
    competency,
    steps,
    scale,
    requiredPosition,
    span,
    requiredName: requirements.map((r, i) => levelName(scale[i]!, r.level)),
    nameOf: scale.map(levelNames),
    nameOrder,
    totalImportance: requirements.reduce((sum, r) => sum + r.importance, 0),
  };
  compiledRoles.set(role, compiled);
  return compiled;
}

/**
 * Compares a person's effective levels with what a role requires.
 * `detail` (from personLevels) adds the disagreement flags; it is optional for callers that only have levels.
 */
export function gapAnalysis(
  framework: Framework,
  role: Role,
  levels: LevelMap,
  detail?: ReadonlyMap<string, EffectiveLevel>,
): GapAnalysis {
  const c = compileRole(indexFramework(framework), role);
  const n = c.requirements.length;
  const items: GapItem[] = new Array(n);
  const open: number[] = [];
  const met: number[] = [];
  let reached = 0;
  let totalWeightedGap = 0;
  for (let i = 0; i < n; i++) {
    const req = c.requirements[i]!;
    const current = levels.get(req.competencyId);
    const assessed = current !== undefined;
    const steps = c.steps[i]!;
    const gap = Math.max(0, c.requiredPosition[i]! - (assessed ? steps.position(current) : -1));
    const span = c.span[i]!;
    reached += span > 0 ? (req.importance * (assessed ? Math.max(0, Math.min(span, span - gap)) : 0)) / span : req.importance;
    const competency = c.competency[i];
    const item: GapItem = {
      competencyId: req.competencyId,
      competency: competency?.name ?? req.competencyId,
      kind: competency?.kind ?? 'skill',
      category: competency?.category ?? '',
      current: assessed ? current : null,
      currentName: c.nameOf[i]!(assessed ? current : null),
      required: req.level,
      requiredName: c.requiredName[i]!,
      gap,
      importance: req.importance,
      weightedGap: gap * req.importance,
      status: !assessed ? 'not-assessed' : gap > 0 ? 'gap' : 'met',
      disagreement: detail?.get(req.competencyId)?.disagreement ?? false,
    };
    items[i] = item;
    totalWeightedGap += item.weightedGap;
    (item.status === 'met' ? met : open).push(i);
  }
  // largest weighted gap first, then the larger gap, then by name; strengths by importance, then by name
  open.sort((a, b) => items[b]!.weightedGap - items[a]!.weightedGap || items[b]!.gap - items[a]!.gap || c.nameOrder[a]! - c.nameOrder[b]!);
  met.sort((a, b) => items[b]!.importance - items[a]!.importance || c.nameOrder[a]! - c.nameOrder[b]!);
  return {
    roleId: role.id,
    roleTitle: role.title,
    readiness: c.totalImportance === 0 ? 1 : reached / c.totalImportance,
    items,
    gaps: open.map((i) => items[i]!),
    strengths: met.map((i) => items[i]!),
    notAssessed: items.filter((i) => i.status === 'not-assessed'),
    disagreements: items.filter((i) => i.disagreement),
    totalWeightedGap,
  };
}

/**
 * Readiness alone, without building the item list: what route finding and next-role suggestions need
 * for many roles at once.
 */
export function readinessFor(framework: Framework, role: Role, levels: LevelMap): number {
  const c = compileRole(indexFramework(framework), role);
  let reached = 0;
  for (let i = 0; i < c.requirements.length; i++) {
    const req = c.requirements[i]!;
    const span = c.span[i]!;
    const current = levels.get(req.competencyId);
    if (span <= 0) reached += req.importance;
    else if (current !== undefined) reached += (req.importance * Math.max(0, Math.min(span, c.steps[i]!.position(current) + 1))) / span;
  }
  return c.totalImportance === 0 ? 1 : reached / c.totalImportance;
}

export interface RoleDiffItem {
  competencyId: string;
  competency: string;
  from: number | null;
  fromName: string;
  to: number | null;
  toName: string;
  change: 'added' | 'raised' | 'lowered' | 'removed' | 'same';
}

/** What changes from one role to another: each competency added, raised, lowered or dropped. */
export function roleDiff(framework: Framework, from: Role, to: Role): { items: RoleDiffItem[]; responsibilitiesAdded: string[] } {
  const index = indexFramework(framework);
  const fromLevels = new Map(from.competencies.map((c) => [c.competencyId, c.level]));
  const toLevels = new Map(to.competencies.map((c) => [c.competencyId, c.level]));
  const ids = [...new Set([...from.competencies.map((c) => c.competencyId), ...to.competencies.map((c) => c.competencyId)])];
  const items = ids.map((id): RoleDiffItem => {
    const a = fromLevels.get(id) ?? null;
    const b = toLevels.get(id) ?? null;
    const scale = index.scaleOf(id);
    const change = a === null ? 'added' : b === null ? 'removed' : b > a ? 'raised' : b < a ? 'lowered' : 'same';
    return { competencyId: id, competency: index.competencyById.get(id)?.name ?? id, from: a, fromName: a === null ? '—' : levelName(scale, a), to: b, toName: b === null ? '—' : levelName(scale, b), change };
  });
  const order = { added: 0, raised: 1, lowered: 2, removed: 3, same: 4 };
  items.sort((x, y) => order[x.change] - order[y.change] || x.competency.localeCompare(y.competency));
  const known = new Set(from.responsibilities.map((r) => r.trim().toLowerCase()));
  return { items, responsibilitiesAdded: to.responsibilities.filter((r) => !known.has(r.trim().toLowerCase())) };
}
