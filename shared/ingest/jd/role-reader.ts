// Reads the blocks of one role (a whole job description, or one level of a job-family page) into its parts.
import type { Block, BlockDocument, TableCell } from '../document/blocks';
import { boilerplateOf } from './boilerplate';
import { departmentNamedIn, fieldFromLabel, gradeIn, isBareDepartment, levelFromField, levelInProse, parseFieldLine, reportsToIn, teamIn, workplaceIn, type FieldName } from './fields';
import { inheritanceIn, type InheritanceCue } from './inheritance';
import { type Outline, type OutlineHeading } from './outline';
import { looksLikeJobTitle } from './titles';
import { placeItem, type ItemKind } from './placement';
import { classifyHeading, CONTENT_KINDS, type SectionKind } from './sections';
import { classifySentence, hasSentenceCue, splitSentences } from './sentences';

export interface Sourced {
  text: string;
  block: number;
  line?: number;
}

export interface RawItem extends Sourced {
  kind: ItemKind;
  /** The area a progression table or an unnamed sub-heading files it under ("Domain knowledge"). */
  topic?: string;
  inherited?: boolean;
  /** Read under an education or certifications heading. */
  section?: 'education' | 'certifications';
}

export type RoleField = Exclude<FieldName, 'experience' | 'education' | 'certifications' | 'ignored'> | 'team';

export interface RoleDraft {
  fields: Partial<Record<RoleField, Sourced>>;
  summary: Sourced[];
  items: RawItem[];
  grade?: number;
  inherits: (InheritanceCue & { block: number; line?: number; topic?: string })[];
  /** Sections read past (benefits, hiring process …), for the diagnostics. */
  skipped: OutlineHeading[];
  /** Sub-headings whose text was not read as responsibilities or requirements. */
  unread: OutlineHeading[];
  /** Headings Trellis does not recognise, whose items were sorted one by one by how each reads. */
  sortedUnder: { heading: OutlineHeading; kinds: ItemKind[] }[];
  /** Whether the role has headed sections (Responsibilities, Requirements …) rather than prose alone. */
  structured: boolean;
}

/** "We're looking for a Senior Data Engineer to join…": the sentence that names the job, read as its summary. */
export function titleInProse(sentence: string): string | undefined {
  const m = /\b(?:hiring|looking for|seeking|recruiting|searching for)\s+(?:an?|our(?: next)?|the)\s+(?:(?:experienced|talented|motivated|passionate|skilled|driven|dedicated|new)\s+)*((?:[A-Z][\w/&+-]*\s+){0,5}[A-Z][\w/&+-]*)/.exec(sentence);
  if (m && looksLikeJobTitle(m[1]!)) return m[1];
  // a questionnaire or letter with no heading says what it is for: "Thank you for your interest in the Dental Hygienist
  // position", "applicants for the position of Staff Nurse", "this questionnaire for the Cook position"
  const statement = /\b(?:interest in|applying for|application for|questionnaire for|applicants? for|consideration for)\s+(?:an?|the|this|our)\s+((?:[A-Z][\w/&+-]*,?\s+){0,5}?[A-Z][\w/&+-]*)\s+(?:position|post|role|vacancy|job)\b/.exec(sentence)
    ?? /\b(?:the|a)\s+(?:position|post|role) of\s+((?:[A-Z][\w/&+-]*\s+){0,5}[A-Z][\w/&+-]*)(?=[\s,.;(]|$)/.exec(sentence);
  return statement && looksLikeJobTitle(statement[1]!.replace(/,$/, '')) ? statement[1]!.replace(/,$/, '') : undefined;
}

export function emptyDraft(): RoleDraft {
  return { fields: {}, summary: [], items: [], inherits: [], skipped: [], unread: [], sortedUnder: [], structured: false };
}

/** What a block is read as: a section's kind, prose with no heading ('body'), or content under a heading Trellis does not recognise. */
type ContentKind = ItemKind | 'education' | 'certifications' | 'summary' | 'details' | 'grade' | 'body' | 'unrecognised' | 'skip';

/** Words that make a table's label cell a section name rather than the name of an area of expertise. */
const SECTION_WORD = /requir|qualif|respons|dut(y|ies)|prefer|nice|bonus|must|essential|minimum|educat|certif|licen|summary|overview|experience|about (the|this) (role|job)|what you/i;

/** Row labels of a person specification that group its rows rather than name an area of expertise. */
const GROUPING_LABEL = /^(qualifications?|experience|skills?|knowledge|abilities|skills,? (knowledge )?(and|&) abilities|knowledge (and|&) skills|skills (and|&) (knowledge|experience)|education( (and|&) training)?|training|personal (qualities|attributes|skills)|attributes|competenc(y|ies)|other|general|(other|special|additional) requirements)$/i;

/** A line typed with a bullet glyph, as Word and email users type lists. */
const TYPED_BULLET = /^\s*[•●○▪■□◆◇➢➤►▸✓✔·∙‣◦–*-]\s+/;

/** A short line that names a list section ("Key Accountabilities", "Competencies", "Requirements:"), as its kind. */
function labelKind(line: string): ItemKind | undefined {
  const text = line.replace(/:$/, '').trim();
  if (!text || text.split(/\s+/).length > 5 || /[.!?]$/.test(text)) return undefined;
  const named = classifyHeading(text);
  return named.score >= 2.5 && (named.kind === 'responsibilities' || named.kind === 'requirements' || named.kind === 'preferred') ? named.kind : undefined;
}

/** Lead-ins that say the list after them is optional, or essential. */
const PREFERRED_LEAD = /\b(advantage|desirable|nice to have|not essential|bonus|preferred|a plus|would be useful|useful if)\b/i;
const REQUIRED_LEAD = /\b(essential|must|required|minimum)\b/i;
/** A lead-in that says what the company gives ("We will encourage and support you to:", "We offer:"), not what it asks. */
const OFFER_LEAD = /^(we|the company|our team)\s+(will|['’]ll|can|also|are happy to|would love to)?\s*(encourage|support|help|give|offer|provide|pay|fund|sponsor)\b|^(in return|what we offer|we offer)\b/i;

/** Column kinds that hold items: a header naming them makes the first column the rows' labels. */
const ITEM_COLUMN: ReadonlySet<ContentKind> = new Set(['requirements', 'preferred', 'responsibilities', 'education', 'certifications']);

/** The kind of items a column holds, when a cell reads as a column's name ("Essential", "Desirable", "Responsibilities"). */
function columnNamed(cell: string): ContentKind | undefined {
  if (!cell || cell.split(/\s+/).length > 3 || /\d|\b(with|in|of|for)\b/i.test(cell)) return undefined;
  const kind = kindOf(classifyHeading(cell).kind);
  return ITEM_COLUMN.has(kind) ? kind : undefined;
}

/**
 * A first row of column names, bold or not: " | Essential | Desirable" (the first column then labels
 * the rows), or "Responsibilities | Requirements" (every column holds items). Never a first row of
 * items such as "Requirements | Excellent communication skills".
 */
function namesColumns(cells: string[]): boolean {
  const values = cells.slice(1).filter(Boolean);
  if (!values.length || !values.every((c) => columnNamed(c))) return false;
  const first = cells[0] ?? '';
  if (!first) return true;
  const firstKind = columnNamed(first);
  if (!firstKind) return values.length >= 2 && first.split(/\s+/).length <= 2;
  // every column names a kind: only a real header names different ones
  return new Set([firstKind, ...values.map(columnNamed)]).size > 1;
}

const READ_PAST: ReadonlySet<SectionKind> = new Set(['company', 'benefits', 'process', 'performance', 'career', 'levels', 'specialties']);

function kindOf(section: SectionKind): ContentKind {
  switch (section) {
    case 'responsibilities':
    case 'requirements':
    case 'preferred':
    case 'education':
    case 'certifications':
    case 'summary':
    case 'details':
    case 'grade':
      return section;
    case 'other':
      return 'unrecognised';
    default:
      return 'skip';
  }
}

/** The text of a paragraph as lines: Markdown keeps "Department: X\nReports to: Y" in one paragraph. */
function paragraphLines(block: Extract<Block, { type: 'paragraph' }>): string[] {
  const raw = block.runs.map((r) => r.text).join('');
  const lines = raw.split(/\n|\s+\|\s+/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // "Team: Customer Success · Location: Remote": a dot between fields separates them as a bar does
  const split = lines.flatMap((l) => {
    const parts = l.split(/\s+[·•]\s+/);
    return parts.length > 1 && parts.some((p) => parseFieldLine(p) || departmentNamedIn(p)) ? parts : [l];
  });
  return split.length ? split : [block.text];
}

export interface ReadScopeOptions {
  doc: BlockDocument;
  outline: Outline;
  start: number;
  end: number;
  /** The role's own heading (not read as a section). */
  roleHeading?: OutlineHeading;
  /** Read prose outside any section as the summary (a family page's introduction). */
  proseIsSummary?: boolean;
}

/** Whether the scope has headed content sections: then prose under unknown headings is read only when it clearly asks for something. */
export function isStructured(outline: Outline, start: number, end: number, roleHeading?: OutlineHeading): boolean {
  return outline.headings.some((h) => h.block >= start && h.block < end && h !== roleHeading && CONTENT_KINDS.has(h.kind) && h.kind !== 'summary' && h.kind !== 'details');
}

export function readScope({ doc, outline, start, end, roleHeading, proseIsSummary }: ReadScopeOptions): RoleDraft {
  const draft = emptyDraft();
  draft.structured = isStructured(outline, start, end, roleHeading);
  const bodyIsSummary = draft.structured || !!proseIsSummary;
  const stack: OutlineHeading[] = [];
  const seenItems = new Set<string>();
  /** Sections holding list items read their paragraphs as lead-ins, not items. */
  const listSections = new Set<number>();
  let lastHeading: number | undefined;
  for (let i = start; i < end; i++) {
    const b = doc.blocks[i]!;
    if (outline.at.has(i)) lastHeading = i;
    else if (b.type === 'list-item' && lastHeading !== undefined) listSections.add(lastHeading);
  }

  const setField = (field: RoleField, value: string, block: number, line?: number) => {
    if (draft.fields[field] || !value) return;
    draft.fields[field] = line === undefined ? { text: value, block } : { text: value, block, line };
  };

  const addItem = (text: string, kind: ItemKind, block: number, line: number | undefined, extra: Partial<RawItem> = {}) => {
    const clean = (/\s\s|[\n\t\r]/.test(text) ? text.replace(/\s+/g, ' ') : text).replace(/^[\s•·▪◦‣*\-–—]+/, '').trim();
    if (clean.length < 3) return;
    const lower = clean.toLowerCase();
    // the Unicode-aware pattern only where it matters: most pages are plain ASCII
    const key = `${kind}\u0000${(/[^\x00-\x7f]/.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, ' ') : lower.replace(/[^a-z0-9]+/g, ' ')).trim()}`;
    if (seenItems.has(key)) return; // pages repeat bullets; one is enough
    seenItems.add(key);
    const item: RawItem = { text: clean, kind, block, ...extra };
    if (line !== undefined) item.line = line;
    draft.items.push(item);
  };

  /** "Marketing Department", or a bare "Finance" on the line under the title: the department. */
  const readDepartment = (text: string, block: number, lineNo: number | undefined): boolean => {
    const named = departmentNamedIn(text);
    if (named) {
      setField('department', named, block, lineNo);
      return true;
    }
    const underTitle = roleHeading && block === roleHeading.block + 1 && doc.blocks[block]!.type === 'paragraph';
    if (underTitle && isBareDepartment(text) && !looksLikeJobTitle(text) && classifyHeading(text).kind === 'other') {
      setField('department', text.trim(), block, lineNo);
      return true;
    }
    return false;
  };

  /** A "Label: value" line: a job field, or an item for experience, education and certifications. Returns whether it was one. */
  const readField = (label: string | undefined, line: string, block: number, lineNo: number | undefined): boolean => {
    const field = label === undefined ? parseFieldLine(line) : fieldFromLabel(label, line);
    if (!field) return false;
    // a table's label cell reads as a prefix unless the value already says it ("Experience | Experience with X")
    const asItem = label === undefined ? line : field.value.toLowerCase().includes(field.label.toLowerCase()) ? field.value : `${field.label}: ${field.value}`;
    switch (field.field) {
      case 'ignored':
        return true;
      case 'experience':
        addItem(asItem, /\bprefer/i.test(field.value) ? 'preferred' : 'requirements', block, lineNo);
        return true;
      case 'education':
      case 'certifications':
        addItem(asItem, /\bprefer/i.test(field.value) ? 'preferred' : 'requirements', block, lineNo, { section: field.field });
        return true;
      default:
        setField(field.field, field.field === 'level' ? levelFromField(field.label, field.value) : field.value, block, lineNo);
        return true;
    }
  };

  const readProse = (text: string, block: number, line: number | undefined, isParagraph = true) => {
    // cheap checks first: on a long page most lines name no manager, team or workplace
    const lower = text.toLowerCase();
    const reportsTo = lower.includes('report') ? reportsToIn(text) : undefined;
    if (reportsTo) setField('reportsTo', reportsTo, block, line);
    // the team is named in the opening prose ("join our Data Platform team"), not in a duty that mentions one
    const team = isParagraph && lower.includes('team') ? (teamIn(text) ?? /\b(?:on|in|within) (?:the|our) ((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*) team\b/.exec(text)?.[1]) : undefined;
    if (team) setField('team', team, block, line);
    const workplace = /remote|hybrid|site/.test(lower) ? workplaceIn(text) : undefined;
    if (workplace) setField('location', workplace, block, line);
    // "This role is classified as an AS-03", "Ce poste est classifié AS-02": the government classification is the level
    const classification = isParagraph && /classifi/.test(lower) ? /\bclassifi(?:ed|ée|é)(?![a-z])[^.]{0,40}?\b([A-Z]{2,3}-\d{1,2})\b/.exec(text)?.[1] : undefined;
    if (classification && !draft.fields.level) setField('level', classification, block, line);
    // "This role is Grade 7", "a Band 5 post": the grade the opening prose gives wins over a seniority word in the title
    const graded = isParagraph && !draft.fields.level && /grade|band|post|role|position/i.test(text) ? levelInProse(text) : undefined;
    if (graded) setField('level', graded, block, line);
  };

  /** Sentences of prose with no heading to say what they are: sorted by how they read. */
  const noteSorted = (heading: OutlineHeading, kind: ItemKind) => {
    let entry = draft.sortedUnder.find((s) => s.heading === heading);
    if (!entry) draft.sortedUnder.push((entry = { heading, kinds: [] }));
    entry.kinds.push(kind);
  };

  const readUnheaded = (text: string, block: number, line: number | undefined, onlyWithCue: boolean) => {
    for (const sentence of splitSentences(text)) {
      if (inheritance(sentence, block, line, undefined)) continue;
      if (boilerplateOf(sentence)) continue;
      if (onlyWithCue && !hasSentenceCue(sentence)) continue;
      if (classifySentence(sentence) === 'summary' || titleInProse(sentence)) {
        if (!onlyWithCue) draft.summary.push(line === undefined ? { text: sentence, block } : { text: sentence, block, line });
        continue;
      }
      const kind = placeItem(sentence, 'unknown');
      if (kind) addItem(sentence, kind, block, line);
    }
  };

  const inheritance = (text: string, block: number, line: number | undefined, section: ItemKind | undefined, topic?: string): boolean => {
    const cue = inheritanceIn(text);
    if (!cue) return false;
    // under "Requirements", "includes everything above" means the requirements above; in an area, that area's
    // so does "Extends that of Payroll" under "Requirements": the line names its source, the section the kind
    const narrowed: ItemKind[] | undefined = section === 'requirements' ? ['requirements', 'preferred'] : section ? [section] : undefined;
    const kinds = narrowed && cue.kinds === 'all' && (!cue.from || /^\s*extends\b/i.test(text)) && !cue.shared && !topic ? narrowed : cue.kinds;
    const found: RoleDraft['inherits'][number] = { ...cue, kinds, block };
    if (line !== undefined) found.line = line;
    if (topic !== undefined) found.topic = topic;
    draft.inherits.push(found);
    return true;
  };

  /** Reads one item of a section; returns where an item under an unrecognised heading was filed. */
  const readItemText = (text: string, kind: ContentKind, block: number, line: number | undefined, topic?: string): ItemKind | undefined => {
    if (kind === 'responsibilities' || kind === 'requirements' || kind === 'preferred') {
      const placed = placeItem(text, kind);
      if (placed) addItem(text, placed, block, line, topic ? { topic } : {});
    } else if (kind === 'education' || kind === 'certifications') {
      if (!boilerplateOf(text)) addItem(text, /\bprefer/i.test(text) ? 'preferred' : 'requirements', block, line, { section: kind, ...(topic ? { topic } : {}) });
    } else if (kind === 'summary' || kind === 'body' || kind === 'unrecognised') {
      if (boilerplateOf(text)) return;
      // a table's area ("Domain knowledge | …") is kept; a heading nobody recognises never is: "Requierments" is no competency
      const placed = placeItem(text, 'unknown');
      if (placed) addItem(text, placed, block, line, topic ? { topic } : {});
      return placed;
    }
    return undefined;
  };

  const readTable = (rows: TableCell[][], kind: ContentKind, block: number, line: number | undefined) => {
    let columnKinds: (ContentKind | undefined)[] = [];
    let carried = '';
    rows.forEach((row, r) => {
      const cells = row.map((c) => (c.merged ? '' : c.text.trim()));
      const filled = cells.filter(Boolean);
      if (!filled.length) return;
      // a header row that says what its columns hold ("Area | Expectations", " | Essential | Desirable")
      if (r === 0 && (row.every((c) => c.header || c.merged || !c.text.trim()) || namesColumns(cells))) {
        columnKinds = cells.map((c) => {
          const h = classifyHeading(c);
          return h.kind !== 'other' ? kindOf(h.kind) : undefined;
        });
        return;
      }
      // one cell across the row: a heading inside the table
      const only = row.find((c) => !c.merged && c.text.trim());
      const spansRow = filled.length === 1 && cells.length > 1 && ((only?.colspan ?? 1) >= row.length || (!row.some((c) => c.merged) && only === row[0]));
      if (spansRow) {
        const h = classifyHeading(filled[0]!);
        if (h.kind !== 'other') {
          kind = kindOf(h.kind);
          return;
        }
      }
      // "Requirements | Nice to have" over the items themselves: every column holds items, none is a label
      if (columnKinds[0] && !row[0]?.merged) {
        row.forEach((cell, j) => {
          const columnKind = columnKinds[j];
          if (cell.merged || !cell.text.trim() || !columnKind) return;
          for (const text of cell.text.split('\n')) readItemText(text, columnKind, block, cell.line ?? line);
        });
        return;
      }
      const label = cells[0] || (row[0]?.merged ? carried : '');
      if (cells[0]) carried = cells[0];
      const values = cells.slice(1).filter(Boolean);
      if (!values.length) {
        for (const text of label.split('\n')) readItemText(text, kind, block, line);
        return;
      }
      // under item columns ("Essential | Desirable") a label is a group of items, never a field
      const itemColumns = columnKinds.slice(1).some((k) => k && ITEM_COLUMN.has(k));
      if (!itemColumns && values.length === 1 && readField(label, values[0]!, block, line)) return;
      const labelKind = classifyHeading(label);
      // "Requirements | …" names a section; "Domain knowledge and skills | …" under an "Expectations" column names an area
      const labelIsSection = labelKind.kind !== 'other' && labelKind.score >= 2.5 && label.split(/\s+/).length <= 4 && !columnKinds.slice(1).some(Boolean) && SECTION_WORD.test(label);
      // "Domain knowledge | Understands the fundamentals": the row's first cell is the area it belongs to;
      // "Skills", "Experience", "Qualifications" only group the rows of a person specification
      const grouping = labelIsSection || GROUPING_LABEL.test(label.trim());
      const topic = !grouping && label.split(/\s+/).length <= 8 ? label.replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, '').trim() || undefined : undefined;
      const labelSection = labelKind.kind === 'education' || labelKind.kind === 'certifications' ? labelKind.kind : undefined;
      row.forEach((cell, j) => {
        if (j === 0 || cell.merged || !cell.text.trim()) return;
        // each cell is read as its own column says: "Essential" → required, "Desirable" → preferred
        const valueKind = labelIsSection ? kindOf(labelKind.kind) : (columnKinds[j] ?? columnKinds.slice(1).find(Boolean) ?? kind);
        const section = valueKind === 'responsibilities' || valueKind === 'requirements' || valueKind === 'preferred' ? valueKind : undefined;
        const at = cell.line ?? line;
        for (const text of cell.text.split('\n')) {
          if (inheritance(text, block, at, section, topic)) continue;
          // "Education | Degree in accountancy | …": required or preferred as its column says, and education all the same
          if (labelSection && (valueKind === 'requirements' || valueKind === 'preferred')) {
            if (!boilerplateOf(text)) addItem(text, valueKind, block, at, { section: labelSection, ...(topic ? { topic } : {}) });
          } else readItemText(text, valueKind, block, at, topic);
        }
      });
    });
  };

  let leadIn: ItemKind | undefined;
  /** Set after a lead-in that offers rather than asks ("We will encourage and support you to:"): its list is no duty. */
  let offered = false;
  for (let i = start; i < end; i++) {
    const block = doc.blocks[i]!;
    if (roleHeading && i === roleHeading.block) continue;
    const heading = outline.at.get(i);
    if (heading) {
      leadIn = undefined;
      offered = false;
      while (stack.length && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      stack.push(heading);
      if (READ_PAST.has(heading.kind)) draft.skipped.push(heading);
      continue;
    }
    const inner = stack[stack.length - 1];
    const known = [...stack].reverse().find((h) => h.kind !== 'other');
    let kind: ContentKind = known ? kindOf(known.kind) : inner ? 'unrecognised' : 'body';
    // "the following skills would be an advantage, but are not essential:" makes the list after it preferred
    if (heading === undefined && leadIn && block.type === 'list-item' && (kind === 'requirements' || kind === 'preferred' || (leadIn && (kind === 'body' || kind === 'unrecognised' || kind === 'summary')))) kind = leadIn;
    if (known && READ_PAST.has(known.kind)) kind = 'skip';
    // prose under an unnamed sub-heading of a list section ("#### Primary programming language") is a note, not the list
    if (inner && inner.kind === 'other' && known && block.type === 'paragraph' && kind !== 'skip' && kind !== 'summary' && kind !== 'details') kind = 'unrecognised';
    const line = block.line;
    if (kind === 'skip') continue;

    if (block.type === 'table') {
      readTable(block.rows, kind, i, line);
      continue;
    }
    if (block.type === 'heading') continue;

    if (block.type === 'paragraph') {
      const lines = paragraphLines(block);
      const rest: string[] = [];
      for (const text of lines) if (!readField(undefined, text, i, line) && !readDepartment(text, i, line)) rest.push(text);
      if (!rest.length) continue;
      // plain lines under a list heading, or lines typed with bullet glyphs, are one item each
      const listKind = kind === 'responsibilities' || kind === 'requirements' || kind === 'preferred' ? kind : undefined;
      // "<p>The Associate serves customers.<br>Key Accountabilities<br>• Greet customers<br>…": a short line naming a
      // section, inside a paragraph of typed bullets, heads the bullets after it
      if (rest.length >= 3 && rest.some((l) => TYPED_BULLET.test(l)) && rest.some((l) => !TYPED_BULLET.test(l) && labelKind(l))) {
        let lineKind: ContentKind = kind;
        for (const l of rest) {
          const label = TYPED_BULLET.test(l) ? undefined : labelKind(l);
          if (label) {
            lineKind = label;
            continue;
          }
          const itemText = l.replace(TYPED_BULLET, '').trim();
          if (!itemText) continue;
          readProse(itemText, i, line, !TYPED_BULLET.test(l));
          if (!TYPED_BULLET.test(l) && (lineKind === 'summary' || lineKind === 'body' || lineKind === 'unrecognised' || lineKind === 'details')) {
            if (!boilerplateOf(itemText)) draft.summary.push(line === undefined ? { text: itemText, block: i } : { text: itemText, block: i, line });
          } else readItemText(itemText, lineKind, i, line);
        }
        continue;
      }
      if ((rest.length >= 2 || TYPED_BULLET.test(rest[0]!)) && (listKind || rest.every((l) => TYPED_BULLET.test(l))) && rest.every((l) => TYPED_BULLET.test(l) || /^[\p{Lu}\d]/u.test(l)) && !rest.slice(0, -1).some((l) => /(,|\band|\bor|-)$/.test(l))) {
        for (const l of rest) {
          const itemText = l.replace(TYPED_BULLET, '').trim();
          if (!itemText) continue;
          readProse(itemText, i, line, false);
          readItemText(itemText, listKind ?? kind, i, line);
        }
        continue;
      }
      const text = rest.join(' ');
      readProse(text, i, line);
      if (kind === 'grade') {
        const grade = gradeIn(text);
        if (grade !== undefined && draft.grade === undefined) draft.grade = grade;
        continue;
      }
      const section = kind === 'responsibilities' || kind === 'requirements' || kind === 'preferred' ? kind : undefined;
      const sentences = splitSentences(text);
      if (sentences.some((s) => inheritance(s, i, line, section))) {
        // the rest of a sentence like "The Senior X role extends the X role." says nothing more
        continue;
      }
      leadIn = undefined;
      offered = false;
      if (/:$/.test(text)) {
        if (OFFER_LEAD.test(text)) {
          offered = true;
          continue;
        }
        // a lead-in: "In this role you will:"; one that says the list is optional or essential sets how it is read
        if (kind === 'requirements' || kind === 'preferred') leadIn = PREFERRED_LEAD.test(text) ? 'preferred' : REQUIRED_LEAD.test(text) ? 'requirements' : undefined;
        else if (kind === 'body' || kind === 'unrecognised' || kind === 'summary') {
          // "We are looking for someone who:" before a list with no heading of its own; in a paragraph, its last
          // sentence is the lead-in ("As a junior analyst you will join a team. You will:")
          const named = classifyHeading((sentences[sentences.length - 1] ?? text).replace(/:$/, ''));
          if (named.score >= 3 && (named.kind === 'requirements' || named.kind === 'preferred' || named.kind === 'responsibilities')) leadIn = named.kind;
        }
        continue;
      }
      const italicOnly = block.runs.filter((r) => r.text.trim()).every((r) => r.italic);
      if (kind === 'summary' || kind === 'details' || (kind === 'body' && (bodyIsSummary || italicOnly))) {
        if (kind !== 'details' && !boilerplateOf(text)) draft.summary.push(line === undefined ? { text, block: i } : { text, block: i, line });
        continue;
      }
      if (kind === 'body' || kind === 'unrecognised') {
        if (kind === 'unrecognised' && draft.structured && inner && !sentences.some(hasSentenceCue)) draft.unread.push(inner);
        // prose under an unnamed heading of a document that names its sections is context, not a list of duties
        if (kind === 'unrecognised' && draft.structured) {
          if (!boilerplateOf(text)) draft.summary.push(line === undefined ? { text, block: i } : { text, block: i, line });
        } else readUnheaded(text, i, line, false);
        continue;
      }
      // prose under a list section explains the list; in a prose-only section each sentence is an item
      if (inner && listSections.has(inner.block)) continue;
      for (const sentence of sentences) readItemText(sentence, kind, i, line);
      continue;
    }

    // list items
    if (offered) continue;
    const at = i;
    let text = block.text;
    if (readField(undefined, text, i, line)) continue;
    const section = kind === 'responsibilities' || kind === 'requirements' || kind === 'preferred' ? kind : undefined;
    if (inheritance(text, i, line, section)) continue;
    if (/:$/.test(text)) {
      // "Experience with:" followed by deeper bullets: one item
      const children: string[] = [];
      let j = i + 1;
      for (; j < end; j++) {
        const next = doc.blocks[j]!;
        if (next.type !== 'list-item' || next.depth <= block.depth || outline.at.has(j)) break;
        children.push(next.text.replace(/[.;]$/, ''));
      }
      if (!children.length) continue;
      text = `${text} ${children.join('; ')}`;
      i = j - 1;
    }
    readProse(text, at, line, false);
    if (kind === 'grade' || kind === 'details') continue;
    const filed = readItemText(text, kind, at, line);
    if (kind === 'unrecognised' && filed && inner) noteSorted(inner, filed);
  }
  return draft;
}
