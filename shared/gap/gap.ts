// Gap analysis: what stands between a person and a role, competency by competency, and how ready they are.
import { indexFramework, type Framework, type FrameworkIndex } from '../model/framework';
import type { Competency, CompetencyKind } from '../model/competency';
import type { Role, RoleCompetency } from '../model/role';
import { levelName } from '../model/scale';
import type { EffectiveLevel } from '../model/assessment';
import type { LevelMap } from './levels';
import { stepIndex } from './scale-steps';

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

function byWeightedGap(a: GapItem, b: GapItem): number {
  return b.weightedGap - a.weightedGap || b.gap - a.gap || a.competency.localeCompare(b.competency);
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
  const index = indexFramework(framework);
  const items: GapItem[] = [];
  let reached = 0;
  let total = 0;
  let totalWeightedGap = 0;
  for (const req of role.competencies) {
    const item = gapItem(index, req, levels.get(req.competencyId), detail?.get(req.competencyId)?.disagreement ?? false);
    items.push(item);
    const steps = stepIndex(index.scaleOf(req.competencyId));
    const span = steps.position(req.level) - steps.position(steps.notYet);
    const climbed = item.current === null ? 0 : Math.min(span, span - item.gap);
    total += req.importance;
    reached += span > 0 ? (req.importance * Math.max(0, climbed)) / span : req.importance;
    totalWeightedGap += item.weightedGap;
  }
  const gaps = items.filter((i) => i.status !== 'met').sort(byWeightedGap);
  return {
    roleId: role.id,
    roleTitle: role.title,
    readiness: total === 0 ? 1 : reached / total,
    items,
    gaps,
    strengths: items.filter((i) => i.status === 'met').sort((a, b) => b.importance - a.importance || a.competency.localeCompare(b.competency)),
    notAssessed: items.filter((i) => i.status === 'not-assessed'),
    disagreements: items.filter((i) => i.disagreement),
    totalWeightedGap,
  };
}

function gapItem(index: FrameworkIndex, req: RoleCompetency, current: number | undefined, disagreement: boolean): GapItem {
  const competency: Competency | undefined = index.competencyById.get(req.competencyId);
  const scale = index.scaleOf(req.competencyId);
  const steps = stepIndex(scale);
  const assessed = current !== undefined;
  const gap = steps.stepsUp(assessed ? current : steps.notYet, req.level);
  return {
    competencyId: req.competencyId,
    competency: competency?.name ?? req.competencyId,
    kind: competency?.kind ?? 'skill',
    category: competency?.category ?? '',
    current: assessed ? current : null,
    currentName: levelName(scale, assessed ? current : null),
    required: req.level,
    requiredName: levelName(scale, req.level),
    gap,
    importance: req.importance,
    weightedGap: gap * req.importance,
    status: !assessed ? 'not-assessed' : gap > 0 ? 'gap' : 'met',
    disagreement,
  };
}

/**
 * Readiness alone, without building the item list: what route finding and next-role suggestions need
 * for many roles at once.
 */
export function readinessFor(framework: Framework, role: Role, levels: LevelMap): number {
  const index = indexFramework(framework);
  let reached = 0;
  let total = 0;
  for (const req of role.competencies) {
    const steps = stepIndex(index.scaleOf(req.competencyId));
    const span = steps.position(req.level) - steps.position(steps.notYet);
    const current = levels.get(req.competencyId);
    total += req.importance;
    if (span <= 0) reached += req.importance;
    else if (current !== undefined) reached += (req.importance * Math.min(span, steps.position(current) - steps.position(steps.notYet))) / span;
  }
  return total === 0 ? 1 : Math.max(0, reached / total);
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
