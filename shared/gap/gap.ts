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
 * person. A requirement's GapItem is fully decided by the person's level and the disagreement flag, so each
 * variant is built once and shared (frozen) by everyone who holds that level: analysing thousands of people
 * against one framework allocates almost nothing per person.
 */
interface CompiledRole {
  requirements: RoleCompetency[];
  steps: StepIndex[];
  /** Span from not-yet up to the required level, in scale steps. */
  span: Int16Array;
  /** Requirement index by alphabetical order of competency name (inverse of the order packed in sort keys). */
  byName: Int32Array;
  /** Requirement indexes in the order strengths are listed: most important first, then by name. */
  strengthOrder: Int32Array;
  /** Variants by (i * SLOTS + slot) * 2 + disagreement (see slotOf). */
  slots: (Variant | undefined)[];
  totalImportance: number;
  /** Builds (once) the item for requirement i at a level (undefined: not assessed) with or without a disagreement. */
  variant(i: number, current: number | undefined, disagreement: boolean): Variant;
}

interface Variant {
  item: GapItem;
  /** Share of the requirement's importance reached (for readiness). */
  reached: number;
  /** Ascending sort key of an open item: by weighted gap, then gap (both descending), then name. */
  key: number;
}

const NAME_BITS = 2 ** 20;
/** Whole ranks -2 … 9 (every common scale, O*NET's 0–7 included) get array slots; slot 0 is "not assessed". */
const SLOT_MIN = -2;
const SLOTS = 13;
const GAP_BITS = 2 ** 8;
const compiledRoles = new WeakMap<Role, CompiledRole>();

function slotOf(current: number | undefined): number {
  if (current === undefined) return 0;
  return current >= SLOT_MIN && current < SLOT_MIN + SLOTS - 1 && Number.isInteger(current) ? current - SLOT_MIN + 1 : -1;
}

function compileRole(index: FrameworkIndex, role: Role): CompiledRole {
  const hit = compiledRoles.get(role);
  if (hit) return hit;
  const requirements = role.competencies;
  const n = requirements.length;
  const competency = requirements.map((r) => index.competencyById.get(r.competencyId));
  const scale = requirements.map((r) => index.scaleOf(r.competencyId));
  const steps = scale.map(stepIndex);
  const requiredPosition = requirements.map((r, i) => steps[i]!.position(r.level));
  const span = new Int16Array(requirements.map((_, i) => requiredPosition[i]! + 1));
  const names = requirements.map((r, i) => competency[i]?.name ?? r.competencyId);
  const byName = new Int32Array(names.map((_, i) => i).sort((a, b) => names[a]!.localeCompare(names[b]!) || a - b));
  const nameOrder = new Int32Array(n);
  byName.forEach((i, rank) => (nameOrder[i] = rank));
  const requiredName = requirements.map((r, i) => levelName(scale[i]!, r.level));
  // variants per requirement: whole ranks in a small range sit in an array slot, anything else in a map
  const slots: (Variant | undefined)[] = new Array(n * SLOTS * 2);
  const others: Map<string, Variant>[] = requirements.map(() => new Map());
  const variant = (i: number, current: number | undefined, disagreement: boolean): Variant => {
    const slot = slotOf(current);
    const at = slot >= 0 ? (i * SLOTS + slot) * 2 + (disagreement ? 1 : 0) : -1;
    let v = at >= 0 ? slots[at] : others[i]!.get(`${disagreement ? 1 : 0}${current}`);
    if (v) return v;
    const req = requirements[i]!;
    const assessed = current !== undefined;
    const gap = Math.max(0, requiredPosition[i]! - (assessed ? steps[i]!.position(current) : -1));
    const s = span[i]!;
    const status: GapStatus = !assessed ? 'not-assessed' : gap > 0 ? 'gap' : 'met';
    const item: GapItem = Object.freeze({
      competencyId: req.competencyId,
      competency: names[i]!,
      kind: competency[i]?.kind ?? 'skill',
      category: competency[i]?.category ?? '',
      current: assessed ? current : null,
      currentName: levelName(scale[i]!, assessed ? current : null),
      required: req.level,
      requiredName: requiredName[i]!,
      gap,
      importance: req.importance,
      weightedGap: gap * req.importance,
      status,
      disagreement,
    });
    const reached = s > 0 ? (req.importance * (assessed ? Math.max(0, Math.min(s, s - gap)) : 0)) / s : req.importance;
    // descending numbers become ascending keys; weights are kept to 1/1000 (ties closer than that go by name)
    const key =
      status === 'met'
        ? 0
        : (NAME_BITS * GAP_BITS * (2 ** 20 - 1 - Math.min(2 ** 20 - 1, Math.round(item.weightedGap * 1000)))) + NAME_BITS * (GAP_BITS - 1 - Math.min(GAP_BITS - 1, gap)) + nameOrder[i]!;
    v = { item, reached, key };
    if (at >= 0) slots[at] = v;
    else others[i]!.set(`${disagreement ? 1 : 0}${current}`, v);
    return v;
  };
  const strengthOrder = new Int32Array(requirements.map((_, i) => i).sort((a, b) => requirements[b]!.importance - requirements[a]!.importance || nameOrder[a]! - nameOrder[b]!));
  const compiled: CompiledRole = { requirements, steps, span, byName, strengthOrder, slots, totalImportance: requirements.reduce((sum, r) => sum + r.importance, 0), variant };
  compiledRoles.set(role, compiled);
  return compiled;
}

/**
 * Compares a person's effective levels with what a role requires.
 * `detail` (from personLevels) adds the disagreement flags; it is optional for callers that only have levels.
 * The items are shared between analyses and frozen: copy one before changing it.
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
  const openKeys = new Float64Array(n);
  let open = 0;
  let reached = 0;
  let totalWeightedGap = 0;
  const notAssessed: GapItem[] = [];
  const disagreements: GapItem[] = [];
  for (let i = 0; i < n; i++) {
    const id = c.requirements[i]!.competencyId;
    const current = levels.get(id);
    const disagreement = detail !== undefined && detail.get(id)?.disagreement === true;
    // fast path: a whole rank already seen for this requirement
    const slot = slotOf(current);
    const v = (slot >= 0 ? c.slots[(i * SLOTS + slot) * 2 + (disagreement ? 1 : 0)] : undefined) ?? c.variant(i, current, disagreement);
    const item = v.item;
    items[i] = item;
    reached += v.reached;
    totalWeightedGap += item.weightedGap;
    if (item.status !== 'met') openKeys[open++] = v.key;
    if (item.status === 'not-assessed') notAssessed.push(item);
    if (disagreement) disagreements.push(item);
  }
  // gaps: numeric keys sort natively, and their low bits (the alphabetical order) lead back to the requirement
  const sorted = openKeys.subarray(0, open).sort();
  const gaps: GapItem[] = new Array(open);
  for (let k = 0; k < open; k++) gaps[k] = items[c.byName[sorted[k]! % NAME_BITS]!]!;
  // strengths: their order does not depend on the person, only which requirements are met
  const strengths: GapItem[] = [];
  for (let k = 0; k < n; k++) {
    const item = items[c.strengthOrder[k]!]!;
    if (item.status === 'met') strengths.push(item);
  }
  return {
    roleId: role.id,
    roleTitle: role.title,
    readiness: c.totalImportance === 0 ? 1 : reached / c.totalImportance,
    items,
    gaps,
    strengths,
    notAssessed,
    disagreements,
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
