// Turns a job description (or a job-family page of several levels) into roles a person can check line by line.
import type { Framework } from '../model/framework';
import { nameKey } from '../model/names';
import type { Role } from '../model/role';
import type { Diagnostic } from './diagnostics';
import type { BlockDocument } from './document/blocks';
import { cleanTitle, seniorityOf } from './jd/fields';
import { findLevelHeadings, isDescending, layoutTracks, type LevelPlace } from './jd/family';
import { dedupeDiagnostics, finishRole, managesPeople, readPastDiagnostics, roleDiagnostics, sortedDiagnostics, where, type LevelDraft } from './jd/finish-role';
import { inheritItems, resolveInheritance } from './jd/inheritance';
import { readLadderTable } from './jd/ladder-table';
import { linesAsParagraphs } from './jd/positions';
import { levelScopeEnd, outlineOf, scopeEnd, type Outline, type OutlineHeading } from './jd/outline';
import type { ItemKind } from './jd/placement';
import { emptyDraft, readScope, titleInProse, type RoleDraft } from './jd/role-reader';
import { CONTENT_KINDS } from './jd/sections';
import { baseTitle, commonFamily, familyName, isBareLevel, looksLikeJobTitle, titleWithFamily } from './jd/titles';
import { frameworkRoleFor } from './jd/title-match';
import { extractedRoleToRole as toRole } from './jd/to-role';

export { frameworkRoleFor };

export interface SourcedText {
  text: string;
  block?: number;
  line?: number;
  /** In a word-processor document (.docx), the number of its paragraph, in place of a line. */
  paragraph?: number;
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
  paragraph?: number;
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
  source: { block?: number; line?: number; paragraph?: number };
  /** The team named in the text ("join our Data Platform team"), when it differs from the department. */
  team?: string;
  /** The job grade a family page gives the level ("grade 7"). */
  grade?: number;
  /** Set on a specialisation ("Accountant, Tax"): the level it is a variant of, reached by a lateral move. */
  specialisationOf?: string;
}

export interface JobDescriptionResult {
  /** One per level on a job-family page. */
  roles: ExtractedRole[];
  /** By role title, for job families. */
  transitions: { from: string; to: string; type: 'promotion' | 'lateral' }[];
  /** With file and line/block. */
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  framework?: Framework;
  file?: string;
}

/** The heading that names a single job description's role, if one does: the first that names a job, else the first unclassified one. */
function titleHeading(outline: Outline, docTitle?: string): OutlineHeading | undefined {
  // the heading that repeats the page's own title names the role, whatever its words look like to the section reader
  const repeated = docTitle ? outline.headings.find((h) => h.depth <= 2 && nameKey(h.text) === nameKey(docTitle)) : undefined;
  if (repeated) return repeated;
  // "Advertising and Promotions Managers" names a job even though "promotion" is a career word
  // a heading after the duties, or one written as a sentence ("At Acme, we celebrate difference."), names no role: taken
  // as the title's heading it would hide that its section ends the one above
  const firstSection = outline.headings.find((h) => (h.kind === 'responsibilities' || h.kind === 'requirements' || h.kind === 'preferred') && h.score >= 3)?.block ?? Infinity;
  const couldName = (h: OutlineHeading) => h.block < firstSection && !/[.!]$/.test(h.text) && !NOT_A_TITLE.test(h.text);
  return outline.headings.find((h) => looksLikeJobTitle(cleanTitle(h.text)) && !/[.!]$/.test(h.text) && (h.kind === 'other' || !CONTENT_KINDS.has(h.kind) || h.score < 4)) ?? outline.headings.find((h) => h.kind === 'other' && couldName(h));
}

/** Headings that introduce the company, its benefits or its process: never the posting's title. */
const NOT_A_TITLE = /^(about|who we are|our (company|team|mission|story|stack)|why (join|work)|benefits|perks|what we offer|how to apply|the (company|team)|remote working|hiring process|interview process)\b/i;

/** A page or front-matter title as the posting's name: "Hiring our next Community Manager" → "Community Manager", "Sales Engineer | PostHog" → "Sales Engineer". */
export function postingTitle(text: string): string {
  return cleanTitle(
    text
      .replace(/^\s*(we('re| are) hiring[:!]?\s*(an?|our( next)?|the)?|hiring( our( next)?| an?| the)?|join us as( an?)?|now hiring[:!]?|open (role|position)[:!]?|vacancy[:!]?)\s+/i, '')
      .replace(/\s+(\||·|•)\s+.*$/, '')
      .replace(/\s+at\s+[A-Z][\w.&' -]*$/, ''),
  );
}

/**
 * The title of a single job description, from the strongest signal: a "Job title:" field, the page's own title (JSON-LD,
 * og:title, <title>, front matter) when it names a job, a heading that names one, the opening words; never a heading
 * that introduces the company.
 */
function singleTitle(doc: BlockDocument, heading: OutlineHeading | undefined, draft: RoleDraft, file: string | undefined): string | undefined {
  if (draft.fields.title) return cleanTitle(draft.fields.title.text);
  const pageTitle = doc.title && nameKey(doc.title) !== nameKey(fileStem(file)) && nameKey(doc.title) !== nameKey(rawStem(file)) ? postingTitle(doc.title) : '';
  if (pageTitle && looksLikeJobTitle(pageTitle)) return pageTitle;
  if (heading && looksLikeJobTitle(cleanTitle(heading.text)) && !NOT_A_TITLE.test(heading.text)) return cleanTitle(heading.text);
  for (const block of doc.blocks.slice(0, 12)) {
    const named = block.type === 'paragraph' ? titleInProse(block.text) : undefined;
    if (named) return named;
  }
  if (pageTitle) return pageTitle;
  if (heading && !NOT_A_TITLE.test(heading.text)) return cleanTitle(heading.text);
  return undefined;
}

function rawStem(file: string | undefined): string {
  return (file?.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '');
}

function fileStem(file: string | undefined): string {
  if (!file) return '';
  const name = file.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
}

/** A note the page repeats (one per level: "read past 'Hiring Process'") is said once, with how often it came up. */
function onceEach(diagnostics: Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'info') counts.set(d.message, (counts.get(d.message) ?? 0) + 1);
  const said = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'info') {
      out.push(d);
      continue;
    }
    if (said.has(d.message)) continue;
    said.add(d.message);
    const n = counts.get(d.message)!;
    out.push(n > 1 ? { ...d, message: `${d.message} (${n} times on the page; the first is shown)` } : d);
  }
  return out;
}

/** The company a page introduces ("About Lumen", "Data Analyst at Lumen", "Careers | Lumen"): its name is no skill. */
function companyNames(doc: BlockDocument): string[] {
  const names = new Set<string>();
  for (const b of doc.blocks) {
    if (b.type !== 'heading') continue;
    const about = /^[Aa]bout\s+(?!us\b|the\b|you\b|this\b|our\b)(\p{Lu}[\p{L}\d.&' -]{1,40})$/u.exec(b.text.trim());
    if (about) names.add(about[1]!.trim());
    const at = /\s(?:at|@)\s+(\p{Lu}[\p{L}\d.&'-]{1,30}(?:\s\p{Lu}[\p{L}\d.&'-]{1,30}){0,2})$/u.exec(b.text.trim());
    if (at) names.add(at[1]!.trim());
  }
  // "the Crunch.io platform": a name written as the company's web address
  for (const b of doc.blocks) {
    if (b.type === 'table' || !b.text.includes('.')) continue;
    for (const m of b.text.matchAll(/\b(\p{Lu}[\p{L}\d-]{1,30})\.(?:io|com|ai|co|org|net|dev|app)\b/gu)) names.add(m[1]!);
  }
  const suffix = doc.title ? /\s(?:\||·|•|—|-|at)\s+(\p{Lu}[^|·•—]{1,40})$/u.exec(doc.title) : null;
  if (suffix) names.add(suffix[1]!.replace(/\b(careers?|jobs?)\b/gi, '').trim());
  return [...names].filter((n) => n.length >= 2);
}

export function ingestJobDescription(doc: BlockDocument, options: IngestOptions = {}): JobDescriptionResult {
  const result = readJobDescription(doc, options);
  result.diagnostics = onceEach(result.diagnostics);
  const companies = companyNames(doc).map((n) => nameKey(n));
  if (companies.length) {
    for (const role of result.roles) role.competencies = role.competencies.filter((c) => c.matched || !companies.some((k) => nameKey(c.name).includes(k)));
  }
  // a .docx has no lines a person could find: every position is the number of its paragraph instead
  return doc.positions === 'paragraphs' ? linesAsParagraphs(result) : result;
}

function readJobDescription(doc: BlockDocument, options: IngestOptions): JobDescriptionResult {
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
    const heading = titleHeading(outline, doc.title);
    const final = readScope({ doc, outline, start: 0, end: doc.blocks.length, ...(heading ? { roleHeading: heading } : {}) });
    let title = singleTitle(doc, heading, final, file) ?? '';
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
    const role = finishRole(level, emptyDraft(), options.framework, { track: '', rank: 1 });
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
  const levelEnd = (h: OutlineHeading) => levelScopeEnd(outline, h, doc.blocks.length, levelHeadings.find((l) => l.block > h.block)?.block);
  const covered = [...levelHeadings.map((h) => [h.block, levelEnd(h)] as const), [0, first.block] as const];
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
    const draft = readScope({ doc, outline, start: h.block, end: levelEnd(h), roleHeading: h });
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
  // "All levels" / "Every role" sections hold what each level asks for on top of its own items
  const everyLevel = emptyDraft();
  for (const h of outline.headings) {
    if (!/\b(all|every|each)\s+(levels?|roles?|positions?|grades?)\b/i.test(h.text) || levelHeadings.includes(h)) continue;
    mergeDraft(everyLevel, readScope({ doc, outline, start: h.block, end: scopeEnd(outline, h, doc.blocks.length), roleHeading: h }));
  }
  if (everyLevel.items.length) for (const level of drafts) inheritItems(level.draft, everyLevel.items, ['responsibilities', 'requirements', 'preferred']);
  inheritFromFamily(drafts, shared, family, outline);
  resolveInheritance(drafts, diagnostics, file);

  const layout = layoutTracks(drafts.map((d) => d.place), family);
  const roles = drafts.map((level, i) => finishRole(level, shared, options.framework, layout.places[i]!));
  diagnostics.push(...readPastDiagnostics(shared, file), ...sortedDiagnostics(shared, file));
  drafts.forEach((level, i) => diagnostics.push(...readPastDiagnostics(level.draft, file), ...roleDiagnostics(roles[i]!, level.draft, file, true)));
  const transitions: JobDescriptionResult['transitions'] = [...layout.transitions];
  addSpecialisations(doc, outline, drafts, roles, layout.places, transitions, options.framework);
  return { roles, transitions, diagnostics: dedupeDiagnostics(diagnostics) };
}

/**
 * "Extends that of Payroll", where Payroll is no level but the family itself (its page title, or the heading over the
 * items the page gives before its levels): the level takes those shared items of the kinds it names.
 */
function inheritFromFamily(drafts: LevelDraft[], shared: RoleDraft, family: string, outline: Outline): void {
  const levelKeys = new Set(drafts.flatMap((d) => [nameKey(d.title), nameKey(d.level)]));
  const familyKeys = new Set([nameKey(family), ...outline.headings.filter((h) => h.kind === 'other' && h.block < (drafts[0]?.heading?.block ?? 0)).map((h) => nameKey(h.text))].filter(Boolean));
  for (const level of drafts) {
    level.draft.inherits = level.draft.inherits.filter((cue) => {
      if (!cue.from || levelKeys.has(nameKey(cue.from)) || !familyKeys.has(nameKey(cue.from))) return true;
      inheritItems(level.draft, shared.items, cue.kinds);
      return false;
    });
  }
}

/**
 * A family's specialties ("## Specialties" / "### Financial Services") are variants of its base level: each its own role
 * with the level's items and its own, marked as a specialisation and reached from the level by a lateral move. A
 * specialty with nothing in it ("TODO") is no role.
 */
function addSpecialisations(doc: BlockDocument, outline: Outline, drafts: LevelDraft[], roles: ExtractedRole[], places: { track: string; rank: number }[], transitions: JobDescriptionResult['transitions'], framework: Framework | undefined): void {
  if (!drafts.length) return;
  // the base level: the unmarked (intermediate) one, else the first
  const baseIndex = Math.max(0, drafts.findIndex((d) => d.place.levelOrder === 2));
  const base = drafts[baseIndex]!;
  const family = baseTitle(base.title);
  for (const section of outline.headings.filter((h) => h.kind === 'specialties')) {
    const end = scopeEnd(outline, section, doc.blocks.length);
    const children = outline.headings.filter((h) => h.block > section.block && h.block < end && h.depth === section.depth + 1);
    for (const child of children) {
      const draft = readScope({ doc, outline, start: child.block, end: scopeEnd(outline, child, doc.blocks.length), roleHeading: child });
      if (!draft.items.length) continue;
      inheritItems(draft, base.draft.items, 'all');
      const label = cleanTitle(child.text).replace(/:$/, '').replace(/^[A-Z]{2,5},\s*/, '');
      const title = looksLikeJobTitle(label) ? label : `${family}, ${label}`;
      const level: LevelDraft = { title, heading: child, draft, place: { ...base.place, title }, level: base.level };
      const role = finishRole(level, emptyDraft(), framework, places[baseIndex]!);
      role.specialisationOf = roles[baseIndex]!.title;
      roles.push(role);
      transitions.push({ from: roles[baseIndex]!.title, to: title, type: 'lateral' });
    }
  }
}

function mergeDraft(into: RoleDraft, from: RoleDraft): void {
  for (const [k, v] of Object.entries(from.fields)) if (!into.fields[k as keyof RoleDraft['fields']]) into.fields[k as keyof RoleDraft['fields']] = v;
  into.summary.push(...from.summary);
  const have = new Set(into.items.map((i) => `${i.kind}\u0000${nameKey(i.text)}`));
  into.items.push(...from.items.filter((i) => !have.has(`${i.kind}\u0000${nameKey(i.text)}`)));
  into.skipped.push(...from.skipped);
  into.unread.push(...from.unread);
  into.sortedUnder.push(...from.sortedUnder);
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

/**
 * A Role for the framework: competencies matched to the catalogue with required levels (from the
 * text, else from the role's seniority relative to the framework's roles of that track, else a
 * sensible default), importance (required > preferred).
 */
export function extractedRoleToRole(role: ExtractedRole, framework?: Framework): Role {
  return toRole(role, framework);
}

/**
 * Several documents read as one result: a file of job postings (JSON) gives one document per posting, and each
 * becomes its own role, never levels of one family.
 */
export function ingestJobDescriptions(docs: BlockDocument[], options: IngestOptions = {}): JobDescriptionResult {
  if (docs.length === 1) return ingestJobDescription(docs[0]!, options);
  const all: JobDescriptionResult = { roles: [], transitions: [], diagnostics: [] };
  for (const doc of docs) {
    const result = ingestJobDescription(doc, options);
    all.roles.push(...result.roles);
    all.diagnostics.push(...result.diagnostics);
  }
  return all;
}
