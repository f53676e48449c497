// Ladders and competency matrices: the facts a person wrote down by reading each one (ladders/facts.ts), and how the
// framework reader's output (`trellis framework`, the same code path) is checked against them.
import { readFrameworkFile } from '../../ingest/read-framework';
import { transitionsOf, type Framework } from '../../../shared/model/framework';
import type { Role } from '../../../shared/model/role';
import { check, normalise, type CorpusEntry, type CorpusScorer, type FactCheck } from './corpus';
import { ladderEntries, type LadderFacts } from './ladders/facts';

export type { LadderFacts } from './ladders/facts';
export { ladderEntries };

/** Names compared as a person would: case, spacing, punctuation and markup aside; a title may carry its track. */
export function sameName(expected: string, actual: string): boolean {
  const key = (s: string) => normalise(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const e = key(expected);
  const a = key(actual);
  return !!e && (e === a || (a.length > e.length && a.endsWith(e) && e.length >= 2) || (e.length > a.length && e.endsWith(a) && a.length >= 2 && /\d/.test(a)));
}

const findRoleNamed = (fw: Framework, name: string): Role | undefined => fw.roles.find((r) => sameName(name, r.title)) ;
const findCompetency = (fw: Framework, name: string) => fw.competencies.find((c) => sameName(name, c.name)) ?? fw.competencies.find((c) => normalise(c.name).includes(normalise(name)));

function rolesInTrackOrder(fw: Framework): Role[] {
  return [...fw.roles].sort((a, b) => 0 || (a.track === b.track ? a.rank - b.rank : 0));
}

export function scoreLadder(facts: LadderFacts, framework: Framework | undefined): FactCheck[] {
  const checks: FactCheck[] = [];
  const roles = framework ? rolesInTrackOrder(framework) : [];
  const titles = roles.map((r) => r.title);
  if (facts.roles) {
    const holds = titles.length === facts.roles.length && facts.roles.every((name, i) => sameName(name, titles[i]!));
    checks.push(check('roles (names, order)', facts.roles, titles, holds));
  }
  if (facts.tracks) {
    const all = facts.tracks.flat();
    const trackOf = (name: string) => findRoleNamed(framework ?? ({ roles: [] } as unknown as Framework), name)?.track;
    const perTrack = facts.tracks.map((t) => new Set(t.map(trackOf)));
    const distinct = new Set(facts.tracks.map((t) => trackOf(t[0]!)));
    const holds = !!framework && all.every((n) => trackOf(n) !== undefined) && perTrack.every((s) => s.size === 1) && distinct.size === facts.tracks.length && titles.length === all.length;
    checks.push(check('tracks', facts.tracks.map((t) => t.join(' → ')).join(' ‖ '), framework ? [...new Set(roles.map((r) => r.track))].map((t) => roles.filter((r) => r.track === t).map((r) => r.title).join(' → ')).join(' ‖ ') : undefined, holds));
  }
  if (facts.noRoles) checks.push(check('no roles invented', 'no roles', titles.length ? titles : 'no roles', titles.length === 0));
  else if (facts.roles || facts.tracks) {
    const expected = facts.roles ?? facts.tracks!.flat();
    const invented = titles.filter((t) => !expected.some((e) => sameName(e, t)));
    checks.push(check('no roles the document does not have', 'none', invented.length ? invented : 'none', invented.length === 0));
  }
  if (facts.peers && framework) {
    const moves = transitionsOf(framework);
    for (const [a, b] of facts.peers) {
      const ra = findRoleNamed(framework, a);
      const rb = findRoleNamed(framework, b);
      const promoted = !!ra && !!rb && moves.some((m) => m.type === 'promotion' && ((m.from === ra.id && m.to === rb.id) || (m.from === rb.id && m.to === ra.id)));
      checks.push(check(`peers ${a} / ${b}`, 'both read, no promotion between them', !ra || !rb ? 'not both read' : promoted ? 'a promotion' : 'both read, no promotion between them'));
    }
  } else if (facts.peers) for (const [a, b] of facts.peers) checks.push(check(`peers ${a} / ${b}`, 'both read, no promotion between them', 'no framework', false));
  if (facts.competencies !== undefined) checks.push(check('competency count', facts.competencies, framework?.competencies.length ?? 0));
  for (const name of facts.competencyNames ?? []) checks.push(check(`competency "${name}"`, name, framework ? (findCompetency(framework, name)?.name ?? 'missing') : 'no framework', !!framework && !!findCompetency(framework, name)));
  for (const name of facts.notCompetencies ?? []) {
    const found = framework?.competencies.find((c) => sameName(name, c.name));
    checks.push(check(`"${name}" is not a competency`, 'not a competency', found ? `competency "${found.name}"` : 'not a competency'));
  }
  if (facts.groups) {
    const categories = [...new Set(framework?.competencies.map((c) => c.category).filter(Boolean) ?? [])];
    const holds = facts.groups.length === categories.length && facts.groups.every((g) => categories.some((c) => sameName(g, c)));
    checks.push(check('groups', facts.groups, categories, holds));
  }
  if (facts.scale) {
    const scale = framework ? (framework.scales.find((s) => s.id === framework.defaultScaleId) ?? framework.scales[0]) : undefined;
    const words = scale?.levels.map((l) => l.name) ?? [];
    checks.push(check('scale', facts.scale, words, words.length === facts.scale.length && facts.scale.every((w, i) => sameName(w, words[i]!))));
  }
  for (const cell of facts.cells ?? []) {
    const field = `cell ${cell.competency} @ ${cell.role}`;
    const competency = framework && findCompetency(framework, cell.competency);
    const role = framework && findRoleNamed(framework, cell.role);
    const requirement = competency && role?.competencies.find((rc) => rc.competencyId === competency.id);
    if (!framework || !competency || !role || !requirement) {
      checks.push(check(field, cell.descriptor ?? cell.level, !framework ? 'no framework' : !competency ? 'no such competency' : !role ? 'no such role' : 'not required'));
      continue;
    }
    if (cell.descriptor !== undefined) {
      const text = competency.descriptors?.find((d) => d.level === requirement.level)?.text ?? '';
      checks.push(check(`${field} descriptor`, cell.descriptor, text.length > 120 ? `${text.slice(0, 119)}…` : text || '(no descriptor)', normalise(text).includes(normalise(cell.descriptor))));
    }
    if (cell.level !== undefined) checks.push(check(`${field} level`, cell.level, String(requirement.level), Number(cell.level) === requirement.level || sameName(cell.level, String(requirement.level))));
  }
  return checks;
}

export const ladderScorer: CorpusScorer<LadderFacts> = {
  kind: 'ladder',
  entries: ladderEntries,
  async score(entry: CorpusEntry<LadderFacts>, path: string) {
    const result = await readFrameworkFile(path);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const notes = [`read: ${result.framework ? `${result.framework.roles.length} roles, ${result.framework.competencies.length} competencies` : 'no framework'}; ${errors.length} error(s), ${result.diagnostics.length - errors.length} other diagnostic(s)`];
    for (const d of errors.slice(0, 2)) notes.push(`error: ${d.message.slice(0, 200)}`);
    return { checks: scoreLadder(entry.facts, result.framework), notes };
  },
};
