// Each kind of hostile input the audit found gets a clear message naming the file and where, and a non-zero exit:
// never a stack trace, a hang, or a silent guess.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLimits } from '../../shared/ingest/limits';
import { captureIO } from '../cli/io';
import { longTrack, zip } from '../fuzz/corpus';
import { main } from '../trellis';

const EXAMPLES = join(__dirname, '../../examples');
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-hostile-'));
  for (const f of ['ksa-matrix.csv', 'transitions.csv', 'assessment.csv', 'objectives.json', 'job-description.md']) writeFileSync(join(dir, f), readFileSync(join(EXAMPLES, f)));
  return dir;
}
const fw = ['--framework', 'ksa-matrix.csv', '--framework', 'transitions.csv'];
async function run(dir: string, args: string[]) {
  const io = captureIO(dir);
  const code = await main(args, io);
  expect(io.err()).not.toMatch(/^\s+at .+:\d+:\d+/m);
  return { code, err: io.err(), out: io.out() };
}
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

afterEach(() => {
  setLimits(undefined);
});

describe('what a file really is', () => {
  it('names a PNG given as a job description, even as a plan target', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'role.md'), PNG);
    const r = await run(dir, ['role', 'role.md', ...fw]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('role.md: this is a PNG image, not a job description');
    const p = await run(dir, ['plan', ...fw, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--jd', 'role.md', '--employee', 'A', '--out', 'out']);
    expect(p.code).toBe(1);
    expect(p.err).toContain('this is a PNG image');
  });

  it('reads a UTF-16 job description as the same text as its UTF-8 original', async () => {
    const dir = workspace();
    const text = readFileSync(join(dir, 'job-description.md'), 'utf8');
    writeFileSync(join(dir, 'utf16.md'), Buffer.from(`\ufeff${text}`, 'utf16le'));
    const utf8 = await run(dir, ['role', 'job-description.md', ...fw, '--json']);
    const utf16 = await run(dir, ['role', 'utf16.md', ...fw, '--json']);
    expect(utf16.code).toBe(0);
    expect(JSON.parse(utf16.out).roles).toEqual(JSON.parse(utf8.out).roles);
  });

  it('accepts objectives JSON with a byte-order mark, and refuses NUL bytes in a job description at their line', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bom.json'), `\ufeff${readFileSync(join(dir, 'objectives.json'), 'utf8')}`);
    const ok = await run(dir, ['plan', ...fw, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', '--objectives', 'bom.json', '--employee', 'A', '--out', 'out', '--today', '2026-11-24']);
    expect(ok.code, ok.err).toBe(0);
    writeFileSync(join(dir, 'nul.md'), '# Senior Engineer\n\nWrites code\n\u0000\u0000\n');
    const nul = await run(dir, ['role', 'nul.md', ...fw]);
    expect(nul.code).toBe(1);
    expect(nul.err).toContain('nul.md: line 4: holds a NUL character');
  });
});

describe('bounded work, each refusal naming its limit and how to raise it', () => {
  it('a docx bomb, declared honestly or not, is refused before mammoth inflates it', async () => {
    const dir = workspace();
    const data = Buffer.alloc(60 * 1024 * 1024, 0x20);
    writeFileSync(join(dir, 'bomb.docx'), zip([{ name: 'word/document.xml', data }]));
    writeFileSync(join(dir, 'lying.docx'), zip([{ name: 'word/document.xml', data, declaredSize: 100 }]));
    for (const f of ['bomb.docx', 'lying.docx']) {
      const r = await run(dir, ['role', f, ...fw]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(new RegExp(`${f}: the 0\\.\\d MB archive expands to .* past the limit of \\d+ \\(archive(Ratio|Megabytes)\\); if the file is genuine, raise it with TRELLIS_LIMITS=`));
    }
  }, 30_000);

  it('YAML billion laughs, deep HTML, deep Markdown and a huge paragraph are refused at once', async () => {
    const dir = workspace();
    const laughs = ['a0: &a0 [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i},*a${i},*a${i},*a${i},*a${i},*a${i},*a${i},*a${i},*a${i}]`)];
    writeFileSync(join(dir, 'laughs.md'), `---\n${laughs.join('\n')}\n---\n# Senior Engineer\n`);
    writeFileSync(join(dir, 'deep.html'), `<body>${'<div>'.repeat(500_000)}x</body>`);
    writeFileSync(join(dir, 'deep.md'), Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'));
    writeFileSync(join(dir, 'para.md'), `# Engineer\n\n${'*a '.repeat(200_000)}`);
    const expected: Record<string, string> = {
      'laughs.md': 'laughs.md: the YAML front matter: its aliases (*name) expand more than the limit allows, past the limit of 100 (yamlAliases)',
      'deep.html': 'deep.html, line 1: elements are nested more than 200 deep',
      'deep.md': 'deep.md, line 201: lists or quotes are nested 201 deep',
      'para.md': 'para.md, line 3: a paragraph of more than',
    };
    for (const [file, message] of Object.entries(expected)) {
      const started = Date.now();
      const r = await run(dir, ['role', file, ...fw]);
      expect(r.code, file).toBe(1);
      expect(r.err).toContain(message);
      expect(Date.now() - started, file).toBeLessThan(5000);
    }
  }, 30_000);

  it('a CSV of 100,000 columns names the limit; raising it through TRELLIS_LIMITS lets a wide file through', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'wide.csv'), `Type,Competency,${Array.from({ length: 100_000 }, (_, i) => `R${i}`).join(',')}\n`);
    const r = await run(dir, ['framework', 'wide.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('wide.csv, line 1: the row has 100002 columns, past the limit of 5000 (columns); if the file is genuine, raise it with TRELLIS_LIMITS="columns=20000"');
    // a file just past the limit goes through once the limit is raised
    writeFileSync(join(dir, 'wider.csv'), `Type,Competency,${Array.from({ length: 5100 }, (_, i) => `R${i}`).join(',')}\n`);
    expect((await run(dir, ['framework', 'wider.csv'])).err).toContain('(columns)');
    expect(setLimits('columns=10000,bogus=1')).toEqual([expect.stringContaining('"bogus=1" is not name=positive number')]);
    const raised = await run(dir, ['framework', 'wider.csv']);
    expect(raised.err).not.toContain('(columns)');
  });

  it('a track of 5,000 roles: no stack overflow in framework, publish or gap; refused by the roles-per-track limit, and read once it is raised', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'long.framework.json'), longTrack(5000));
    writeFileSync(join(dir, 'craft.csv'), 'competency,level\nCraft,2\n');
    const commands = [
      ['framework', 'long.framework.json', '--json'],
      ['publish', 'long.framework.json', '--out', 'site'],
      ['gap', '--framework', 'long.framework.json', '--assessment', 'craft.csv', '--current', 'Role 0', '--target', 'Role 4999'],
    ];
    for (const args of commands) {
      const r = await run(dir, args);
      expect(r.code, args[0]).toBe(1);
      expect(r.err).toContain('the track "Long" has 5000 roles, past the limit of 1000 (rolesPerTrack)');
    }
    setLimits('rolesPerTrack=10000');
    const r = await run(dir, commands[0]!);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).framework.roles).toHaveLength(5000);
  }, 90_000);

  it('an unterminated quote in a matrix is an error at its line, not 15 competencies silently dropped', async () => {
    const dir = workspace();
    const lines = readFileSync(join(dir, 'ksa-matrix.csv'), 'utf8').split('\n');
    lines.splice(6, 0, 'S,"Stakeholder management,1,2,3,4,3,4,2,3,');
    writeFileSync(join(dir, 'quote.csv'), lines.join('\n'));
    const r = await run(dir, ['framework', 'quote.csv', 'transitions.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error: quote\.csv, line 7: a quote \("\) opens a cell here and is never closed, so the \d+ line\(s\) after it would be read as one cell/);
  });
});

describe('the terminal and the top level', () => {
  it('escapes control characters from input files in what it prints', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '\u001b[2Jevil.md'), PNG);
    const r = await run(dir, ['role', '\u001b[2Jevil.md', ...fw]);
    expect(r.err).toContain('\\x1b[2Jevil.md');
    expect(r.err).not.toContain('\u001b');
  });
});
