// Turns an extracted job description into a framework Role: catalogue competencies with required levels and importance.
import { DEFAULT_SCALE } from '../../model/scale';
import { indexFramework, tracksOf, type Framework } from '../../model/framework';
import { nameKey, slugify } from '../../model/names';
import { RoleSchema, type Role, type RoleCompetency } from '../../model/role';
import type { ExtractedCompetency, ExtractedRole } from '../job-description';
import { strengthToRank } from './competency-level';
import { seniorityOf } from './fields';
import { baseTitle } from './titles';
import { tokens } from './word-forms';

/** Importance by how the role asks: required 4, in its duties 3, preferred 2 (gaps are weighted by it). */
const IMPORTANCE = { required: 4, responsibility: 3, preferred: 2 } as const;

/** Where a seniority sits on any scale when nothing else says: an intern at the bottom, staff and above near the top. */
function seniorityStrength(order: number | undefined, management: boolean): number {
  if (order === undefined) return 0.5;
  if (management) return 0.75;
  if (order < 1) return 0;
  if (order < 2) return 0.25;
  if (order < 3) return 0.5;
  if (order < 5) return 0.75;
  return 1;
}

interface Placement {
  track: string;
  rank: number;
  /** The framework's roles of that track with their seniority, for levels by analogy. */
  peers: { role: Role; order?: number }[];
}

/** The framework track a role belongs to: its own track name, else the track whose titles it shares ("Senior Engineer, Payments" → Engineer). */
export function placeInFramework(role: Pick<ExtractedRole, 'title' | 'track' | 'levelOrder' | 'management'>, framework: Framework): Placement | undefined {
  const tracks = tracksOf(framework);
  let chosen: string | undefined;
  for (const name of tracks.keys()) if (role.track && nameKey(name) === nameKey(role.track)) chosen = name;
  if (chosen === undefined) {
    const words = new Set(tokens(baseTitle(role.title)));
    let best = 0;
    for (const [name, roles] of tracks) {
      let score = 0;
      for (const r of roles) {
        const base = tokens(baseTitle(r.title));
        if (base.length && base.every((w) => words.has(w))) score += base.length;
        if (r.management === role.management) score += 0.1;
      }
      if (score >= 1 && score > best) [best, chosen] = [score, name];
    }
  }
  if (chosen === undefined) return undefined;
  const peers = tracks.get(chosen)!.map((r) => {
    const order = seniorityOf(r.title)?.order;
    return order === undefined ? { role: r } : { role: r, order };
  });
  let rank = 1;
  if (role.levelOrder !== undefined) {
    const same = peers.find((p) => p.order === role.levelOrder);
    const below = peers.filter((p) => p.order !== undefined && p.order < role.levelOrder!);
    rank = same ? same.role.rank : below.length ? Math.max(...below.map((p) => p.role.rank)) + 1 : 1;
  } else rank = Math.max(1, ...peers.map((p) => p.role.rank));
  return { track: chosen, rank, peers };
}

/** The level a framework peer of similar seniority requires of a competency. */
function levelByAnalogy(competencyId: string, levelOrder: number | undefined, peers: Placement['peers']): number | undefined {
  const requiring = peers.filter((p) => p.role.competencies.some((c) => c.competencyId === competencyId));
  if (!requiring.length) return undefined;
  const distance = (p: Placement['peers'][number]) => (p.order === undefined || levelOrder === undefined ? 50 : Math.abs(p.order - levelOrder));
  const closest = [...requiring].sort((a, b) => distance(a) - distance(b))[0]!;
  if (distance(closest) > 2) return undefined;
  return closest.role.competencies.find((c) => c.competencyId === competencyId)!.level;
}

function sourceOf(c: ExtractedCompetency): string | undefined {
  return c.line !== undefined ? `line ${c.line}` : c.paragraph !== undefined ? `paragraph ${c.paragraph}` : c.block !== undefined ? `block ${c.block}` : undefined;
}

export function extractedRoleToRole(role: ExtractedRole, framework?: Framework): Role {
  const placement = framework ? placeInFramework(role, framework) : undefined;
  const index = framework ? indexFramework(framework) : undefined;
  const competencies: RoleCompetency[] = [];
  const seen = new Set<string>();
  for (const c of role.competencies) {
    let id: string;
    if (framework) {
      // a Role names only the catalogue's competencies; proposals stay on the extracted role for a person to add
      if (!c.matched || !c.competencyId || !index!.competencyById.has(c.competencyId)) continue;
      id = c.competencyId;
    } else id = c.competencyId ?? slugify(c.name);
    if (seen.has(id)) continue;
    seen.add(id);
    const scale = index ? index.scaleOf(id) : DEFAULT_SCALE;
    const level = c.level ?? (placement ? levelByAnalogy(id, role.levelOrder, placement.peers) : undefined) ?? strengthToRank(scale, seniorityStrength(role.levelOrder, role.management));
    const rc: RoleCompetency = { competencyId: id, level, importance: IMPORTANCE[c.asked ?? 'required'] };
    const source = sourceOf(c);
    if (source) rc.source = source;
    competencies.push(rc);
  }
  const track = role.track || placement?.track || '';
  return RoleSchema.parse({
    id: slugify(role.title),
    title: role.title,
    family: role.department || role.track || placement?.track || '',
    track,
    rank: role.track ? role.rank : (placement?.rank ?? role.rank),
    level: role.level,
    summary: role.summary,
    reportsTo: role.reportsTo,
    location: role.location,
    responsibilities: role.responsibilities.map((r) => r.text),
    requirements: { required: role.requirements.map((r) => r.text), preferred: role.preferred.map((r) => r.text) },
    competencies,
    management: role.management,
  });
}
