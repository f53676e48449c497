// Ladders written without a table, as grids the level-grid reader reads: a progression framework kept as data
// (Monzo-style front matter: topics × levels of criteria), and a document with one heading per level whose
// sub-headings or labelled bullets ("Impact: …") name what each level looks like in each area.
import type { Block, BlockDocument } from '../document/blocks';
import { cleanText } from '../document/text-runs';
import type { LineOf } from '../document/progression';
import { looksLikeLevelLabel } from '../ksa/level-labels';
import { nameKey } from '../../model/names';
import type { Cell, Grid } from './grid';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) : '');
const cell = (text: string): Cell => (text ? { value: text, display: text } : { value: null, display: '' });

/** Topics × levels of a progression framework's data; sub-levels' examples belong to their level. Undefined for other data. */
export function progressionGrid(data: unknown, lineOf: LineOf = () => undefined, file?: string): Grid | undefined {
  if (!isRecord(data) || !Array.isArray(data.topics)) return undefined;
  const levels = new Set<number>();
  const topics: { name: string; line?: number; byLevel: Map<number, string[]> }[] = [];
  data.topics.forEach((topic, t) => {
    if (!isRecord(topic) || !Array.isArray(topic.content)) return;
    const title = str(topic.title).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim();
    const slug = str(topic.name).replace(/[-_]+/g, ' ').trim();
    const name = title || (slug ? slug.charAt(0).toUpperCase() + slug.slice(1) : `Topic ${t + 1}`);
    const byLevel = new Map<number, string[]>();
    topic.content.forEach((entry) => {
      if (!isRecord(entry)) return;
      const level = Number(entry.level);
      if (!Number.isFinite(level)) return;
      const said: string[] = [];
      if (Array.isArray(entry.criteria)) for (const c of entry.criteria) if (str(c)) said.push(str(c));
      if (Array.isArray(entry.exampleCriteria)) {
        for (const group of entry.exampleCriteria) {
          if (!isRecord(group) || !Array.isArray(group.examples)) continue;
          for (const e of group.examples) if (str(e)) said.push(str(e));
        }
      }
      if (!said.length) return;
      levels.add(level);
      byLevel.set(level, [...(byLevel.get(level) ?? []), ...said]);
    });
    const line = lineOf(['topics', t]);
    if (byLevel.size) topics.push({ name, ...(line !== undefined ? { line } : {}), byLevel });
  });
  if (!topics.length) return undefined;
  const order = [...levels].sort((a, b) => a - b);
  const rows: Cell[][] = [[cell('Competency'), ...order.map((l) => cell(`Level ${l}`))]];
  const rowLines = [lineOf(['topics']) ?? 1];
  for (const t of topics) {
    rows.push([cell(t.name), ...order.map((l) => cell((t.byLevel.get(l) ?? []).join('\n')))]);
    rowLines.push(t.line ?? 1);
  }
  const sheet = str(data.title).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim() || 'levels';
  return { sheet, ...(file !== undefined ? { file } : {}), rows, merges: [], rowLines };
}

interface LevelSection {
  title: string;
  line?: number;
  /** What the level says before (or without) any area. */
  summary: string[];
  /** Area → what the level says about it. */
  areas: Map<string, string[]>;
}

/**
 * One heading per level ("## IC1", "# Senior OSPO Engineer", "## Level 3"), three or more of them at one depth,
 * each with areas: sub-headings, or bullets and paragraphs that start with a label ("Impact: …"). Undefined when the
 * document is not written that way.
 */
export function headingLadderGrid(doc: BlockDocument, options: { withoutAreas?: boolean } = {}): Grid | undefined {
  const blocks = doc.blocks;
  const depth = ladderDepth(blocks);
  if (depth === undefined) return undefined;
  const sections: LevelSection[] = [];
  let section: LevelSection | undefined;
  let area: string | undefined;
  let parent: string | undefined;
  for (const block of blocks) {
    if (block.type === 'heading' && block.level <= depth) {
      section = undefined;
      area = undefined;
      if (block.level === depth && looksLikeLevelLabel(block.text)) {
        section = { title: block.text, ...(block.line !== undefined ? { line: block.line } : {}), summary: [], areas: new Map() };
        sections.push(section);
      } else if (block.level < depth && !sections.length) parent = block.text; // the title over the levels, not a later part
      continue;
    }
    if (!section) continue;
    if (block.type === 'heading') {
      area = block.text.replace(/[:.]\s*$/, '').trim();
      continue;
    }
    if (block.type !== 'paragraph' && block.type !== 'list-item') continue;
    const labelled = /^([^:.!?]{2,40}):\s+(\S.*)$/.exec(block.text);
    const name = labelled && block.type === 'list-item' && (block.depth === 0 || !area) ? labelled[1]!.trim() : area;
    const said = labelled && name === labelled[1]!.trim() ? labelled[2]! : block.text;
    if (!name) {
      section.summary.push(block.text);
      continue;
    }
    const list = section.areas.get(name) ?? [];
    list.push(said);
    section.areas.set(name, list);
  }
  // levels with areas make a grid; a ladder written as one paragraph per level still names its roles, in order
  const withAreas = sections.filter((s) => s.areas.size);
  const described = withAreas.length >= 2 ? withAreas : options.withoutAreas ? sections.filter((s) => s.summary.length) : [];
  if (described.length < 3 && withAreas.length < 2) return undefined;
  const names: string[] = [];
  const seen = new Set<string>();
  for (const s of described) for (const name of s.areas.keys()) if (!seen.has(nameKey(name))) {
    seen.add(nameKey(name));
    names.push(name);
  }
  const rows: Cell[][] = [[cell('Competency'), ...described.map((s) => cell(s.title))]];
  const rowLines = [described[0]!.line ?? 1];
  if (described.some((s) => s.summary.length)) {
    rows.push([cell('Summary'), ...described.map((s) => cell(s.summary.join('\n')))]);
    rowLines.push(described[0]!.line ?? 1);
  }
  for (const name of names) {
    rows.push([cell(name), ...described.map((s) => cell((s.areas.get(name) ?? [...s.areas.entries()].find(([k]) => nameKey(k) === nameKey(name))?.[1] ?? []).join('\n')))]);
    rowLines.push(described[0]!.line ?? 1);
  }
  return { sheet: parent || doc.title || 'levels', ...(doc.file !== undefined ? { file: doc.file } : {}), rows, merges: [], rowLines };
}

/** The heading depth at which three or more headings name levels, if any. */
function ladderDepth(blocks: readonly Block[]): number | undefined {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.type === 'heading' && looksLikeLevelLabel(b.text)) counts.set(b.level, (counts.get(b.level) ?? 0) + 1);
  let best: number | undefined;
  for (const [depth, n] of counts) if (n >= 3 && (best === undefined || n > (counts.get(best) ?? 0))) best = depth;
  return best;
}
