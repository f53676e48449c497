// Routes through the career lattice: the cheapest ways from the current role to a target, promotions,
// lateral moves and exploratory projects alike, costed by the gaps a person must close along the way.
import { indexFramework, type Framework, type FrameworkIndex, type Transition, type TransitionType } from '../model/framework';
import type { Role } from '../model/role';
import type { LevelMap } from '../gap/levels';
import { stepIndex } from '../gap/scale-steps';
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
  to: number;
  type: TransitionType;
  index: number;
}

/** The lattice as adjacency lists over role positions, built once per framework. */
interface Lattice {
  roles: Role[];
  position: Map<string, number>;
  out: Edge[][];
}

const latticeCache = new WeakMap<Framework, Lattice>();

function latticeOf(index: FrameworkIndex): Lattice {
  const cached = latticeCache.get(index.framework);
  if (cached) return cached;
  const roles = index.framework.roles;
  const position = new Map(roles.map((r, i) => [r.id, i]));
  const out: Edge[][] = roles.map(() => []);
  let edgeIndex = 0;
  for (const t of index.transitions) {
    const a = position.get(t.from);
    const b = position.get(t.to);
    if (a === undefined || b === undefined) continue;
    out[a]!.push({ to: b, type: t.type, index: edgeIndex++ });
  }
  const lattice = { roles, position, out };
  latticeCache.set(index.framework, lattice);
  return lattice;
}

/**
 * Cost of moving into `to` having held `from`: the importance-weighted steps still to climb for `to`'s
 * requirements, given the person's levels and what `from` already required of them.
 */
function moveCost(index: FrameworkIndex, from: Role, to: Role, levels: LevelMap): number {
  let fromLevels: Map<string, number> | undefined;
  let cost = 0;
  for (const req of to.competencies) {
    const steps = stepIndex(index.scaleOf(req.competencyId));
    let have = levels.get(req.competencyId) ?? steps.notYet;
    fromLevels ??= new Map(from.competencies.map((c) => [c.competencyId, c.level]));
    const held = fromLevels.get(req.competencyId);
    if (held !== undefined && held > have) have = held;
    cost += steps.stepsUp(have, req.level) * req.importance;
  }
  return cost;
}

class MinHeap {
  private items: { node: number; cost: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  push(node: number, cost: number): void {
    const a = this.items;
    a.push({ node, cost });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]!.cost <= a[i]!.cost) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): { node: number; cost: number } {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.cost < a[m]!.cost) m = l;
        if (r < a.length && a[r]!.cost < a[m]!.cost) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

interface SearchContext {
  lattice: Lattice;
  edgeCost: (from: number, edge: Edge) => number;
}

/** Dijkstra from `source` to `target`, skipping banned nodes and edges (for Yen's alternatives). */
function shortest(ctx: SearchContext, source: number, target: number, bannedNodes: Set<number>, bannedEdges: Set<number>, mustUseLateral = false): { nodes: number[]; edges: Edge[]; cost: number } | undefined {
  // state = node * 2 + (lateral used ? 1 : 0); the flag only matters when a lateral move is required
  const n = ctx.lattice.roles.length * 2;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const prevEdge: (Edge | undefined)[] = new Array(n);
  const start = source * 2;
  dist[start] = 0;
  const heap = new MinHeap();
  heap.push(start, 0);
  const goal = target * 2 + (mustUseLateral ? 1 : 0);
  while (heap.size) {
    const { node: state, cost } = heap.pop();
    if (cost > dist[state]!) continue;
    if (state === goal || (!mustUseLateral && state >> 1 === target)) {
      const nodes: number[] = [];
      const edges: Edge[] = [];
      for (let s = state; s !== -1; s = prev[s]!) {
        nodes.push(s >> 1);
        if (prevEdge[s]) edges.push(prevEdge[s]!);
      }
      return { nodes: nodes.reverse(), edges: edges.reverse(), cost };
    }
    const node = state >> 1;
    const flag = state & 1;
    for (const edge of ctx.lattice.out[node]!) {
      if (bannedNodes.has(edge.to) || bannedEdges.has(edge.index)) continue;
      const next = edge.to * 2 + (mustUseLateral && (flag || edge.type === 'lateral') ? 1 : 0);
      const c = cost + ctx.edgeCost(node, edge);
      if (c < dist[next]!) {
        dist[next] = c;
        prev[next] = state;
        prevEdge[next] = edge;
        heap.push(next, c);
      }
    }
  }
  return undefined;
}

function toRoute(ctx: SearchContext, found: { nodes: number[]; edges: Edge[]; cost: number }): LatticeRoute {
  const roles = ctx.lattice.roles;
  const steps = found.edges.map((e, i) => ({ from: roles[found.nodes[i]!]!.id, to: roles[e.to]!.id, type: e.type, cost: ctx.edgeCost(found.nodes[i]!, e) }));
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
  const moveCosts = { ...DEFAULT_MOVE_COST, ...options.moveCost };
  const memo = new Map<number, number>();
  const ctx: SearchContext = {
    lattice,
    edgeCost: (from, edge) => {
      let c = memo.get(edge.index);
      if (c === undefined) {
        c = moveCost(index, lattice.roles[from]!, lattice.roles[edge.to]!, levels) + moveCosts[edge.type];
        memo.set(edge.index, c);
      }
      return c;
    },
  };
  const first = shortest(ctx, source, target, new Set(), new Set());
  if (!first) {
    const reachable = reachableFrom(lattice, source).filter((i) => i !== source).map((i) => lattice.roles[i]!.title);
    throw new RouteError(
      'unreachable',
      `"${lattice.roles[target]!.title}" cannot be reached from "${lattice.roles[source]!.title}": no chain of promotions, lateral moves or exploratory projects leads there. ` +
        (reachable.length ? `Reachable from here: ${reachable.slice(0, 10).join(', ')}${reachable.length > 10 ? ', …' : ''}. ` : 'No move leads anywhere from this role. ') +
        'Add a transition to the framework (a Transitions sheet: from, to, type) to open the way.',
    );
  }
  const k = options.alternatives ?? 2;
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
      const rootCost = rootEdges.reduce((sum, e, j) => sum + ctx.edgeCost(rootNodes[j]!, e), 0);
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
