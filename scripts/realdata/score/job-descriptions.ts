// Job descriptions and job-family pages: the facts a person wrote down by reading each one (jd/entries.ts), and how
// the job-description reader's output (read exactly as `trellis role` reads the file) is checked against them.
import type { ExtractedRole, JobDescriptionResult } from '../../../shared/ingest/job-description';
import { nameKey } from '../../../shared/model/names';
import { FileFormatError } from '../../../shared/model/files';
import { readJobDescriptionFile } from '../../ingest/read-job-description';
import { check, normalise, type CorpusScorer, type FactCheck, type MatchCounts, type ScoredDocument } from './corpus';
import { scoringFrameworks } from './frameworks';
import { jobDescriptionEntries } from './jd/entries';
import type { JobDescriptionFacts, RoleFacts } from './jd/facts';

export type { JobDescriptionFacts } from './jd/facts';
export { jobDescriptionEntries };

const sameTitle = (a: string, b: string) => normalise(a).replace(/[.:;,\s]+$/, '') === normalise(b).replace(/[.:;,\s]+$/, '');

function roleChecks(prefix: string, facts: RoleFacts, role: ExtractedRole | undefined): FactCheck[] {
  const checks: FactCheck[] = [];
  const field = (name: string) => `${prefix}${name}`;
  if (!role) {
    // a level the reader did not find: every fact about it fails
    for (const [k, v] of Object.entries(facts)) checks.push(check(field(k), v, undefined, false));
    return checks;
  }
  checks.push(check(field('title'), facts.title, role.title, sameTitle(facts.title, role.title)));
  if (facts.level !== undefined) {
    const said = [role.level, role.grade !== undefined ? `grade ${role.grade}` : ''].filter(Boolean).join(' · ');
    checks.push(check(field('level'), facts.level, said, nameKey(role.level).replace(/[^a-z0-9]/g, '') === nameKey(facts.level).replace(/[^a-z0-9]/g, '')));
  }
  if (facts.grade !== undefined) checks.push(check(field('grade'), facts.grade, role.grade));
  if (facts.location !== undefined) checks.push(check(field('location'), facts.location, role.location));
  if (facts.responsibilities !== undefined) checks.push(check(field('responsibilities'), facts.responsibilities, role.responsibilities.length));
  if (facts.requirements !== undefined) checks.push(check(field('requirements'), facts.requirements, role.requirements.length));
  if (facts.preferred !== undefined) checks.push(check(field('preferred'), facts.preferred, role.preferred.length));
  if (facts.experienceYears !== undefined) checks.push(check(field('years'), facts.experienceYears ?? '(none)', role.experienceYears ?? '(none)'));
  for (const words of facts.certifications ?? []) {
    const found = role.certifications.find((c) => normalise(c.text).includes(normalise(words)));
    checks.push(check(field(`certification "${words}"`), words, found?.text ?? (role.certifications.map((c) => c.text).join(' | ') || '(none)'), !!found));
  }
  return checks;
}

function findRole(roles: ExtractedRole[], title: string, index: number, single: boolean): ExtractedRole | undefined {
  return roles.find((r) => sameTitle(r.title, title)) ?? (single ? roles[index] : undefined);
}

function matchCounts(facts: NonNullable<JobDescriptionFacts['matching']>, role: ExtractedRole | undefined): { counts: MatchCounts; notes: string[] } {
  const expected = new Set(facts.competencies.map(nameKey));
  const found = new Set((role?.competencies ?? []).filter((c) => c.matched).map((c) => nameKey(c.name)));
  const right = [...found].filter((c) => expected.has(c));
  const wrong = [...found].filter((c) => !expected.has(c));
  const missed = [...expected].filter((c) => !found.has(c));
  const notes = [`matching against the "${facts.framework}" framework${facts.role ? ` (role ${facts.role})` : ''}: wrong [${wrong.join(', ')}], missed [${missed.join(', ')}]`];
  return { counts: { truePositives: right.length, falsePositives: wrong.length, falseNegatives: missed.length }, notes };
}

async function read(path: string, file: string, framework?: string): Promise<{ result?: JobDescriptionResult; refusal?: string }> {
  try {
    const result = await readJobDescriptionFile(path, file, framework ? { framework: scoringFrameworks[framework]! } : {});
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (!result.roles.length || errors.length) return { result, refusal: errors.map((d) => d.message).join('; ') || 'no role' };
    return { result };
  } catch (error) {
    if (error instanceof FileFormatError) return { refusal: error.problems.join('; ') };
    throw error;
  }
}

export const jobDescriptionScorer: CorpusScorer<JobDescriptionFacts> = {
  kind: 'job-description',
  entries: jobDescriptionEntries,
  async score(entry, path): Promise<ScoredDocument> {
    const { facts } = entry;
    if (facts.matching && !scoringFrameworks[facts.matching.framework]) throw new Error(`no scoring framework "${facts.matching.framework}"`);
    const { result, refusal } = await read(path, entry.file, facts.matching?.framework);
    const checks: FactCheck[] = [];
    const notes: string[] = [];
    if (facts.notAJobDescription) {
      const named = !!refusal && normalise(refusal).includes(normalise(facts.notAJobDescription));
      checks.push(check('refused as not a job description', `refused, naming "${facts.notAJobDescription}"`, refusal ?? `accepted: ${result?.roles.map((r) => r.title).join(' | ')}`, named));
      return { checks };
    }
    if (refusal && !result?.roles.length) {
      checks.push(check('accepted as a job description', 'accepted', `refused: ${refusal}`, false));
      return { checks };
    }
    const roles = result!.roles;
    const expected = facts.roles ?? [];
    const single = expected.length === 1;
    checks.push(check('roles', expected.length, roles.length));
    expected.forEach((f, i) => checks.push(...roleChecks(single ? '' : `${f.title} · `, f, findRole(roles, f.title, i, single))));
    for (const heading of facts.notRoles ?? []) {
      const wrong = roles.filter((r) => sameTitle(r.title, heading) || normalise(r.title).startsWith(`${normalise(heading)} `));
      checks.push(check(`"${heading}" is not a role`, 'no such role', wrong.length ? wrong.map((r) => r.title).join(' | ') : 'no such role'));
    }
    let matching: MatchCounts | undefined;
    if (facts.matching) {
      const role = facts.matching.role ? roles.find((r) => sameTitle(r.title, facts.matching!.role!)) : roles[0];
      const m = matchCounts(facts.matching, role);
      matching = m.counts;
      notes.push(...m.notes);
    }
    const warnings = result!.diagnostics.filter((d) => d.severity !== 'info').length;
    if (warnings) notes.push(`${warnings} warning(s) from the reader`);
    return { checks, ...(matching ? { matching } : {}), ...(notes.length ? { notes } : {}) };
  },
};
