// The subset of Drive v3's `q` language that Trellis sends, parsed strictly: anything else is a 400 from the fake,
// so a query the fake does not understand fails the test instead of matching everything.

export interface QueryableFile {
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  appProperties: Record<string, string>;
}

export class QueryError extends Error {}

type Clause = (f: QueryableFile) => boolean;

function unquote(text: string): string {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(text.trim());
  if (!m) throw new QueryError(`expected a quoted string, got ${text}`);
  return m[1]!.replace(/\\(.)/g, '$1');
}

/** Splits on " and " outside quotes and braces. */
function splitAnd(q: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i]!;
    if (ch === '\\' && quoted) {
      i++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '{') depth++;
    else if (!quoted && ch === '}') depth--;
    else if (!quoted && depth === 0 && q.slice(i, i + 5).toLowerCase() === ' and ') {
      parts.push(q.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(q.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function clause(text: string): Clause {
  let m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/i.exec(text);
  if (m) {
    const id = unquote(m[1]!);
    return (f) => f.parents.includes(id);
  }
  m = /^(name|mimeType)\s*(=|!=)\s*('(?:[^'\\]|\\.)*')$/.exec(text);
  if (m) {
    const [, field, op, value] = m;
    const v = unquote(value!);
    return (f) => (f[field as 'name' | 'mimeType'] === v) === (op === '=');
  }
  m = /^trashed\s*=\s*(true|false)$/i.exec(text);
  if (m) {
    const want = m[1]!.toLowerCase() === 'true';
    return (f) => f.trashed === want;
  }
  m = /^appProperties\s+has\s+\{\s*key\s*=\s*('(?:[^'\\]|\\.)*')\s+and\s+value\s*=\s*('(?:[^'\\]|\\.)*')\s*\}$/i.exec(text);
  if (m) {
    const key = unquote(m[1]!);
    const value = unquote(m[2]!);
    return (f) => f.appProperties[key] === value;
  }
  throw new QueryError(`unsupported query term: ${text}`);
}

export function parseDriveQuery(q: string | undefined): Clause {
  if (!q?.trim()) return () => true;
  if (/\sor\s/i.test(q.replace(/'(?:[^'\\]|\\.)*'/g, "''"))) throw new QueryError('the fake supports "and" only');
  const clauses = splitAnd(q).map(clause);
  return (f) => clauses.every((c) => c(f));
}

/**
 * Drive's partial responses: "nextPageToken,files(id,name)" keeps those fields. Nested selections beyond one
 * level ("files(id,owners(emailAddress))") are not needed by Trellis.
 */
export function parseFields(fields: string | undefined): { top: Set<string>; nested: Map<string, Set<string>> } | undefined {
  if (!fields?.trim() || fields.trim() === '*') return undefined;
  const top = new Set<string>();
  const nested = new Map<string, Set<string>>();
  const re = /\s*([A-Za-z0-9]+)(?:\(([^()]*)\))?\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(fields)) && m[0] !== '') {
    top.add(m[1]!);
    if (m[2] !== undefined) nested.set(m[1]!, new Set(m[2].split(',').map((s) => s.trim()).filter(Boolean)));
    last = re.lastIndex;
  }
  if (last !== fields.length) throw new QueryError(`invalid fields selection: ${fields}`);
  return { top, nested };
}

export function project(value: Record<string, unknown>, keep: Set<string> | undefined): Record<string, unknown> {
  if (!keep || keep.has('*')) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => keep.has(k)));
}
