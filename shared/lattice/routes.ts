// Routes through the career lattice: the cheapest ways from the current role to a target, promotions,
// lateral moves and exploratory projects alike, costed by the gaps a person must close along the way.
import { indexFramework, type Framework, type FrameworkIndex, type Transition, type TransitionType } from '../model/framework';
import type { Role } from '../model/role';
import { nameKey } from '../model/names';
import type { LevelMap } from '../gap/levels';
import { stepIndex, type StepIndex } from '../gap/scale-steps';
import { readinessFor } from '../gap/gap';

export interface RouteStep {
  from: string;
  to: string;
  type: TransitionType;
  /** Weighted gap closed by this move, plus the move's own cost. */
  cost: number;
}

export interface LatticeRoute {
  roleIds: string[];
  steps: RouteStep[];
  cost: number;
  usesLateral: boolean;
}

export interface RouteOptions {
  /** How many alternatives to the best route (default 2). */
  alternatives?: number;
  /** The cost of a move itself, beyond the gaps it asks to close: prefers fewer moves when gaps tie. */
  moveCost?: Partial<Record<TransitionType, number>>;
}

export class RouteError extends Error {
  constructor(
    readonly code: 'unknown-role' | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'RouteError';
  }
}

const DEFAULT_MOVE_COST: Record<TransitionType, number> = { promotion: 1, lateral: 1.5, exploratory: 1.25 };

interface Edge {
  from: number;
  to: number;
  type: TransitionType;
  index: number;
}

/**
 * The lattice over role positions, built once per framework. Each move's cost depends on the target role's
 * requirements and on what the role it leaves already required; both are laid out flat per move here, so costing
 * a move for a person is one tight loop over typed arrays.
 */
interface Lattice {
  roles: Role[];
  position: Map<string, number>;
  out: Edge[][];
  into: Edge[][];
  edges: Edge[];
  competencyIndex: Map<string, number>;
  /** Step index of each competency's scale, by competency index. */
  steps: StepIndex[];
  /** Move e's requirements are entries reqStart[e] … reqStart[e + 1] - 1 of the arrays below. */
  reqStart: Int32Array;
  reqCompetency: Int32Array;
  /** Scale position of the required level. */
  reqPosition: Int16Array;
  reqImportance: Float64Array;
  /** Scale position the role being left already required (-1: not required). */
  heldPosition: Int16Array;
}

const latticeCache = new WeakMap<Framework, Lattice>();

function latticeOf(index: FrameworkIndex): Lattice {
  const cached = latticeCache.get(index.framework);
  if (cached) return cached;
  const { roles, competencies } = index.framework;
  const position = new Map(roles.map((r, i) => [r.id, i]));
  const competencyIndex = new Map(competencies.map((c, i) => [c.id, i]));
  const steps = competencies.map((c) => stepIndex(index.scaleOf(c.id)));
  const out: Edge[][] = roles.map(() => []);
  const into: Edge[][] = roles.map(() => []);
  const edges: Edge[] = [];
  for (const t of index.transitions) {
    const a = position.get(t.from);
    const b = position.get(t.to);
    if (a === undefined || b === undefined) continue;
    const edge = { from: a, to: b, type: t.type, index: edges.length };
    edges.push(edge);
    out[a]!.push(edge);
    into[b]!.push(edge);
  }
  const reqStart = new Int32Array(edges.length + 1);
  let total = 0;
  edges.forEach((e, i) => {
    reqStart[i] = total;
    total += roles[e.to]!.competencies.length;
  });
  reqStart[edges.length] = total;
  const reqCompetency = new Int32Array(total);
  const reqPosition = new Int16Array(total);
  const reqImportance = new Float64Array(total);
  const heldPosition = new Int16Array(total);
  edges.forEach((e, i) => {
    const held = new Map(roles[e.from]!.competencies.map((c) => [c.competencyId, c.level]));
    roles[e.to]!.competencies.forEach((req, j) => {
      const k = reqStart[i]! + j;
      const c = competencyIndex.get(req.competencyId) ?? -1;
      const step = c >= 0 ? steps[c]! : undefined;
      // a requirement outside the catalogue (only in unvalidated input) costs nothing rather than NaN
      reqCompetency[k] = Math.max(0, c);
      reqPosition[k] = step ? step.position(req.level) : -2;
      reqImportance[k] = req.importance;
      const h = held.get(req.competencyId);
      heldPosition[k] = step && h !== undefined ? step.position(h) : -1;
    });
  });
  const lattice: Lattice = { roles, position, out, into, edges, competencyIndex, steps, reqStart, reqCompetency, reqPosition, reqImportance, heldPosition };
  latticeCache.set(index.framework, lattice);
  return lattice;
}

/**
 * Move costs for one person, computed on first use: the importance-weighted scale steps still to climb for
 * the new role's requirements, given the person's levels and what the role being left already required,
 * plus the cost of the move itself.
 */
function personCosts(lattice: Lattice, levels: LevelMap, moveCosts: Record<TransitionType, number>): (edge: Edge) => number {
  const have = new Int16Array(lattice.steps.length).fill(-1);
  for (const [id, rank] of levels) {
    const c = lattice.competencyIndex.get(id);
    if (c !== undefined) have[c] = lattice.steps[c]!.position(rank);
  }
  const { reqStart, reqCompetency, reqPosition, reqImportance, heldPosition } = lattice;
  const memo = new Float64Array(lattice.edges.length).fill(NaN);
  return (edge) => {
    let cost = memo[edge.index]!;
    if (cost === cost) return cost;
    cost = moveCosts[edge.type];
    for (let k = reqStart[edge.index]!, end = reqStart[edge.index + 1]!; k < end; k++) {
      // branch-free: the data is random enough that branches mispredict
      cost += Math.max(0, reqPosition[k]! - Math.max(have[reqCompetency[k]!]!, heldPosition[k]!)) * reqImportance[k]!;
    }
    memo[edge.index] = cost;
    return cost;
  };
}

class MinHeap {
  private nodes: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  push(node: number, key: number): void {
    const { nodes, keys } = this;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      nodes[i] = nodes[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    nodes[i] = node;
    keys[i] = key;
  }
  /** Removes the entry with the smallest key and returns its node. */
  pop(): number {
    const { nodes, keys } = this;
    const top = nodes[0]!;
    const lastNode = nodes.pop()!;
    const lastKey = keys.pop()!;
    const n = nodes.length;
    if (n) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[m]! >= lastKey) break;
        nodes[i] = nodes[m]!;
        keys[i] = keys[m]!;
        i = m;
      }
      nodes[i] = lastNode;
      keys[i] = lastKey;
    }
    return top;
  }
}

interface SearchContext {
  lattice: Lattice;
  edgeCost: (edge: Edge) => number;
  /** A lower bound of each role's cost to the target with nothing banned (see costsToTarget): steers A*. */
  toTarget: Float64Array;
}

/**
 * Dijkstra backwards from the target, stopped once the source is settled: settled roles get their exact cost to
 * the target; every other role gets the last settled cost, which no unsettled role can beat. Both make a
 * consistent A* heuristic, and the search only costs the moves near the cheapest routes. Returns undefined when
 * the source cannot reach the target at all.
 */
function costsToTarget(lattice: Lattice, target: number, source: number, edgeCost: (edge: Edge) => number): Float64Array | undefined {
  const n = lattice.roles.length;
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  dist[target] = 0;
  const heap = new MinHeap();
  heap.push(target, 0);
  let bound = 0;
  while (heap.size) {
    const node = heap.pop();
    if (done[node]) continue;
    done[node] = 1;
    bound = dist[node]!;
    if (node === source) break;
    for (const edge of lattice.into[node]!) {
      if (done[edge.from]) continue;
      const c = bound + edgeCost(edge);
      if (c < dist[edge.from]!) {
        dist[edge.from] = c;
        heap.push(edge.from, c);
      }
    }
  }
  if (!done[source]) return undefined;
  for (let i = 0; i < n; i++) if (!done[i]) dist[i] = bound;
  return dist;
}

/**
 * A* from `source` to `target` (guided by the exact unbanned costs, which stay a lower bound when nodes and
 * edges are banned for Yen's alternatives), optionally requiring a lateral move on the way.
 */
function shortest(ctx: SearchContext, source: number, target: number, bannedNodes: Set<number>, bannedEdges: Set<number>, mustUseLateral = false): { nodes: number[]; edges: Edge[]; cost: number } | undefined {
  // state = node * 2 + (lateral used ? 1 : 0); the flag only matters when a lateral move is required
  const h = ctx.toTarget;
  const n = ctx.lattice.roles.length * 2;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const prevEdge: (Edge | undefined)[] = new Array(n);
  const closed = new Uint8Array(n);
  const start = source * 2;
  dist[start] = 0;
  const heap = new MinHeap();
  heap.push(start, h[source]!);
  const goal = target * 2 + (mustUseLateral ? 1 : 0);
  while (heap.size) {
    const state = heap.pop();
    if (closed[state]) continue;
    closed[state] = 1;
    const cost = dist[state]!;
    if (state === goal || (!mustUseLateral && state >> 1 === target)) {
      const nodes: number[] = [];
      const edges: Edge[] = [];
      for (let s = state; s !== -1; s = prev[s]!) {
        nodes.push(s >> 1);
        if (prevEdge[s]) edges.push(prevEdge[s]!);
      }
      return { nodes: nodes.reverse(), edges: edges.reverse(), cost };
    }
    const flag = state & 1;
    for (const edge of ctx.lattice.out[state >> 1]!) {
      if (bannedNodes.has(edge.to) || bannedEdges.has(edge.index)) continue;
      const next = edge.to * 2 + (mustUseLateral && (flag || edge.type === 'lateral') ? 1 : 0);
      const c = cost + ctx.edgeCost(edge);
      if (c < dist[next]!) {
        dist[next] = c;
        prev[next] = state;
        prevEdge[next] = edge;
        heap.push(next, c + h[edge.to]!);
      }
    }
  }
  return undefined;
}

function toRoute(ctx: SearchContext, found: { nodes: number[]; edges: Edge[]; cost: number }): LatticeRoute {
  const roles = ctx.lattice.roles;
  const steps = found.edges.map((e) => ({ from: roles[e.from]!.id, to: roles[e.to]!.id, type: e.type, cost: ctx.edgeCost(e) }));
  return { roleIds: found.nodes.map((i) => roles[i]!.id), steps, cost: found.cost, usesLateral: steps.some((s) => s.type === 'lateral') };
}

/**
 * The best route from `fromRoleId` to `toRoleId` and up to `alternatives` others (Yen's k shortest
 * loopless paths), always including the cheapest route that uses a lateral move when one exists.
 */
export function findRoutes(framework: Framework, levels: LevelMap, fromRoleId: string, toRoleId: string, options: RouteOptions = {}): { best: LatticeRoute; alternatives: LatticeRoute[] } {
  const index = indexFramework(framework);
  const lattice = latticeOf(index);
  const source = lattice.position.get(fromRoleId);
  const target = lattice.position.get(toRoleId);
  if (source === undefined) throw new RouteError('unknown-role', `no role with id "${fromRoleId}" in the framework`);
  if (target === undefined) throw new RouteError('unknown-role', `no role with id "${toRoleId}" in the framework`);
  const edgeCost = personCosts(lattice, levels, { ...DEFAULT_MOVE_COST, ...options.moveCost });
  const toTarget = costsToTarget(lattice, target, source, edgeCost);
  const ctx: SearchContext | undefined = toTarget && { lattice, edgeCost, toTarget };
  const first = ctx && shortest(ctx, source, target, new Set(), new Set());
  if (!ctx || !first) {
    const name = roleLabel(index);
    const reachable = reachableFrom(lattice, source).filter((i) => i !== source).map((i) => name(lattice.roles[i]!));
    throw new RouteError(
      'unreachable',
      `"${name(lattice.roles[target]!)}" cannot be reached from "${name(lattice.roles[source]!)}": no chain of promotions, lateral moves or exploratory projects leads there. ` +
        (reachable.length ? `Reachable from here: ${reachable.slice(0, 10).join(', ')}${reachable.length > 10 ? ', …' : ''}. ` : 'No move leads anywhere from this role. ') +
        'Add a transition to the framework (a Transitions sheet: from, to, type) to open the way.',
    );
  }
  const k = options.alternatives ?? 2;
  if (source === target) return { best: toRoute(ctx, first), alternatives: [] };
  const found = [first];
  const candidates: { nodes: number[]; edges: Edge[]; cost: number }[] = [];
  const key = (nodes: number[]) => nodes.join(',');
  const seen = new Set([key(first.nodes)]);
  // Yen's algorithm: deviate from each node of the last route found
  while (found.length <= k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i + 1 < last.nodes.length; i++) {
      const spur = last.nodes[i]!;
      const rootNodes = last.nodes.slice(0, i + 1);
      const rootEdges = last.edges.slice(0, i);
      const bannedEdges = new Set<number>();
      for (const p of found) {
        if (p.nodes.length > i && key(p.nodes.slice(0, i + 1)) === key(rootNodes)) bannedEdges.add(p.edges[i]!.index);
      }
      const bannedNodes = new Set(rootNodes.slice(0, -1));
      const spurPath = shortest(ctx, spur, target, bannedNodes, bannedEdges);
      if (!spurPath) continue;
      const rootCost = rootEdges.reduce((sum, e) => sum + ctx.edgeCost(e), 0);
      const total = { nodes: [...rootNodes.slice(0, -1), ...spurPath.nodes], edges: [...rootEdges, ...spurPath.edges], cost: rootCost + spurPath.cost };
      if (!seen.has(key(total.nodes))) {
        seen.add(key(total.nodes));
        candidates.push(total);
      }
    }
    if (!candidates.length) break;
    candidates.sort((a, b) => a.cost - b.cost || a.nodes.length - b.nodes.length);
    found.push(candidates.shift()!);
  }
  const routes = found.map((f) => toRoute(ctx, f));
  const alternatives = routes.slice(1, k + 1);
  if (!routes.some((r) => r.usesLateral)) {
    const lateral = shortest(ctx, source, target, new Set(), new Set(), true);
    if (lateral && !seen.has(key(lateral.nodes)) && isLoopless(lateral.nodes)) alternatives.push(toRoute(ctx, lateral));
  }
  return { best: routes[0]!, alternatives };
}

/** A role as people can tell it apart: its title, or "Track / Title" when another track has a role of that title. */
export function roleLabel(index: FrameworkIndex): (role: Role) => string {
  return (role) => ((index.roleByTitle.get(nameKey(role.title))?.length ?? 0) > 1 ? `${role.track || role.family} / ${role.title}` : role.title);
}

function isLoopless(nodes: number[]): boolean {
  return new Set(nodes).size === nodes.length;
}

function reachableFrom(lattice: Lattice, source: number): number[] {
  const seen = new Set([source]);
  const queue = [source];
  while (queue.length) {
    const n = queue.shift()!;
    for (const e of lattice.out[n]!) if (!seen.has(e.to)) (seen.add(e.to), queue.push(e.to));
  }
  return [...seen];
}

export interface NextRoleSuggestion {
  roleId: string;
  title: string;
  track: string;
  readiness: number;
  /** Moves from the current role (1 = directly). */
  moves: number;
  /** The kind of the first move on the way there. */
  via: TransitionType;
}

/**
 * Roles worth looking at next, across tracks: everything within `maxMoves` moves of the current role,
 * ranked by readiness (closest first), then by fewer moves.
 */
export function suggestNextRoles(framework: Framework, levels: LevelMap, currentRoleId: string, options: { maxMoves?: number; limit?: number } = {}): NextRoleSuggestion[] {
  const index = indexFramework(framework);
  const lattice = latticeOf(index);
  const source = lattice.position.get(currentRoleId);
  if (source === undefined) throw new RouteError('unknown-role', `no role with id "${currentRoleId}" in the framework`);
  const maxMoves = options.maxMoves ?? 2;
  const best = new Map<number, { moves: number; via: TransitionType }>();
  let frontier: { node: number; via?: TransitionType }[] = [{ node: source }];
  for (let moves = 1; moves <= maxMoves && frontier.length; moves++) {
    const next: { node: number; via: TransitionType }[] = [];
    for (const { node, via } of frontier) {
      for (const e of lattice.out[node]!) {
        if (e.to === source || best.has(e.to)) continue;
        const firstMove = via ?? e.type;
        best.set(e.to, { moves, via: firstMove });
        next.push({ node: e.to, via: firstMove });
      }
    }
    frontier = next;
  }
  const out = [...best].map(([node, { moves, via }]): NextRoleSuggestion => {
    const role = lattice.roles[node]!;
    return { roleId: role.id, title: role.title, track: role.track || role.family, readiness: readinessFor(framework, role, levels), moves, via };
  });
  out.sort((a, b) => b.readiness - a.readiness || a.moves - b.moves || a.title.localeCompare(b.title));
  return out.slice(0, options.limit ?? 10);
}

/** Every move of the lattice with the roles' titles: for drawing and for people reading the framework. */
export function latticeMoves(framework: Framework): (Transition & { fromTitle: string; toTitle: string })[] {
  const index = indexFramework(framework);
  return index.transitions.map((t) => ({ ...t, fromTitle: index.roleById.get(t.from)?.title ?? t.from, toTitle: index.roleById.get(t.to)?.title ?? t.to }));
}
