// Job postings kept as data: schema.org JobPosting (the JSON-LD job boards and careers pages carry for search engines)
// and JSON files of postings (objects with a title and a description). Each posting becomes a document of its own,
// in the same block tree a written job description gives, so one reader handles both.
import type { Block, BlockDocument } from './blocks';
import { htmlToBlocks } from './html';
import { textToBlocks } from './text';

type Json = unknown;
type Posting = Record<string, Json>;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (o: Record<string, Json>) => [o['@type']].flat().map((t) => String(t ?? '').toLowerCase());

/** Whether an object is a posting: a schema.org JobPosting, or a record with a title and a description. */
function isPosting(o: Record<string, Json>): boolean {
  if (typeOf(o).includes('jobposting')) return true;
  const title = o.title ?? o.jobTitle ?? o.job_title ?? o.name;
  const description = o.description ?? o.jobDescription ?? o.job_description ?? o.body ?? o.content;
  return typeof title === 'string' && title.trim().length > 0 && typeof description === 'string' && description.trim().length > 40;
}

/** Every posting in a JSON value: at the top, in arrays, under @graph, GeoJSON features' properties, or any nested key. */
export function findPostings(value: Json, depth = 0): Posting[] {
  if (depth > 6) return [];
  if (Array.isArray(value)) return value.flatMap((v) => findPostings(v, depth + 1));
  if (!isObject(value)) return [];
  if (isPosting(value)) return [value];
  if (isObject(value.properties) && isPosting(value.properties)) return [value.properties];
  return Object.values(value).flatMap((v) => findPostings(v, depth + 1));
}

const text = (v: Json): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(', ');
  if (isObject(v)) return text(v.name ?? v.value ?? v.description ?? v.credentialCategory ?? (isObject(v.address) ? [v.address.addressLocality, v.address.addressRegion, v.address.addressCountry] : ''));
  return '';
};

/** A field's value as blocks: HTML (what JobPosting.description holds) through the HTML reader, plain text line by line. */
function contentBlocks(value: Json): Block[] {
  const list = Array.isArray(value) ? value : [value];
  const blocks: Block[] = [];
  for (const v of list) {
    const s = text(v).trim();
    if (!s) continue;
    if (/<\/?(p|ul|ol|li|br|h[1-6]|div|strong|b)\b/i.test(s)) blocks.push(...htmlToBlocks(s).blocks);
    else if (Array.isArray(value)) blocks.push({ type: 'list-item', text: s, runs: [{ text: s }], depth: 0, ordered: false, line: 1 });
    else blocks.push(...textToBlocks(s).blocks);
  }
  return blocks;
}

/** The sections a JobPosting's fields stand for, under the headings a person would give them. */
const SECTIONS: [string, string[]][] = [
  ['Responsibilities', ['responsibilities']],
  ['Qualifications', ['qualifications', 'experienceRequirements', 'educationRequirements']],
  ['Skills', ['skills']],
];

/** One posting as a document: its title, the header fields, its description, then its structured sections. */
export function postingDocument(posting: Posting, file?: string): BlockDocument {
  const title = text(posting.title ?? posting.jobTitle ?? posting.job_title ?? posting.name).trim();
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title, line: 1 }];
  const field = (label: string, value: Json) => {
    const s = text(value).trim();
    if (s) blocks.push({ type: 'paragraph', text: `${label}: ${s}`, runs: [{ text: `${label}: ${s}` }], line: 1 });
  };
  field('Level', posting.level ?? posting.seniority ?? posting.grade);
  field('Department', posting.occupationalCategory ?? posting.department ?? posting.industry);
  field('Location', posting.jobLocation ?? posting.location);
  field('Employment type', posting.employmentType ?? posting.employment_type);
  blocks.push(...contentBlocks(posting.description ?? posting.jobDescription ?? posting.job_description ?? posting.body ?? posting.content));
  for (const [heading, keys] of SECTIONS) {
    const parts = keys.flatMap((k) => contentBlocks(posting[k]));
    if (!parts.length) continue;
    blocks.push({ type: 'heading', level: 2, text: heading, line: 1 }, ...parts);
  }
  const doc: BlockDocument = { blocks, title };
  if (file !== undefined) doc.file = file;
  return doc;
}

/** The JobPosting objects of a page's JSON-LD scripts (unparseable scripts are skipped: the page itself still reads). */
export function jsonLdPostings(scripts: string[]): Posting[] {
  const found: Posting[] = [];
  for (const script of scripts) {
    try {
      found.push(...findPostings(JSON.parse(script)).filter((p) => typeOf(p).includes('jobposting')));
    } catch {
      // a broken JSON-LD block is the site's problem; the visible page is read instead
    }
  }
  return found;
}

/**
 * The title of the one JobPosting a page's JSON-LD carries. Pages often break their own JSON-LD (an HTML description
 * pasted in with its quotes unescaped), yet its "title" still names the posting: that is read from the text itself.
 */
export function jsonLdPostingTitle(scripts: string[]): string | undefined {
  const parsed = jsonLdPostings(scripts);
  if (parsed.length) return parsed.length === 1 ? text(parsed[0]!.title ?? parsed[0]!.name).trim() || undefined : undefined;
  const titles = scripts
    .filter((s) => /"@type"\s*:\s*"JobPosting"/i.test(s))
    .map((s) => /"title"\s*:\s*"((?:[^"\\\n]|\\.)*)"/.exec(s)?.[1])
    .filter((t): t is string => !!t);
  if (titles.length !== 1) return undefined;
  try {
    return (JSON.parse(`"${titles[0]}"`) as string).trim() || undefined;
  } catch {
    return undefined;
  }
}
