// Gap analysis: what stands between a person and a role, competency by competency, and how ready they are.
import { indexFramework, type Framework, type FrameworkIndex } from '../model/framework';
import { descriptorAt, type Competency, type CompetencyKind } from '../model/competency';
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
  /** What the required level looks like, in the ladder's words, when the framework says. */
  requiredLooksLike?: string;
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
 * A requirement as the gap logic sees it: a competency at a required level with an importance. Its GapItem is
 * fully decided by the person's level and the disagreement flag, so each variant is built once per framework and
 * shared (frozen) by every role with the same requirement and everyone who holds that level: analysing thousands
 * of people against one framework allocates almost nothing per person, however many roles it has.
 */
interface Requirement {
  /** Variants by slot * 2 + disagreement (see slotOf); levels without a slot are in `others`. */
  slots: (Variant | undefined)[];
  others: Map<string, Variant>;
  variant(current: number | undefined, disagreement: boolean): Variant;
}

interface Variant {
  item: GapItem;
  /** Share of the requirement's importance reached (for readiness). */
  reached: number;
  /** Sort key of an open item without its name part: weighted gap, then gap (both descending), as an ascending number. */
  keyBase: number;
  /** Its place in the framework's list of variants, once a role has cached it. */
  number?: number;
}

/** What a role asks for, compiled once per role: its requirements and the order names break ties in. */
interface CompiledRole {
  requirements: RoleCompetency[];
  compiled: Requirement[];
  steps: StepIndex[];
  /** Span from not-yet up to the required level, in scale steps. */
  span: Int16Array;
  /** Alphabetical rank of each requirement's competency within the role (packed into sort keys). */
  nameOrder: Int32Array;
  /** Requirement index by alphabetical rank (undoes nameOrder). */
  byName: Int32Array;
  /** Requirement indexes in the order strengths are listed: most important first, then by name. */
  strengthOrder: Int32Array;
  /** The variant (its place in the framework's list) of requirement i at slot s with flag d: [(i * SLOTS + s) * 2 + d]. */
  slots: Int32Array;
  variants: Variant[];
  totalImportance: number;
}

interface CompiledFramework {
  /** Alphabetical rank of each competency id by name, across the framework. */
  competencyOrder: Map<string, number>;
  requirements: Map<string, Requirement>;
  /** Every variant built so far; roles cache their requirements' variants by position in this list (0: none yet). */
  variants: Variant[];
}

const NAME_BITS = 2 ** 20;
/** Whole ranks -2 … 9 (every common scale, O*NET's 0–7 included) get array slots; slot 0 is "not assessed". */
const SLOT_MIN = -2;
const SLOTS = 13;
const GAP_BITS = 2 ** 8;
const compiledRoles = new WeakMap<Role, CompiledRole>();
const compiledFrameworks = new WeakMap<FrameworkIndex, CompiledFramework>();

function slotOf(current: number | undefined): number {
  if (current === undefined) return 0;
  return current >= SLOT_MIN && current < SLOT_MIN + SLOTS - 1 && Number.isInteger(current) ? current - SLOT_MIN + 1 : -1;
}

/** A variant's place in the framework's list of variants, adding it the first time. */
function variantNumber(variants: Variant[], v: Variant): number {
  if (v.number === undefined) {
    v.number = variants.length;
    variants.push(v);
  }
  return v.number;
}

function compileFramework(index: FrameworkIndex): CompiledFramework {
  let hit = compiledFrameworks.get(index);
  if (!hit) {
    const competencies = [...index.framework.competencies].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    hit = { competencyOrder: new Map(competencies.map((c, i) => [c.id, i])), requirements: new Map(), variants: [undefined as unknown as Variant] };
    compiledFrameworks.set(index, hit);
  }
  return hit;
}

function requirementOf(index: FrameworkIndex, req: RoleCompetency): Requirement {
  const shared = compileFramework(index).requirements;
  const key = `${req.competencyId}\u0000${req.level}\u0000${req.importance}`;
  const hit = shared.get(key);
  if (hit) return hit;
  const competency: Competency | undefined = index.competencyById.get(req.competencyId);
  const scale = index.scaleOf(req.competencyId);
  const steps = stepIndex(scale);
  const requiredPosition = steps.position(req.level);
  const span = requiredPosition + 1;
  const name = competency?.name ?? req.competencyId;
  const requiredName = levelName(scale, req.level);
  const looksLike = competency ? descriptorAt(competency, req.level) : undefined;
  const requirement: Requirement = {
    slots: new Array(SLOTS * 2),
    others: new Map(),
    variant(current, disagreement) {
      const slot = slotOf(current);
      const at = slot >= 0 ? slot * 2 + (disagreement ? 1 : 0) : -1;
      const otherKey = `${disagreement ? 1 : 0}${current}`;
      let v = at >= 0 ? this.slots[at] : this.others.get(otherKey);
      if (v) return v;
      const assessed = current !== undefined;
      const gap = Math.max(0, requiredPosition - (assessed ? steps.position(current) : -1));
      const status: GapStatus = !assessed ? 'not-assessed' : gap > 0 ? 'gap' : 'met';
      const item: GapItem = Object.freeze({
        competencyId: req.competencyId,
        competency: name,
        kind: competency?.kind ?? 'skill',
        category: competency?.category ?? '',
        current: assessed ? current : null,
        currentName: levelName(scale, assessed ? current : null),
        required: req.level,
        requiredName,
        gap,
        importance: req.importance,
        weightedGap: gap * req.importance,
        status,
        disagreement,
        ...(looksLike ? { requiredLooksLike: looksLike } : {}),
      });
      const reached = span > 0 ? (req.importance * (assessed ? Math.max(0, Math.min(span, span - gap)) : 0)) / span : req.importance;
      // descending numbers become ascending keys; weights are kept to 1/1000 (ties closer than that go by name)
      const keyBase = NAME_BITS * GAP_BITS * (2 ** 20 - 1 - Math.min(2 ** 20 - 1, Math.round(item.weightedGap * 1000))) + NAME_BITS * (GAP_BITS - 1 - Math.min(GAP_BITS - 1, gap));
      v = { item, reached, keyBase };
      if (at >= 0) this.slots[at] = v;
      else this.others.set(otherKey, v);
      return v;
    },
  };
  shared.set(key, requirement);
  return requirement;
}

function compileRole(index: FrameworkIndex, role: Role): CompiledRole {
  const hit = compiledRoles.get(role);
  if (hit) return hit;
  const requirements = role.competencies;
  const n = requirements.length;
  const order = compileFramework(index).competencyOrder;
  const steps = requirements.map((r) => stepIndex(index.scaleOf(r.competencyId)));
  const span = new Int16Array(requirements.map((r, i) => steps[i]!.position(r.level) + 1));
  const rankOf = (i: number) => order.get(requirements[i]!.competencyId) ?? Number.MAX_SAFE_INTEGER;
  const byName = new Int32Array(requirements.map((_, i) => i).sort((a, b) => rankOf(a) - rankOf(b) || a - b));
  const nameOrder = new Int32Array(n);
  byName.forEach((i, rank) => (nameOrder[i] = rank));
  const strengthOrder = new Int32Array(requirements.map((_, i) => i).sort((a, b) => requirements[b]!.importance - requirements[a]!.importance || nameOrder[a]! - nameOrder[b]!));
  const compiled: CompiledRole = {
    requirements,
    compiled: requirements.map((r) => requirementOf(index, r)),
    steps,
    span,
    nameOrder,
    byName,
    strengthOrder,
    slots: new Int32Array(n * SLOTS * 2),
    variants: compileFramework(index).variants,
    totalImportance: requirements.reduce((sum, r) => sum + r.importance, 0),
  };
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
    // fast path: a whole rank this role has already met for this requirement
    const slot = slotOf(current);
    const at = slot >= 0 ? (i * SLOTS + slot) * 2 + (disagreement ? 1 : 0) : -1;
    const known = at >= 0 ? c.slots[at]! : 0;
    let v: Variant;
    if (known) v = c.variants[known]!;
    else {
      v = c.compiled[i]!.variant(current, disagreement);
      if (at >= 0) c.slots[at] = variantNumber(c.variants, v);
    }
    const item = v.item;
    items[i] = item;
    reached += v.reached;
    totalWeightedGap += item.weightedGap;
    if (item.status !== 'met') openKeys[open++] = v.keyBase + c.nameOrder[i]!;
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
