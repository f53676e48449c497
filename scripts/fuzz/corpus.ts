// The adversarial corpus of `npm run fuzz`: every kind of input the CLI reads, made hostile in the ways the audit
// found (random bytes, deep nesting, huge counts, archive bombs, path tricks, formula cells, bad dates and numbers,
// encodings, binary files under text names), generated from a seed into a folder, never committed.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { seeded } from '../../shared/test/random';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

/** What an input claims to be and whether Trellis must refuse it ('bad'), read it ('good'), or either ('any'). */
export interface FuzzCase {
  id: string;
  /** What kind of hostile input this is (the outcome table groups by it). */
  kind: string;
  claim: 'bad' | 'good' | 'any';
  args: string[];
}

function randomBytes(random: () => number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

// ---- ZIP archives (a minimal writer: stored or deflated entries, sizes as declared or as lied) ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A .docx or .xlsx whose one part expands from a few hundred KB to `megabytes` MB. */
function bomb(part: string, megabytes: number, lie: boolean): Buffer {
  const data = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: part, data, declaredSize: lie ? 1000 : undefined },
  ]);
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3a1b1e80000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function utf16(text: string, bigEndian: boolean, bom = true): Buffer {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  if (!bigEndian) return le;
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

function windows1252(text: string): Buffer {
  return Buffer.from(text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/–/g, '-'), 'latin1');
}

/** A framework JSON with one track of `count` roles, each a promotion from the one before. */
export function longTrack(count: number): string {
  const scale = { id: 's', name: 'Levels', levels: [1, 2, 3, 4, 5].map((rank) => ({ rank, name: `L${rank}` })) };
  const roles = Array.from({ length: count }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, track: 'Long', rank: i + 1, competencies: [{ competencyId: 'c', level: 1 + (i % 5) }] }));
  return JSON.stringify({ kind: 'trellis.framework', schemaVersion: 1, id: 'long', name: 'Long', version: 1, scales: [scale], defaultScaleId: 's', competencies: [{ id: 'c', name: 'Craft', kind: 'skill' }], roles, transitions: [] });
}

/**
 * Writes the corpus into `dir` and returns its cases. `scale` shrinks the large inputs (1 = the sizes the audit
 * used; the test suite uses a smaller scale to stay within its time).
 */
export function writeCorpus(dir: string, seed = 13, scale = 1): FuzzCase[] {
  const random = seeded(seed);
  const cases: FuzzCase[] = [];
  const input = (name: string, content: string | Buffer) => {
    const path = join(dir, 'inputs', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return `inputs/${name}`;
  };
  mkdirSync(join(dir, 'inputs'), { recursive: true });
  for (const f of ['ksa-matrix.csv', 'transitions.csv', 'assessment.csv', 'objectives.json', 'job-description.md']) copyFileSync(join(EXAMPLES, f), join(dir, f));
  const MB = 1024 * 1024;
  const big = (bytes: number) => Math.max(1024, Math.round(bytes * scale));
  const fw = ['--framework', 'ksa-matrix.csv', '--framework', 'transitions.csv'];
  const planArgs = (id: string) => ['plan', ...fw, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--employee', 'Fuzz Person', '--today', '2026-11-24', '--out', `out/${id}`];

  /** A job description: through `role`, and through `plan --jd` (the plan target). */
  const jd = (id: string, kind: string, claim: FuzzCase['claim'], name: string, content: string | Buffer, through: 'both' | 'role' = 'both') => {
    const file = input(name, content);
    cases.push({ id: `${id}.role`, kind, claim, args: ['role', file, ...fw] });
    if (through === 'both') cases.push({ id: `${id}.plan`, kind, claim, args: [...planArgs(id), '--jd', file] });
  };
  /** A KSA matrix or framework file: through `framework` and `publish`. */
  const matrix = (id: string, kind: string, claim: FuzzCase['claim'], name: string, content: string | Buffer, extra: string[] = [], through: 'both' | 'framework' = 'both') => {
    const file = input(name, content);
    cases.push({ id: `${id}.framework`, kind, claim, args: ['framework', file, ...extra, '--json'] });
    if (through === 'both') cases.push({ id: `${id}.publish`, kind, claim, args: ['publish', file, ...extra, '--out', `site/${id}`] });
  };
  const gapWith = (id: string, kind: string, claim: FuzzCase['claim'], flags: string[]) => cases.push({ id, kind, claim, args: ['gap', ...fw, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', ...flags] });

  // ---- random bytes under every text extension, and truncations and byte flips of the real examples ----
  const exampleJd = readFileSync(join(dir, 'job-description.md'));
  const exampleMatrix = readFileSync(join(dir, 'ksa-matrix.csv'));
  // (the many random and mutated files go through one reader each; the special cases below through every command)
  for (let i = 0; i < 12; i++) {
    const bytes = randomBytes(random, 256 + Math.floor(random() * 8000));
    for (const ext of ['md', 'html', 'txt', 'docx']) jd(`random-${i}-${ext}`, 'random bytes', 'bad', `random-${i}.${ext}`, bytes, 'role');
    for (const ext of ['csv', 'xlsx', 'json']) matrix(`random-${i}-${ext}`, 'random bytes', 'bad', `random-${i}.${ext}`, bytes, [], 'framework');
  }
  for (let i = 0; i < 8; i++) {
    const cut = Math.floor(random() * exampleJd.length);
    jd(`truncated-jd-${i}`, 'truncated or flipped', 'any', `truncated-${i}.md`, exampleJd.subarray(0, cut), 'role');
    const flipped = Buffer.from(exampleMatrix);
    for (let k = 0; k < 20; k++) flipped[Math.floor(random() * flipped.length)] = Math.floor(random() * 128);
    matrix(`flipped-matrix-${i}`, 'truncated or flipped', 'any', `flipped-${i}.csv`, flipped, ['transitions.csv'], 'framework');
  }

  // ---- binary files under text names ----
  jd('png-as-md', 'binary under a text name', 'bad', 'photo.md', PNG);
  jd('png-as-txt', 'binary under a text name', 'bad', 'photo.txt', PNG);
  jd('pdf-as-html', 'binary under a text name', 'bad', 'scan.html', PDF);
  jd('png-as-docx', 'binary under a text name', 'bad', 'photo.docx', PNG);
  matrix('png-as-csv', 'binary under a text name', 'bad', 'photo.csv', PNG);
  matrix('pdf-as-xlsx', 'binary under a text name', 'bad', 'scan.xlsx', PDF);
  jd('nul-in-md', 'binary under a text name', 'bad', 'nul.md', Buffer.concat([exampleJd.subarray(0, 200), Buffer.from([0, 0, 0]), exampleJd.subarray(200)]));

  // ---- encodings: must be read as what they say ----
  const jdText = exampleJd.toString('utf8');
  jd('jd-utf16le', 'encodings', 'good', 'utf16le.md', utf16(jdText, false));
  jd('jd-utf16be', 'encodings', 'good', 'utf16be.md', utf16(jdText, true));
  jd('jd-utf16le-nobom', 'encodings', 'good', 'utf16le-nobom.txt', utf16(jdText, false, false));
  jd('jd-cp1252', 'encodings', 'good', 'cp1252.md', windows1252(jdText));
  jd('jd-bom', 'encodings', 'good', 'bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), exampleJd]));
  matrix('matrix-utf16', 'encodings', 'good', 'utf16.csv', utf16(exampleMatrix.toString('utf8'), false), ['transitions.csv']);
  matrix('matrix-cp1252', 'encodings', 'good', 'cp1252.csv', windows1252(exampleMatrix.toString('utf8')), ['transitions.csv']);
  const objectives = readFileSync(join(dir, 'objectives.json'), 'utf8');
  const bomObjectives = input('objectives-bom.json', `\ufeff${objectives}`);
  cases.push({ id: 'objectives-bom', kind: 'encodings', claim: 'good', args: [...planArgs('objectives-bom'), '--target', 'Senior Engineer', '--objectives', bomObjectives] });
  cases.push({ id: 'objectives-utf16', kind: 'encodings', claim: 'good', args: [...planArgs('objectives-utf16'), '--target', 'Senior Engineer', '--objectives', input('objectives-utf16.json', utf16(objectives, false))] });
  cases.push({ id: 'objectives-png', kind: 'binary under a text name', claim: 'bad', args: [...planArgs('objectives-png'), '--target', 'Senior Engineer', '--objectives', input('objectives.png.json', PNG)] });

  // ---- deep nesting and huge counts ----
  const depth = (n: number) => Math.max(300, Math.round(n * scale));
  jd('html-nested-2.8mb', 'deep nesting', 'bad', 'nested.html', `<html><body>${'<div>'.repeat(big(2.8 * MB) / 5)}Senior Engineer</body></html>`);
  jd('html-nested-11mb', 'deep nesting', 'bad', 'nested-11.html', `<html><body>${'<span><b>'.repeat(big(11 * MB) / 9)}x</body></html>`);
  jd('md-nested-list-25mb', 'deep nesting', 'bad', 'nested-list.md', Array.from({ length: big(25 * MB) / 2000 }, (_, i) => `${'  '.repeat(i % 1000)}- item ${i}`).join('\n'));
  jd('md-nested-quotes', 'deep nesting', 'bad', 'quotes.md', `${'> '.repeat(depth(50_000))}Senior Engineer`);
  jd('md-nested-markers', 'deep nesting', 'bad', 'markers.md', `${'- '.repeat(depth(20_000))}Senior Engineer`);
  jd('md-emphasis', 'huge counts', 'any', 'emphasis.md', `# Engineer\n\n${'*a '.repeat(big(200_000))}`);
  jd('md-brackets', 'huge counts', 'any', 'brackets.md', `# Engineer\n\n${'['.repeat(big(100_000))}x${']('.repeat(big(50_000))}`);
  jd('md-headings', 'huge counts', 'any', 'headings.md', Array.from({ length: big(60_000) }, (_, i) => `## Heading ${i}\n\n- Requires Coding at level 3`).join('\n'));
  jd('html-table-wide', 'huge counts', 'any', 'wide-table.html', `<table><tr>${'<td colspan="1000">x</td>'.repeat(big(5000))}</tr></table>`);
  jd('md-one-long-line', 'huge counts', 'any', 'long-line.md', `# Engineer\n\n${'word '.repeat(big(1_000_000))}`);
  matrix('csv-100k-columns', 'huge counts', 'bad', 'wide.csv', `Type,Competency,${Array.from({ length: 100_000 }, (_, i) => `Role ${i}`).join(',')}\nSKILL,Coding,${'3,'.repeat(99_999)}3\n`);
  matrix('csv-50mb', 'huge counts', 'any', 'huge.csv', `Type,Competency,Engineer I,Engineer II\n${Array.from({ length: big(50 * MB) / 40 }, (_, i) => `SKILL,Skill number ${i},1,2`).join('\n')}`);
  matrix('json-deep', 'deep nesting', 'bad', 'deep.framework.json', `${'['.repeat(depth(1_000_000))}${']'.repeat(depth(1_000_000))}`);
  matrix('track-5000', 'huge counts', 'any', 'long-track.framework.json', longTrack(Math.max(1200, Math.round(5000 * scale))));
  cases.push({ id: 'track-5000.gap', kind: 'huge counts', claim: 'any', args: ['gap', '--framework', 'inputs/long-track.framework.json', '--assessment', input('long-track-assessment.csv', 'competency,level\nCraft,2\n'), '--current', 'Role 0', '--target', `Role ${Math.max(1200, Math.round(5000 * scale)) - 1}`] });

  // ---- archive bombs ----
  jd('docx-bomb', 'archive bomb', 'bad', 'bomb.docx', bomb('word/document.xml', Math.max(20, Math.round(200 * scale)), false));
  jd('docx-bomb-lying', 'archive bomb', 'bad', 'bomb-lying.docx', bomb('word/document.xml', Math.max(20, Math.round(200 * scale)), true));
  matrix('xlsx-bomb', 'archive bomb', 'bad', 'bomb.xlsx', bomb('xl/worksheets/sheet1.xml', Math.max(20, Math.round(400 * scale)), false));
  matrix('xlsx-bomb-lying', 'archive bomb', 'bad', 'bomb-lying.xlsx', bomb('xl/worksheets/sheet1.xml', Math.max(20, Math.round(400 * scale)), true));
  matrix('xlsx-truncated', 'archive bomb', 'bad', 'truncated.xlsx', bomb('xl/worksheets/sheet1.xml', 1, false).subarray(0, 500));
  matrix('xlsx-many-entries', 'archive bomb', 'bad', 'many.xlsx', zip(Array.from({ length: 30_000 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') }))));

  // ---- YAML front matter ----
  const laughs = ['lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &a${i + 1} [*a${i},*a${i},*a${i},*a${i},*a${i},*a${i},*a${i},*a${i},*a${i}]`)];
  jd('yaml-billion-laughs', 'YAML aliases', 'bad', 'laughs.md', `---\n${laughs.join('\n')}\n---\n# Senior Engineer\n`);
  jd('yaml-deep', 'deep nesting', 'any', 'yaml-deep.md', `---\nx: ${'['.repeat(depth(5000))}${']'.repeat(depth(5000))}\n---\n# Senior Engineer\n`);

  // ---- matrices broken in their cells ----
  const lines = exampleMatrix.toString('utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('SKILL') || l.startsWith('K,')) + 1 || 6;
  const withLine = (k: number, text: string) => [...lines.slice(0, k), text, ...lines.slice(k)].join('\n');
  matrix('unterminated-quote', 'broken cells', 'bad', 'quote.csv', withLine(at, 'S,"Stakeholder management,1,2,3,4,3,4,2,3,'), ['transitions.csv']);
  matrix('levels-negative', 'bad numbers', 'bad', 'negative.csv', withLine(at, 'S,Negotiation,-5,2,3,4,3,4,2,3,'), ['transitions.csv']);
  matrix('levels-huge', 'bad numbers', 'bad', 'huge-level.csv', withLine(at, 'S,Negotiation,1e308,2,3,4,3,4,2,3,'), ['transitions.csv']);
  matrix('levels-nan', 'bad numbers', 'bad', 'nan-level.csv', withLine(at, 'S,Negotiation,NaN,Infinity,3,4,3,4,2,3,'), ['transitions.csv']);
  matrix('zero-width-duplicate', 'names', 'bad', 'zero-width.csv', withLine(at, 'S,Cod\u200bing,1,2,3,4,3,4,2,3,'), ['transitions.csv']);
  matrix('formula-names', 'formula cells', 'any', 'formula.csv', withLine(at, 'S,"=HYPERLINK(""http://evil.example"",""x"")",1,2,3,4,3,4,2,3,'), ['transitions.csv']);
  matrix('escape-sequences', 'terminal escapes', 'any', 'escapes.csv', withLine(at, 'S,\u001b]0;pwned\u0007\u001b[2J Coding,oops,2,3,4,3,4,2,3,'), ['transitions.csv']);
  const fwJson = (mutate: (f: Record<string, unknown>) => void) => {
    const f = JSON.parse(longTrack(3)) as Record<string, unknown>;
    mutate(f);
    return JSON.stringify(f);
  };
  matrix('fw-level-negative', 'bad numbers', 'bad', 'neg.framework.json', fwJson((f) => ((f.roles as { competencies: { level: number }[] }[])[0]!.competencies[0]!.level = -5)));
  matrix('fw-level-1e308', 'bad numbers', 'bad', 'big.framework.json', fwJson((f) => ((f.roles as { competencies: { level: number }[] }[])[0]!.competencies[0]!.level = 1e308)));
  matrix('fw-bom', 'encodings', 'good', 'bom.framework.json', `\ufeff${longTrack(3)}`);

  // ---- plans and folders of plans ----
  const planFolder = (id: string, claim: FuzzCase['claim'], files: Record<string, string | Buffer>) => {
    for (const [name, content] of Object.entries(files)) input(`${id}/${name}`, content);
    cases.push({ id, kind: 'plan files', claim, args: ['report', 'team', `inputs/${id}`, '--out', `report/${id}`, '--today', '2026-11-24'] });
  };
  planFolder('plans-all-broken', 'bad', { 'a.plan.json': '{ "kind": "trellis.plan", ', 'b.plan.json': PNG, 'c.plan.json': randomBytes(random, 500) });
  planFolder('plans-deep-json', 'bad', { 'a.plan.json': `${'{"a":'.repeat(depth(100_000))}1${'}'.repeat(depth(100_000))}` });
  planFolder('plans-empty', 'bad', { 'a.plan.json': '' });

  // ---- flags: dates and numbers ----
  for (const [id, today] of [['today-feb-30', '2026-02-30'], ['today-words', 'tomorrow'], ['today-year-0', '0000-01-01'], ['today-13', '2026-13-01']] as const) {
    cases.push({ id: `${id}.plan`, kind: 'bad dates', claim: 'bad', args: [...planArgs(id).slice(0, -4), '--today', today, '--target', 'Senior Engineer', '--out', `out/${id}`] });
    cases.push({ id: `${id}.report`, kind: 'bad dates', claim: 'bad', args: ['report', 'team', 'inputs', '--out', `report/${id}`, '--today', today] });
    cases.push({ id: `${id}.example`, kind: 'bad dates', claim: 'bad', args: ['example', '--out', `example/${id}`, '--today', today] });
    gapWith(`${id}.gap`, 'bad dates', 'bad', ['--today', today]);
  }
  for (const horizon of ['1.5', '0', '-3', '1e308', 'NaN', 'twelve']) cases.push({ id: `horizon-${horizon}`, kind: 'bad numbers', claim: 'bad', args: [...planArgs(`horizon-${horizon}`), '--target', 'Senior Engineer', '--horizon', horizon] });
  for (const ready of ['2', 'NaN', '-1']) cases.push({ id: `ready-at-${ready}`, kind: 'bad numbers', claim: 'bad', args: ['report', 'team', 'inputs', '--out', `report/ready-${ready}`, '--ready-at', ready] });
  for (const [id, text] of [['assessment-negative', 'competency,level\nCoding,-5\n'], ['assessment-1e308', 'competency,level\nCoding,1e308\n'], ['assessment-quote', 'competency,level\n"Coding,3\nSystem design,2\n']] as const) {
    cases.push({ id, kind: 'bad numbers', claim: 'bad', args: ['gap', ...fw, '--assessment', input(`${id}.csv`, text), '--current', 'Engineer II', '--target', 'Senior Engineer'] });
  }

  // ---- names and paths ----
  const longName = `${'Verylongname'.repeat(13)} ${'Surname'.repeat(15)}`;
  cases.push({ id: 'name-300-chars', kind: 'names', claim: 'good', args: [...planArgs('name-300'), '--target', 'Senior Engineer', '--employee', longName] });
  cases.push({ id: 'name-nul', kind: 'names', claim: 'bad', args: [...planArgs('name-ctl'), '--target', 'Senior Engineer', '--employee', 'Alex\u0007\u001b[31mRivera'] });
  cases.push({ id: 'name-chinese', kind: 'names', claim: 'good', args: [...planArgs('name-zh'), '--target', 'Senior Engineer', '--employee', '王伟'] });
  cases.push({ id: 'name-arabic', kind: 'names', claim: 'good', args: [...planArgs('name-ar'), '--target', 'Senior Engineer', '--employee', 'محمد علي'] });
  input('existing-file', 'not a folder');
  cases.push({ id: 'example-out-is-file', kind: 'path tricks', claim: 'bad', args: ['example', '--out', 'inputs/existing-file'] });
  cases.push({ id: 'publish-out-is-file', kind: 'path tricks', claim: 'bad', args: ['publish', 'ksa-matrix.csv', 'transitions.csv', '--out', 'inputs/existing-file'] });
  cases.push({ id: 'plan-out-through-file', kind: 'path tricks', claim: 'bad', args: [...planArgs('x').slice(0, -2), '--out', 'inputs/existing-file/plans', '--target', 'Senior Engineer'] });
  input('example-marker/.trellis-example', '../../victim.txt\n../victim.txt\n/etc/hostname\n');
  cases.push({ id: 'example-marker-escape', kind: 'path tricks', claim: 'good', args: ['example', '--out', 'inputs/example-marker', '--today', '2026-11-24'] });
  input('publish-manifest/.trellis-output', '../../victim.txt\n');
  cases.push({ id: 'publish-manifest-escape', kind: 'path tricks', claim: 'good', args: ['publish', 'ksa-matrix.csv', 'transitions.csv', '--out', 'inputs/publish-manifest'] });
  writeFileSync(join(dir, 'victim.txt'), 'must survive');
  return cases;
}

