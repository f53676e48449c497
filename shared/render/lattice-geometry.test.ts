// The lattice drawing's geometry: roles of one level line up across tracks, and no move runs behind a box or seems to
// land on another: every path starts on its role's box, ends on its target's box, and crosses no other box.
import { describe, expect, it } from 'vitest';
import { testFramework } from '../test/fixtures';
import { latticeLayout, latticeSvg } from './lattice-svg';
import type { Framework } from '../model/framework';

/** The test framework plus a Senior Engineering Manager above Engineering Manager, as in the bundled example. */
function withManagers(): Framework {
  const fw = testFramework();
  return {
    ...fw,
    roles: [...fw.roles, { id: 'sem', title: 'Senior Engineering Manager', family: '', track: 'Management', rank: 2, level: '', summary: '', reportsTo: '', location: '', responsibilities: [], requirements: { required: [], preferred: [] }, competencies: [{ competencyId: 'comms', level: 5, importance: 3 }], management: true }],
    transitions: [...fw.transitions, { from: 'staff', to: 'sem', type: 'lateral' }, { from: 'eng1', to: 'pm', type: 'lateral' }],
  };
}

const inside = (p: [number, number], b: { x: number; y: number; w: number; h: number }, margin = 1) => p[0] > b.x + margin && p[0] < b.x + b.w - margin && p[1] > b.y + margin && p[1] < b.y + b.h - margin;
const onBorder = (p: [number, number], b: { x: number; y: number; w: number; h: number }) =>
  p[0] >= b.x - 0.5 && p[0] <= b.x + b.w + 0.5 && p[1] >= b.y - 0.5 && p[1] <= b.y + b.h + 0.5 && (Math.abs(p[0] - b.x) < 0.5 || Math.abs(p[0] - b.x - b.w) < 0.5 || Math.abs(p[1] - b.y) < 0.5 || Math.abs(p[1] - b.y - b.h) < 0.5);

function samples(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
    for (let k = 0; k <= n; k++) out.push([x1 + ((x2 - x1) * k) / n, y1 + ((y2 - y1) * k) / n]);
  }
  return out;
}

describe('the lattice drawing', () => {
  const framework = withManagers();
  const layout = latticeLayout(framework);
  const box = (id: string) => layout.boxes.get(id)!;

  it('lines roles of one level up across tracks: a lateral move lands at the level it leaves', () => {
    // Senior Engineer → Engineering Manager is lateral: the manager sits beside the senior engineer, not Engineer I
    expect(box('em').y).toBe(box('senior').y);
    expect(box('sem').y).toBe(box('staff').y);
    expect(box('em').y).not.toBe(box('eng1').y);
    // within a track, a higher rank is drawn higher
    expect(box('staff').y).toBeLessThan(box('senior').y);
  });

  it('draws every move from its box to its target\'s box, behind no other box', () => {
    expect(layout.edges.length).toBeGreaterThan(6);
    for (const edge of layout.edges) {
      const from = box(edge.from);
      const to = box(edge.to);
      const name = `${from.role.title} → ${to.role.title}`;
      expect(onBorder(edge.points[0]!, from), `${name} starts on its box`).toBe(true);
      expect(onBorder(edge.points[edge.points.length - 1]!, to), `${name} ends on its target`).toBe(true);
      for (const [id, other] of layout.boxes) {
        if (id === edge.from || id === edge.to) continue;
        const hit = samples(edge.points).find((p) => inside(p, other));
        expect(hit, `${name} runs behind ${other.role.title}`).toBeUndefined();
      }
      // the last segment comes from outside the target: the arrowhead cannot seem to land on a neighbour
      expect(inside(edge.points[edge.points.length - 2]!, to, -1)).toBe(false);
    }
  });

  it('the SVG draws those paths', () => {
    const svg = latticeSvg(framework).toString();
    const em = layout.edges.find((e) => e.from === 'senior' && e.to === 'em')!;
    expect(svg).toContain(`d="${em.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ')}"`);
  });
});
