import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutes, latticeMoves, RouteError, suggestNextRoles, type LatticeRoute } from './routes';
import { indexFramework, transitionsOf, type Framework, type Transition } from '../model/framework';
import { testFramework } from '../test/fixtures';
import { frameworkArbitrary, levelsArb } from '../test/arbitraries';

const MOVE = { promotion: 1, lateral: 1.5, exploratory: 1.25 };

/** The cost model stated independently of the implementation: steps still to climb for the new role, weighted. */
function stepCost(f: Framework, levels: Map<string, number>, t: Transition): number {
  const index = indexFramework(f);
  const from = index.roleById.get(t.from)!;
  const to = index.roleById.get(t.to)!;
  let cost = MOVE[t.type];
  for (const req of to.competencies) {
    const held = from.competencies.find((c) => c.competencyId === req.competencyId)?.level;
    const have = Math.max(levels.get(req.competencyId) ?? 0, held ?? 0);
    cost += Math.max(0, req.level - have) * req.importance;
  }
  return cost;
}

/** Every loopless path from one role to another, by brute force. */
function allPaths(f: Framework, from: string, to: string): Transition[][] {
  const moves = transitionsOf(f);
  const out: Transition[][] = [];
  const walk = (at: string, visited: Set<string>, path: Transition[]) => {
    if (at === to) return void out.push(path);
    for (const m of moves) if (m.from === at && !visited.has(m.to)) walk(m.to, new Set([...visited, m.to]), [...path, m]);
  };
  walk(from, new Set([from]), []);
  return out;
}

function isPathOf(f: Framework, route: LatticeRoute): boolean {
  const moves = new Set(transitionsOf(f).map((t) => `${t.from}>${t.to}>${t.type}`));
  return route.steps.every((s, i) => moves.has(`${s.from}>${s.to}>${s.type}`) && route.roleIds[i] === s.from && route.roleIds[i + 1] === s.to);
}

describe('routes through the lattice', () => {
  const fw = testFramework();
  const levels = new Map([['code', 3], ['design', 2], ['domain', 2], ['comms', 3]]);

  it('climbs the track for a promotion and offers the lateral route as an alternative', () => {
    const { best, alternatives } = findRoutes(fw, levels, 'eng2', 'em');
    expect(best.roleIds[0]).toBe('eng2');
    expect(best.roleIds.at(-1)).toBe('em');
    const all = [best, ...alternatives].map((r) => r.roleIds.join('>'));
    expect(all).toEqual(expect.arrayContaining(['eng2>senior>em', 'eng2>pm>em']));
    expect(new Set(all).size).toBe(all.length);
    expect([best, ...alternatives].some((r) => r.usesLateral)).toBe(true);
  });

  it('says why a target cannot be reached and what can be', () => {
    expect(() => findRoutes(fw, levels, 'staff', 'eng1')).toThrow(RouteError);
    expect(() => findRoutes(fw, levels, 'staff', 'eng1')).toThrow(/"Engineer I" cannot be reached from "Staff Engineer"[\s\S]*No move leads anywhere from this role[\s\S]*Add a transition/);
    expect(() => findRoutes(fw, levels, 'pm', 'eng1')).toThrow(/Reachable from here: Engineering Manager/);
    expect(() => findRoutes(fw, levels, 'eng2', 'nobody')).toThrow(/no role with id "nobody"/);
  });

  it('names roles by track when two tracks share a title', () => {
    const shared = testFramework({
      roles: [...fw.roles, { id: 'sales-mgr', title: 'Engineering Manager', track: 'Sales', rank: 1, competencies: [] }],
    });
    expect(() => findRoutes(shared, levels, 'em', 'sales-mgr')).toThrow(/"Sales \/ Engineering Manager" cannot be reached from "Management \/ Engineering Manager"/);
  });

  it('copes with lateral cycles (there and back again) without looping', () => {
    const cyclic = testFramework({ transitions: [...fw.transitions, { from: 'em', to: 'senior', type: 'lateral' }, { from: 'em', to: 'pm', type: 'lateral' }] });
    const { best, alternatives } = findRoutes(cyclic, levels, 'eng1', 'staff', { alternatives: 5 });
    for (const r of [best, ...alternatives]) expect(new Set(r.roleIds).size).toBe(r.roleIds.length);
  });

  it('suggests next roles across tracks, ranked by readiness', () => {
    const next = suggestNextRoles(fw, levels, 'eng2');
    expect(next.map((s) => s.roleId)).toEqual(expect.arrayContaining(['senior', 'pm', 'staff', 'em']));
    expect(new Set(next.map((s) => s.track)).size).toBeGreaterThan(1);
    for (let i = 1; i < next.length; i++) expect(next[i - 1]!.readiness).toBeGreaterThanOrEqual(next[i]!.readiness);
    expect(next.find((s) => s.roleId === 'pm')).toMatchObject({ moves: 1, via: 'exploratory' });
    expect(latticeMoves(fw).find((m) => m.from === 'senior' && m.to === 'em')).toMatchObject({ type: 'lateral', fromTitle: 'Senior Engineer', toTitle: 'Engineering Manager' });
  });

  let multiPath = 0;
  it('properties: the best route is a real loopless path, as cheap as any path brute force finds, and alternatives are distinct and no cheaper', () => {
    fc.assert(
      fc.property(frameworkArbitrary({ maxMoves: 24, size: 'max' }).chain((f) => fc.tuple(fc.constant(f), levelsArb(f), fc.nat(), fc.nat())), ([f, lv, a, b]) => {
        const from = f.roles[a % f.roles.length]!.id;
        const to = f.roles[b % f.roles.length]!.id;
        const paths = allPaths(f, from, to);
        if (!paths.length) {
          expect(() => findRoutes(f, lv, from, to)).toThrow(RouteError);
          return;
        }
        const { best, alternatives } = findRoutes(f, lv, from, to, { alternatives: 3 });
        const costs = paths.map((p) => p.reduce((sum, t) => sum + stepCost(f, lv, t), 0)).sort((x, y) => x - y);
        expect(best.cost).toBeCloseTo(costs[0]!, 9);
        const routes = [best, ...alternatives];
        const keys = routes.map((r) => r.roleIds.join('>'));
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of routes) {
          expect(isPathOf(f, r)).toBe(true);
          expect(r.roleIds[0]).toBe(from);
          expect(r.roleIds.at(-1)).toBe(to);
          expect(new Set(r.roleIds).size).toBe(r.roleIds.length);
          expect(r.cost).toBeCloseTo(r.steps.reduce((sum, s) => sum + stepCost(f, lv, s), 0), 9);
          expect(r.cost).toBeGreaterThanOrEqual(best.cost - 1e-9);
        }
        // Yen's alternatives come cheapest first; the cheapest route with a lateral move may be appended after them
        const last = alternatives.at(-1);
        const appended = !!last?.usesLateral && ![best, ...alternatives.slice(0, -1)].some((r) => r.usesLateral);
        const yen = appended ? routes.slice(0, -1) : routes;
        // …and they are the k cheapest loopless paths there are (Yen's guarantee)
        yen.forEach((r, i) => expect(r.cost).toBeCloseTo(costs[i]!, 9));
        multiPath += paths.length >= 3 ? 1 : 0;
        expect(alternatives.length).toBeLessThanOrEqual(Math.min(paths.length - 1, 4));
      }),
      { numRuns: 400 },
    );
    // the generator must produce lattices with real choices, or the alternatives go untested
    expect(multiPath).toBeGreaterThan(20);
  });
});
