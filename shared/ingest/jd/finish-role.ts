// Finishes one role read from a job description: its fields, items, years, education, competencies, and what to tell the reader.
import type { Framework } from '../../model/framework';
import { nameKey } from '../../model/names';
import type { Diagnostic } from '../diagnostics';
import type { ExtractedRole, SourcedText } from '../job-description';
import type { LevelPlace } from './family';
import { experienceYearsIn, isCertification, isEducation, mentionsExperience } from './fields';
import type { OutlineHeading } from './outline';
import type { ItemKind } from './placement';
import { roleCompetencies } from './role-competencies';
import type { RawItem, RoleDraft } from './role-reader';

/** One role on its way out: its title and level, what was read for it, and its place in the family. */
export interface LevelDraft {
  title: string;
  heading?: OutlineHeading;
  draft: RoleDraft;
  place: LevelPlace;
  level: string;
}

export function sourced(item: { text: string; block?: number; line?: number }): SourcedText {
  const out: SourcedText = { text: item.text };
  if (item.block !== undefined) out.block = item.block;
  if (item.line !== undefined) out.line = item.line;
  return out;
}

export function where(file: string | undefined, at: { block?: number; line?: number } | undefined): Pick<Diagnostic, 'file' | 'block' | 'line'> {
  const out: Pick<Diagnostic, 'file' | 'block' | 'line'> = {};
  if (file !== undefined) out.file = file;
  if (at?.block !== undefined) out.block = at.block;
  if (at?.line !== undefined) out.line = at.line;
  return out;
}

const MANAGES_PEOPLE = /\b(manag(e|es|ing)|lead(s|ing)?|grow(s|ing)?|build(s|ing)?|run(s|ning)?)\s+(a|the|your|their|our)?\s*(team|teams|group|department)\s+of\b|\bdirect reports\b|\bline[- ]manag|\bpeople manag|\bmanag(e|es|ing)\s+(a|the|your)\s+team\b/i;

/** "Support Manager" manages people when its duties say so ("Manage a team of…"); many a "Manager" title does not. */
export function managesPeople(title: string, items: RawItem[]): boolean {
  return /\b(manager|director|head of|lead|supervisor)\b/i.test(title) && items.some((i) => i.kind === 'responsibilities' && MANAGES_PEOPLE.test(i.text));
}

export function finishRole(level: LevelDraft, shared: RoleDraft, framework: Framework | undefined, layout: { track: string; rank: number }): ExtractedRole {
  const { draft } = level;
  const field = (name: keyof RoleDraft['fields']) => draft.fields[name]?.text ?? shared.fields[name]?.text ?? '';
  const items = (kind: ItemKind) => draft.items.filter((i) => i.kind === kind).map(sourced);
  const asked = draft.items.filter((i) => i.kind !== 'responsibilities');
  const yearsOf = (list: RawItem[]) => list.map((i) => (mentionsExperience(i.text) ? experienceYearsIn(i.text) : undefined)).filter((y): y is number => y !== undefined);
  // an education requirement's alternative ("or 4 years of experience in accounting") is not the role's own ask
  const own = yearsOf(asked.filter((i) => !i.inherited && i.kind === 'requirements' && i.section !== 'education'));
  const inherited = yearsOf(asked.filter((i) => i.inherited && i.kind === 'requirements'));
  const preferred = yearsOf(asked.filter((i) => i.kind === 'preferred'));
  const years = own.length ? Math.max(...own) : inherited.length ? Math.max(...inherited) : preferred.length ? Math.max(...preferred) : undefined;
  const summaryParts = (draft.summary.length ? draft.summary : shared.summary).map((s) => s.text);
  const topicLevel = /^\s*(level|lvl|l)\s*\d+/i.test(level.level) ? Number(/\d+/.exec(level.level)![0]) : undefined;
  const competencies = roleCompetencies(draft.items, framework, topicLevel);
  const role: ExtractedRole = {
    title: level.title,
    level: level.level,
    department: field('department'),
    reportsTo: field('reportsTo'),
    location: field('location'),
    summary: summaryParts.join(' ').slice(0, 1200).trim(),
    responsibilities: items('responsibilities'),
    requirements: items('requirements'),
    preferred: items('preferred'),
    education: asked.filter((i) => i.section === 'education' || isEducation(i.text)).map(sourced),
    certifications: asked.filter((i) => i.section === 'certifications' || isCertification(i.text)).map(sourced),
    competencies,
    track: layout.track,
    rank: layout.rank,
    management: level.place.management,
    source: level.heading ? { block: level.heading.block, ...(level.heading.line !== undefined ? { line: level.heading.line } : {}) } : {},
  };
  if (level.place.levelOrder !== undefined) role.levelOrder = level.place.levelOrder;
  if (years !== undefined) role.experienceYears = years;
  const team = field('team');
  if (team && nameKey(team) !== nameKey(role.department)) role.team = team;
  if (level.place.grade !== undefined) role.grade = level.place.grade;
  return role;
}

export function roleDiagnostics(role: ExtractedRole, draft: RoleDraft, file: string | undefined, multi: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const who = multi ? `"${role.title}": ` : '';
  if (!role.responsibilities.length) out.push({ severity: 'warning', message: `${who}no responsibilities found; put them under a heading such as "Responsibilities" or "What you'll do"`, ...where(file, role.source) });
  // a progression framework's levels hold expectations by area, not requirements: nothing is missing there
  const progression = draft.items.some((i) => i.topic);
  if (!role.requirements.length && !role.preferred.length && !progression) out.push({ severity: 'warning', message: `${who}no requirements found; put them under a heading such as "Requirements" or "What you'll bring"`, ...where(file, role.source) });
  for (const h of draft.unread) out.push({ severity: 'info', message: `${who}section "${h.text}" was not read as responsibilities or requirements; rename its heading if it holds either`, ...where(file, h) });
  out.push(...sortedDiagnostics(draft, file, who));
  return out;
}

const KIND_WORDS: Record<ItemKind, [string, string]> = { responsibilities: ['responsibility', 'responsibilities'], requirements: ['requirement', 'requirements'], preferred: ['preferred qualification', 'preferred qualifications'] };

/** Says which headings were not recognised and where their items went, so a person can rename the heading if that is wrong. */
export function sortedDiagnostics(draft: RoleDraft, file: string | undefined, who = ''): Diagnostic[] {
  return draft.sortedUnder.map(({ heading, kinds }) => {
    const counts = (Object.keys(KIND_WORDS) as ItemKind[])
      .map((kind) => [kind, kinds.filter((k) => k === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${KIND_WORDS[kind][n === 1 ? 0 : 1]}`);
    return {
      severity: 'info' as const,
      message: `${who}heading "${heading.text}" is not one Trellis recognises; its ${kinds.length === 1 ? 'item was' : `${kinds.length} items were`} sorted by how each reads (${counts.join(', ')}). If that is wrong, rename the heading (e.g. "Responsibilities", "Requirements", "Nice to have")`,
      ...where(file, heading),
    };
  });
}

export function readPastDiagnostics(draft: RoleDraft, file: string | undefined): Diagnostic[] {
  return draft.skipped.map((h) => ({ severity: 'info' as const, message: `read past "${h.text}" (${h.kind === 'process' ? 'hiring process' : h.kind === 'performance' ? 'performance indicators' : h.kind === 'specialties' ? 'specialties' : h.kind}): not part of the role's requirements`, ...where(file, h) }));
}

export function dedupeDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.severity}|${d.message}|${d.block}|${d.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}