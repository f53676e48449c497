// Turns a job description (or a job-family page of several levels) into roles a person can check line by line.
import type { Framework } from '../model/framework';
import type { Role } from '../model/role';
import type { Diagnostic } from './diagnostics';
import type { BlockDocument } from './document/blocks';
import { cleanTitle, experienceYearsIn, isCertification, isEducation, mentionsExperience, seniorityOf } from './jd/fields';
import { findLevelHeadings, isDescending, layoutTracks, type LevelPlace } from './jd/family';
import { normaliseLevelName } from './jd/inheritance';
import { readLadderTable } from './jd/ladder-table';
import { outlineOf, scopeEnd, type Outline, type OutlineHeading } from './jd/outline';
import type { ItemKind } from './jd/placement';
import { roleCompetencies } from './jd/role-competencies';
import { CONTENT_KINDS } from './jd/sections';
import { emptyDraft, readScope, titleInProse, type RawItem, type RoleDraft } from './jd/role-reader';
import { baseTitle, commonFamily, familyName, isBareLevel, looksLikeJobTitle, titleWithFamily } from './jd/titles';
import { nameKey } from '../model/names';
import { extractedRoleToRole as toRole, frameworkRoleFor } from './jd/to-role';

export { frameworkRoleFor };

export interface SourcedText {
  text: string;
  block?: number;
  line?: number;
}

export interface ExtractedCompetency {
  /** The framework competency's name when matched, else the proposed name. */
  name: string;
  /** Set when matched to the framework's catalogue. */
  competencyId?: string;
  matched: boolean;
  /** A level the text implies ("expert in", "working knowledge of"), on the competency's scale. */
  level?: number;
  /** The sentence that asks for it. */
  evidence: string;
  block?: number;
  line?: number;
  /** Where the role asks for it: its requirements, its preferred qualifications, or only its duties. */
  asked?: 'required' | 'preferred' | 'responsibility';
}

export interface ExtractedRole {
  title: string;
  level: string;
  levelOrder?: number;
  department: string;
  reportsTo: string;
  location: string;
  summary: string;
  responsibilities: SourcedText[];
  requirements: SourcedText[];
  preferred: SourcedText[];
  experienceYears?: number;
  education: SourcedText[];
  certifications: SourcedText[];
  competencies: ExtractedCompetency[];
  track: string;
  rank: number;
  management: boolean;
  source: { block?: number; line?: number };
  /** The team named in the text ("join our Data Platform team"), when it differs from the department. */
  team?: string;
  /** The job grade a family page gives the level ("grade 7"). */
  grade?: number;
}

export interface JobDescriptionResult {
  /** One per level on a job-family page. */
  roles: ExtractedRole[];
  /** By role title, for job families. */
  transitions: { from: string; to: string; type: 'promotion' }[];
  /** With file and line/block. */
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  framework?: Framework;
  file?: string;
}

interface LevelDraft {
  title: string;
  heading?: OutlineHeading;
  draft: RoleDraft;
  place: LevelPlace;
  level: string;
}

function sourced(item: { text: string; block?: number; line?: number }): SourcedText {
  const out: SourcedText = { text: item.text };
  if (item.block !== undefined) out.block = item.block;
  if (item.line !== undefined) out.line = item.line;
  return out;
}

function where(file: string | undefined, at: { block?: number; line?: number } | undefined): Pick<Diagnostic, 'file' | 'block' | 'line'> {
  const out: Pick<Diagnostic, 'file' | 'block' | 'line'> = {};
  if (file !== undefined) out.file = file;
  if (at?.block !== undefined) out.block = at.block;
  if (at?.line !== undefined) out.line = at.line;
  return out;
}

/** Copies items of some kinds from one draft into another, after its own, skipping ones it already has. */
function inheritItems(into: RoleDraft, from: RawItem[], kinds: ItemKind[] | 'all', topic?: string): void {
  const have = new Set(into.items.map((i) => `${i.kind}\u0000${nameKey(i.text)}`));
  const inherited = from.filter((i) => (kinds === 'all' || kinds.includes(i.kind)) && (topic === undefined || i.topic === topic) && !have.has(`${i.kind}\u0000${nameKey(i.text)}`));
  into.items.unshift(...inherited.map((i) => ({ ...i, inherited: true })));
}

/** The heading that names a single job description's role, if one does: the first that names a job, else the first unclassified one. */
function titleHeading(outline: Outline): OutlineHeading | undefined {
  // "Advertising and Promotions Managers" names a job even though "promotion" is a career word
  return outline.headings.find((h) => looksLikeJobTitle(cleanTitle(h.text)) && (h.kind === 'other' || !CONTENT_KINDS.has(h.kind) || h.score < 4)) ?? outline.headings.find((h) => h.kind === 'other');
}

/** The title of a single job description: a "Job title:" field, a heading that names a job, the document's title, or its opening words. */
function singleTitle(doc: BlockDocument, heading: OutlineHeading | undefined, draft: RoleDraft): string | undefined {
  if (draft.fields.title) return cleanTitle(draft.fields.title.text);
  if (heading && looksLikeJobTitle(cleanTitle(heading.text))) return cleanTitle(heading.text);
  if (doc.title && looksLikeJobTitle(cleanTitle(doc.title))) return cleanTitle(doc.title);
  for (const block of doc.blocks.slice(0, 12)) {
    const named = block.type === 'paragraph' ? titleInProse(block.text) : undefined;
    if (named) return named;
  }
  if (heading) return cleanTitle(heading.text);
  return doc.title ? cleanTitle(doc.title) : undefined;
}

const MANAGES_PEOPLE = /\b(manag(e|es|ing)|lead(s|ing)?|grow(s|ing)?|build(s|ing)?|run(s|ning)?)\s+(a|the|your|their|our)?\s*(team|teams|group|department)\s+of\b|\bdirect reports\b|\bline[- ]manag|\bpeople manag|\bmanag(e|es|ing)\s+(a|the|your)\s+team\b/i;

/** "Support Manager" manages people when its duties say so ("Manage a team of…"); many a "Manager" title does not. */
function managesPeople(title: string, items: RawItem[]): boolean {
  return /\b(manager|director|head of|lead|supervisor)\b/i.test(title) && items.some((i) => i.kind === 'responsibilities' && MANAGES_PEOPLE.test(i.text));
}

function fileStem(file: string | undefined): string {
  if (!file) return '';
  const name = file.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
}

/** Resolves a named inheritance source ("Manager, Field Marketing", "level 1") among the levels before. */
function namedLevel(levels: LevelDraft[], name: string, before: number): number | undefined {
  const key = nameKey(normaliseLevelName(name));
  const candidates = levels.map((l, i) => ({ l, i })).filter(({ i }) => i !== before);
  const exact = candidates.find(({ l }) => nameKey(l.title) === key || nameKey(l.level) === key);
  if (exact) return exact.i;
  // "level 1" finds the last sub-level of level 1 ("Level 1C") before this one
  const prefix = candidates.filter(({ l, i }) => i < before && (nameKey(l.title).endsWith(key) || nameKey(l.title).includes(`${key} `) || nameKey(l.title).endsWith(`${key}`) || new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]?\\b`).test(nameKey(l.title))));
  return prefix.length ? prefix[prefix.length - 1]!.i : undefined;
}

function finishRole(level: LevelDraft, shared: RoleDraft, framework: Framework | undefined, family: string, layout: { track: string; rank: number }): ExtractedRole {
  const { draft } = level;
  const field = (name: keyof RoleDraft['fields']) => draft.fields[name]?.text ?? shared.fields[name]?.text ?? '';
  const items = (kind: ItemKind) => draft.items.filter((i) => i.kind === kind).map(sourced);
  const asked = draft.items.filter((i) => i.kind !== 'responsibilities');
  const yearsOf = (list: RawItem[]) => list.map((i) => (mentionsExperience(i.text) || /\byears?\b/i.test(i.text) ? experienceYearsIn(i.text) : undefined)).filter((y): y is number => y !== undefined);
  const own = yearsOf(asked.filter((i) => !i.inherited && i.kind === 'requirements'));
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

function roleDiagnostics(role: ExtractedRole, draft: RoleDraft, file: string | undefined, multi: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const who = multi ? `"${role.title}": ` : '';
  if (!role.responsibilities.length) out.push({ severity: 'warning', message: `${who}no responsibilities found; put them under a heading such as "Responsibilities" or "What you'll do"`, ...where(file, role.source) });
  // a progression framework's levels hold expectations by area, not requirements: nothing is missing there
  const progression = draft.items.some((i) => i.topic);
  if (!role.requirements.length && !role.preferred.length && !progression) out.push({ severity: 'warning', message: `${who}no requirements found; put them under a heading such as "Requirements" or "What you'll bring"`, ...where(file, role.source) });
  for (const h of draft.unread) out.push({ severity: 'info', message: `${who}section "${h.text}" was not read as responsibilities or requirements; rename its heading if it holds either`, ...where(file, h) });
  return out;
}

export function ingestJobDescription(doc: BlockDocument, options: IngestOptions = {}): JobDescriptionResult {
  const file = options.file ?? doc.file;
  const diagnostics: Diagnostic[] = [];
  if (!doc.blocks.some((b) => (b.type === 'table' ? b.rows.some((r) => r.some((c) => c.text.trim())) : b.text.trim()))) {
    return { roles: [], transitions: [], diagnostics: [{ severity: 'error', message: 'the document has no text; is it the job description you meant?', ...where(file, undefined) }] };
  }
  const ladder = readLadderTable(doc, file);
  if (ladder) return ladder;

  const outline = outlineOf(doc);
  const levelHeadings = findLevelHeadings(outline, doc.blocks.length);
  const titleKeys = levelHeadings.map((h) => nameKey(h.text));

  if (levelHeadings.length < 2) {
    // one job description: the whole document is the role
    const heading = titleHeading(outline);
    const final = readScope({ doc, outline, start: 0, end: doc.blocks.length, ...(heading ? { roleHeading: heading } : {}) });
    let title = singleTitle(doc, heading, final) ?? '';
    if (!title) {
      title = fileStem(file) || 'Untitled role';
      diagnostics.push({ severity: 'warning', message: `no job title found; called the role "${title}". Put the title in the first heading or a "Job title:" line`, ...where(file, { block: 0, line: doc.blocks[0]?.line }) });
    }
    const seniority = seniorityOf(title) ?? (final.fields.level ? seniorityOf(final.fields.level.text) : undefined);
    const level: LevelDraft = {
      title,
      draft: final,
      place: { title, management: seniority?.management ?? managesPeople(title, final.items), ...(seniority ? { levelOrder: seniority.order } : {}) },
      level: final.fields.level?.text ?? seniority?.label ?? '',
    };
    if (heading) level.heading = heading;
    const role = finishRole(level, emptyDraft(), options.framework, '', { track: '', rank: 1 });
    diagnostics.push(...readPastDiagnostics(final, file), ...roleDiagnostics(role, final, file, false));
    return { roles: [role], transitions: [], diagnostics };
  }

  // a job family: one role per level heading; what sits outside them is shared by the family
  const overview = levelHeadings.filter((h, i) => titleKeys.indexOf(nameKey(h.text), i + 1) > i);
  const levels = levelHeadings.filter((h) => !overview.includes(h));
  const first = levelHeadings[0]!;
  const preambleHeading = outline.headings.find((h) => h.block < first.block && h.kind === 'other');
  const shared = readScope({ doc, outline, start: 0, end: first.block, proseIsSummary: true, ...(preambleHeading ? { roleHeading: preambleHeading } : {}) });
  for (const h of overview) mergeDraft(shared, readScope({ doc, outline, start: h.block, end: scopeEnd(outline, h, doc.blocks.length), roleHeading: h }));

  // sections after or between the levels that belong to none ("## Hiring process", "## Requirements for every level")
  const covered = [...levelHeadings.map((h) => [h.block, scopeEnd(outline, h, doc.blocks.length)] as const), [0, first.block] as const];
  for (const h of outline.headings) {
    if (covered.some(([a, b]) => h.block >= a && h.block < b)) continue;
    const end = scopeEnd(outline, h, doc.blocks.length);
    covered.push([h.block, end]);
    mergeDraft(shared, readScope({ doc, outline, start: h.block, end }));
  }

  const enclosing = [...outline.headings].reverse().find((h) => h.block < first.block && h.depth < first.depth && h.kind === 'other');
  const family = familyName(doc.title ?? '') || (enclosing ? familyName(enclosing.text) : '') || commonFamily(levels.map((h) => h.text));
  const bases = new Map<string, number>();
  for (const h of levels) {
    const base = nameKey(baseTitle(h.text));
    bases.set(base, (bases.get(base) ?? 0) + 1);
  }

  let drafts: LevelDraft[] = levels.map((h) => {
    const draft = readScope({ doc, outline, start: h.block, end: scopeEnd(outline, h, doc.blocks.length), roleHeading: h });
    const text = cleanTitle(h.text);
    const title = isBareLevel(text) && family ? titleWithFamily(text, family) : text;
    const seniority = seniorityOf(text);
    // the unmarked title on a page of marked ones ("Backend Engineer" beside "Senior Backend Engineer") is the intermediate level
    const unmarked = !seniority && (bases.get(nameKey(baseTitle(text))) ?? 0) > 1;
    const place: LevelPlace = { title, management: seniority?.management ?? managesPeople(title, draft.items) };
    const order = seniority?.order ?? (unmarked ? 2 : undefined);
    if (order !== undefined) place.levelOrder = order;
    if (draft.grade !== undefined) place.grade = draft.grade;
    const level = draft.fields.level?.text ?? seniority?.label ?? (unmarked ? 'Intermediate' : draft.grade !== undefined ? `Grade ${draft.grade}` : '');
    return { title, heading: h, draft, place, level };
  });
  if (isDescending(drafts.map((d) => d.place))) drafts = drafts.reverse();
  makeTitlesUnique(drafts);

  // the family's shared items go to every level that has none of its own of that kind (and no inheritance covering it)
  for (const level of drafts) {
    const { draft } = level;
    const explicitShared = draft.inherits.some((c) => c.shared);
    for (const kind of ['responsibilities', 'requirements', 'preferred'] as ItemKind[]) {
      const covered = draft.inherits.some((c) => !c.shared && (c.kinds === 'all' || c.kinds.includes(kind)));
      if (explicitShared || (!covered && !draft.items.some((i) => i.kind === kind))) inheritItems(draft, shared.items, [kind]);
    }
  }
  resolveInheritance(drafts, diagnostics, file);

  const layout = layoutTracks(drafts.map((d) => d.place), family);
  const roles = drafts.map((level, i) => finishRole(level, shared, options.framework, family, layout.places[i]!));
  diagnostics.push(...readPastDiagnostics(shared, file));
  drafts.forEach((level, i) => diagnostics.push(...readPastDiagnostics(level.draft, file), ...roleDiagnostics(roles[i]!, level.draft, file, true)));
  return { roles, transitions: layout.transitions, diagnostics: dedupeDiagnostics(diagnostics) };
}

function mergeDraft(into: RoleDraft, from: RoleDraft): void {
  for (const [k, v] of Object.entries(from.fields)) if (!into.fields[k as keyof RoleDraft['fields']]) into.fields[k as keyof RoleDraft['fields']] = v;
  into.summary.push(...from.summary);
  const have = new Set(into.items.map((i) => `${i.kind}\u0000${nameKey(i.text)}`));
  into.items.push(...from.items.filter((i) => !have.has(`${i.kind}\u0000${nameKey(i.text)}`)));
  into.skipped.push(...from.skipped);
  into.unread.push(...from.unread);
  into.structured ||= from.structured;
}

function makeTitlesUnique(levels: LevelDraft[]): void {
  const seen = new Map<string, number>();
  for (const level of levels) {
    const key = nameKey(level.title);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) level.title = `${level.title} (${n})`;
  }
}

/** Applies "includes everything above, plus" in dependency order, so Staff gets Senior's items after Senior got Intermediate's. */
function resolveInheritance(levels: LevelDraft[], diagnostics: Diagnostic[], file: string | undefined): void {
  const state = new Map<number, 'busy' | 'done'>();
  const visit = (i: number) => {
    if (state.get(i) === 'done') return;
    if (state.get(i) === 'busy') return; // a loop of "same as": each keeps what it has
    state.set(i, 'busy');
    const level = levels[i]!;
    for (const cue of level.draft.inherits) {
      if (cue.shared) continue;
      let source: number | undefined = i - 1;
      if (cue.from) {
        source = namedLevel(levels, cue.from, i);
        if (source === undefined) {
          diagnostics.push({ severity: 'warning', message: `"${level.title}" says it builds on "${cue.from}", but no level of that name is on this page; its items were not copied`, ...where(file, cue) });
          continue;
        }
      }
      if (source < 0) continue;
      visit(source);
      inheritItems(level.draft, levels[source]!.draft.items, cue.kinds, cue.topic);
    }
    state.set(i, 'done');
  };
  levels.forEach((_, i) => visit(i));
}

function readPastDiagnostics(draft: RoleDraft, file: string | undefined): Diagnostic[] {
  return draft.skipped.map((h) => ({ severity: 'info' as const, message: `read past "${h.text}" (${h.kind === 'process' ? 'hiring process' : h.kind === 'performance' ? 'performance indicators' : h.kind === 'specialties' ? 'specialties' : h.kind}): not part of the role's requirements`, ...where(file, h) }));
}

function dedupeDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.severity}|${d.message}|${d.block}|${d.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A Role for the framework: competencies matched to the catalogue with required levels (from the
 * text, else from the role's seniority relative to the framework's roles of that track, else a
 * sensible default), importance (required > preferred).
 */
export function extractedRoleToRole(role: ExtractedRole, framework?: Framework): Role {
  return toRole(role, framework);
}
