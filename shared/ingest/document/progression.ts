// Reads a progression framework kept as data (Monzo-style YAML front matter: topics × levels of criteria) into the block tree.
import type { Block, TableCell } from './blocks';
import { cleanText } from './text-runs';

/** Where a value of the data sits in its file: a path of keys and indexes to a 1-based line. */
export type LineOf = (path: (string | number)[]) => number | undefined;

interface Criterion {
  text: string;
  line?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) : '');

/** "knowledgeandimpact" has no title of its own; "domain-knowledge" reads "Domain knowledge". */
function topicName(topic: Record<string, unknown>): string {
  const title = text(topic.title).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim();
  if (title) return title;
  const name = text(topic.name).replace(/[-_]+/g, ' ').trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Criteria';
}

/** "Criteria for sublevel A (after probation)" → "A (after probation)". */
function sublevelOf(label: string): string | undefined {
  const m = /\bsub-?level\s+([A-Z0-9]{1,2})\b(.*)$/i.exec(label);
  return m ? `${m[1]!.toUpperCase()}${m[2]!.trim() ? ` ${m[2]!.trim()}` : ''}` : undefined;
}

/**
 * The levels of a progression framework as a job-family page: a "Level N" heading per level (or
 * per sub-level, "Level 1A"), then a table of area × expectation, one row per criterion with its
 * line in the source. Undefined when the data is not a progression framework.
 */
export function progressionBlocks(data: unknown, lineOf: LineOf = () => undefined): Block[] | undefined {
  if (!isRecord(data) || !Array.isArray(data.topics)) return undefined;
  /** Role key ("1", "1A") → its rows, in order of appearance. */
  const roles = new Map<string, { level: number; rows: { topic: string; criterion: Criterion }[] }>();
  const sublevels = new Map<number, string[]>();
  const role = (level: number, sub?: string) => {
    const key = `${level}${sub ?? ''}`;
    let entry = roles.get(key);
    if (!entry) roles.set(key, (entry = { level, rows: [] }));
    if (sub) {
      const list = sublevels.get(level) ?? [];
      if (!list.includes(sub)) sublevels.set(level, [...list, sub]);
    }
    return entry;
  };
  const plain: { level: number; topic: string; criterion: Criterion }[] = [];
  data.topics.forEach((topic, t) => {
    if (!isRecord(topic) || !Array.isArray(topic.content)) return;
    const name = topicName(topic);
    topic.content.forEach((entry, c) => {
      if (!isRecord(entry)) return;
      const level = Number(entry.level);
      if (!Number.isFinite(level)) return;
      const base = ['topics', t, 'content', c];
      if (Array.isArray(entry.criteria)) {
        entry.criteria.forEach((criterion, k) => {
          const body = text(criterion);
          if (body) plain.push({ level, topic: name, criterion: { text: body, line: lineOf([...base, 'criteria', k]) } });
        });
      }
      if (Array.isArray(entry.exampleCriteria)) {
        entry.exampleCriteria.forEach((group, g) => {
          if (!isRecord(group)) return;
          const sub = sublevelOf(text(group.criteria));
          const examples = Array.isArray(group.examples) ? group.examples : [];
          examples.forEach((example, k) => {
            const body = text(example);
            if (!body) return;
            const row = { topic: name, criterion: { text: body, line: lineOf([...base, 'exampleCriteria', g, 'examples', k]) } };
            if (sub) role(level, sub).rows.push(row);
            else plain.push({ level, ...row });
          });
        });
      }
    });
  });
  // criteria written for a whole level belong to each of its sub-levels
  for (const p of plain) {
    const subs = sublevels.get(p.level);
    if (subs?.length) for (const sub of subs) role(p.level, sub).rows.push({ topic: p.topic, criterion: p.criterion });
    else role(p.level).rows.push({ topic: p.topic, criterion: p.criterion });
  }
  if (!roles.size) return undefined;
  const ordered = [...roles.entries()].sort((a, b) => a[1].level - b[1].level);
  const blocks: Block[] = [];
  for (const [key, { rows }] of ordered) {
    const firstLine = rows.find((r) => r.criterion.line !== undefined)?.criterion.line;
    const heading: Block = { type: 'heading', level: 2, text: `Level ${key}` };
    if (firstLine !== undefined) heading.line = firstLine;
    blocks.push(heading);
    const header: TableCell[] = [
      { text: 'Area', header: true },
      { text: 'Expectations', header: true },
    ];
    const body = rows.map(({ topic, criterion }): TableCell[] => {
      const cell: TableCell = { text: criterion.text };
      if (criterion.line !== undefined) cell.line = criterion.line;
      return [{ text: topic }, cell];
    });
    const table: Block = { type: 'table', rows: [header, ...body] };
    if (firstLine !== undefined) table.line = firstLine;
    blocks.push(table);
  }
  return blocks;
}
