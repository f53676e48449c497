// Turns an extracted job description into a framework Role: catalogue competencies with required levels and importance.
import { DEFAULT_SCALE } from '../../model/scale';
import { indexFramework, tracksOf, type Framework } from '../../model/framework';
import { CompetencySchema, type Competency } from '../../model/competency';
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

/** Where a job description's role goes in a framework: a track of the framework, or (`own`) a track of its own. */
export interface FrameworkPlace {
  track: string;
  rank: number;
  peers: Placement['peers'];
  /** A track of its own: the role is of another field than any track of the framework. */
  own: boolean;
}

/**
 * The framework track a job description's role belongs to, placed by its seniority among that track's
 * roles; else a track of its own, named after its department, its family or its title, at rank 1.
 */
export function placeRole(role: ExtractedRole, framework: Framework): FrameworkPlace {
  const placement = placeInFramework({ ...role, track: role.track || role.department }, framework);
  if (placement) return { ...placement, own: false };
  return { track: role.department || role.track || role.title, rank: 1, peers: [], own: true };
}

/**
 * A Role for the framework: competencies matched to the catalogue with required levels (from the
 * text, else from a framework role of similar seniority on its track, else from its seniority),
 * importance (required > duties > preferred), and its place: the framework's track it belongs to, or
 * a track of its own. Without a framework, its proposed competencies by slug.
 */
export function extractedRoleToRole(role: ExtractedRole, framework?: Framework): Role {
  const place = framework ? placeRole(role, framework) : undefined;
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
    const level = c.level ?? (place ? levelByAnalogy(id, role.levelOrder, place.peers) : undefined) ?? strengthToRank(scale, seniorityStrength(role.levelOrder, role.management));
    competencies.push(roleCompetency(c, id, level));
  }
  return RoleSchema.parse({
    id: slugify(role.title),
    title: role.title,
    family: role.department || role.track || place?.track || '',
    track: place ? place.track : role.track,
    rank: place ? place.rank : role.rank,
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

function roleCompetency(c: ExtractedCompetency, competencyId: string, level: number): RoleCompetency {
  const rc: RoleCompetency = { competencyId, level, importance: IMPORTANCE[c.asked ?? 'required'] };
  const source = sourceOf(c);
  if (source) rc.source = source;
  return rc;
}

/** "Knowledge of X" is knowledge, "ability to X" an ability, the rest skills. */
function kindOfProposal(c: ExtractedCompetency): Competency['kind'] {
  // the words before the name in its sentence; "Running reviews" was asked as "ability to run reviews"
  const first = c.name.toLowerCase().split(/\s+/)[0]!;
  const stem = first.endsWith('ing') && first.length > 5 ? first.slice(0, -3).replace(/(.)\1$/, '$1') : first;
  const at = c.evidence.toLowerCase().search(new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const before = c.evidence.slice(0, Math.max(0, at)).toLowerCase();
  if (/\b(knowledge|understanding|familiar\w*|awareness|grounding) (of|with|in)\s*$/.test(before)) return 'knowledge';
  if (/\b(ability|able|capacity) to\s*$/.test(before)) return 'ability';
  return 'skill';
}

/** A job description's role ready to go into a framework: the Role, and the competencies the framework must gain for it. */
export interface RoleForFramework {
  role: Role;
  /** New competencies of the framework: what the job description asks for that its catalogue lacks. */
  competencies: Competency[];
  place: FrameworkPlace;
}

/**
 * The role as extractedRoleToRole makes it, plus, when the catalogue cannot measure it (the role is of
 * another field, on a track of its own, or none of its competencies matched), what the job
 * description asks for as new competencies of the framework, each required at the level the wording
 * implies or a level for the role's seniority. Without them the gap analysis would measure nothing
 * and call the person ready.
 */
export function roleForFramework(extracted: ExtractedRole, framework: Framework): RoleForFramework {
  const role = extractedRoleToRole(extracted, framework);
  const place = placeRole(extracted, framework);
  if (!place.own && role.competencies.length) return { role, competencies: [], place };
  const index = indexFramework(framework);
  const ids = new Set(framework.competencies.map((c) => c.id));
  const names = new Map(framework.competencies.map((c) => [nameKey(c.name), c.id]));
  const scale = index.scaleOf('');
  const added: Competency[] = [];
  const have = new Set(role.competencies.map((c) => c.competencyId));
  const competencies = [...role.competencies];
  for (const c of extracted.competencies) {
    if (c.matched) continue;
    let id = names.get(nameKey(c.name));
    if (!id) {
      id = slugify(c.name);
      for (let n = 2; ids.has(id); n++) id = `${slugify(c.name)}-${n}`;
      ids.add(id);
      names.set(nameKey(c.name), id);
      added.push(CompetencySchema.parse({ id, name: c.name, kind: kindOfProposal(c), category: extracted.department || extracted.title, description: `Asked for by the job description of ${extracted.title}: "${c.evidence}"` }));
    }
    if (have.has(id)) continue;
    have.add(id);
    competencies.push(roleCompetency(c, id, c.level ?? strengthToRank(scale, seniorityStrength(extracted.levelOrder, extracted.management))));
  }
  return { role: { ...role, competencies }, competencies: added, place };
}
