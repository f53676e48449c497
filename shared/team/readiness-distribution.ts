// How ready the people aiming at each role are: a histogram of readiness per target role.
import { roleKey } from './framework-catalog';
import type { Team } from './team';

export interface ReadinessBucket {
  /** Inclusive lower bound, 0–1. */
  from: number;
  /** Exclusive upper bound (the last bucket includes 1). */
  to: number;
  count: number;
  /** Employees in the bucket, for tables and tooltips. */
  people: string[];
}

export interface ReadinessDistribution {
  roleKey: string;
  roleTitle: string;
  track: string;
  frameworkName: string;
  people: number;
  buckets: ReadinessBucket[];
  median: number;
  mean: number;
}

/** Readiness of every member with a target, grouped by target role (most people first); `buckets` equal bands of 0–100%. */
export function readinessDistribution(team: Team, buckets = 5): ReadinessDistribution[] {
  const groups = new Map<string, { title: string; track: string; frameworkName: string; values: { readiness: number; name: string }[] }>();
  for (const m of team.members) {
    if (!m.analysis || !m.target || !m.framework) continue;
    const key = roleKey(m.framework.id, m.target.id);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { title: m.target.title, track: m.target.track || m.target.family, frameworkName: m.framework.name, values: [] }));
    g.values.push({ readiness: m.analysis.readiness, name: m.plan.employee.name });
  }
  const out: ReadinessDistribution[] = [];
  for (const [key, g] of groups) {
    const bands: ReadinessBucket[] = Array.from({ length: buckets }, (_, i) => ({ from: i / buckets, to: (i + 1) / buckets, count: 0, people: [] }));
    for (const v of g.values) {
      const band = bands[Math.min(buckets - 1, Math.floor(v.readiness * buckets))]!;
      band.count++;
      band.people.push(v.name);
    }
    const sorted = g.values.map((v) => v.readiness).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    out.push({
      roleKey: key,
      roleTitle: g.title,
      track: g.track,
      frameworkName: g.frameworkName,
      people: sorted.length,
      buckets: bands,
      median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
      mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    });
  }
  return out.sort((a, b) => b.people - a.people || a.roleTitle.localeCompare(b.roleTitle));
}
