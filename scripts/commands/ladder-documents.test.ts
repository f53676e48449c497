// `trellis framework` on ladders published as documents (.md, .html, .docx), and the commands that take a framework
// using what is usable of a matrix with bad cells instead of refusing the whole file.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { cell, docx, para } from '../test-support/docx';

const repo = resolve(import.meta.dirname, '../..');
const folder = () => mkdtempSync(join(tmpdir(), 'trellis-ladder-'));

async function run(cwd: string, ...args: string[]) {
  const io = captureIO(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

// our own ladder, in the shape of the grids of the corpus: levels across, competencies down, prose cells
const rows = [
  ['Competency', 'Engineer I', 'Engineer II', 'Senior Engineer'],
  ['System design', 'Explains the design of the service they work on.', 'Designs a feature across two services.', 'Designs services other teams rely on.'],
  ['Testing', 'Writes tests for the code they change.', 'Plans the tests of a whole feature.', 'Sets how the team tests its services.'],
];

describe('trellis framework reads ladders published as documents', () => {
  it('a Markdown pipe table', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ladder.md'), `# Engineering ladder\n\n${rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- ').join('|')}|` : ''}`).join('\n')}\n`);
    const { code, out } = await run(dir, 'framework', 'ladder.md', '--json');
    expect(code).toBe(0);
    const { framework } = JSON.parse(out);
    expect(framework.roles.map((r: { title: string }) => r.title)).toEqual(['Engineer I', 'Engineer II', 'Senior Engineer']);
    const design = framework.competencies.find((c: { name: string }) => c.name === 'System design');
    expect(design.descriptors).toEqual([
      { level: 1, text: 'Explains the design of the service they work on.', source: 'Engineering ladder!B2' },
      { level: 2, text: 'Designs a feature across two services.', source: 'Engineering ladder!C2' },
      { level: 3, text: 'Designs services other teams rely on.', source: 'Engineering ladder!D2' },
    ]);
  });

  it('an HTML table as Google Docs exports it', async () => {
    const dir = folder();
    const tr = (r: string[]) => `<tr>${r.map((c) => `<td class="c1"><p class="c2"><span class="c3">${c}</span></p></td>`).join('')}</tr>`;
    writeFileSync(join(dir, 'ladder.html'), `<html><head><style>.c3{font-weight:400}</style></head><body><table class="c9">${rows.map(tr).join('')}</table></body></html>`);
    const { code, out } = await run(dir, 'framework', 'ladder.html', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).framework.roles).toHaveLength(3);
  });

  it('a Word table', async () => {
    const dir = folder();
    const body = para('Engineering ladder', { style: 'Heading1' }) + `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => cell(c)).join('')}</w:tr>`).join('')}</w:tbl>`;
    writeFileSync(join(dir, 'ladder.docx'), await docx(body));
    const { code, out } = await run(dir, 'framework', 'ladder.docx', '--json');
    expect(code).toBe(0);
    const fw = JSON.parse(out).framework;
    expect(fw.competencies.map((c: { name: string }) => c.name)).toEqual(['System design', 'Testing']);
  });

  it('a document without a ladder is refused with what to give instead', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nWe should write a ladder one day.\n');
    const { code, err } = await run(dir, 'framework', 'notes.md');
    expect(code).toBe(1);
    expect(err).toMatch(/notes\.md: holds no ladder Trellis can read: no table/);
  });
});

describe('what is usable is used', () => {
  it('plan and role --framework read a matrix with a bad cell, saying so, where framework alone exits 1', async () => {
    const dir = folder();
    for (const f of ['assessment.csv', 'objectives.json', 'job-description.md', 'transitions.csv']) copyFileSync(join(repo, 'examples', f), join(dir, f));
    // the bundled matrix with one level cell broken
    const { readFileSync } = await import('node:fs');
    const matrix = readFileSync(join(repo, 'examples', 'ksa-matrix.csv'), 'utf8').replace(/^(S,Coding,)2,/m, '$1Guru,');
    expect(matrix).toContain('Guru');
    writeFileSync(join(dir, 'ksa.csv'), matrix);
    const framework = await run(dir, 'framework', 'ksa.csv', 'transitions.csv');
    expect(framework.code).toBe(1);
    expect(framework.err).toMatch(/"Guru" is not a level/);
    const plan = await run(dir, 'plan', '--framework', 'ksa.csv', '--framework', 'transitions.csv', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', '--employee', 'Alex Rivera <alex@example.com>', '--today', '2026-11-24', '--out', 'out');
    expect(plan.code).toBe(0);
    expect(plan.err).toMatch(/"Guru" is not a level/);
    expect(plan.err).toMatch(/using what could be read \(\d+ roles, \d+ competencies\)/);
    const role = await run(dir, 'role', 'job-description.md', '--framework', 'ksa.csv');
    expect(role.code).toBe(0);
    expect(role.err).toMatch(/using what could be read/);
    const gap = await run(dir, 'gap', '--framework', 'ksa.csv', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer');
    expect(gap.code).toBe(0);
  });
});

describe('CASE 1.1 from the command line', () => {
  it('trellis framework F --to case exports; any command reads the CASE file; an edited export re-imported with --previous is the same framework, one version on', async () => {
    const dir = folder();
    for (const f of ['ksa-matrix.csv', 'transitions.csv', 'assessment.csv']) copyFileSync(join(repo, 'examples', f), join(dir, f));
    const exported = await run(dir, 'framework', 'ksa-matrix.csv', 'transitions.csv', '--to', 'case');
    expect(exported.code).toBe(0);
    const pkg = JSON.parse(exported.out);
    expect(pkg.CFDocument.title).toBeTruthy();
    writeFileSync(join(dir, 'case.json'), exported.out);
    const original = JSON.parse((await run(dir, 'framework', 'ksa-matrix.csv', 'transitions.csv')).out);
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(original));
    const gap = await run(dir, 'gap', '--framework', 'case.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', '--json');
    expect(gap.code).toBe(0);
    expect(JSON.parse(gap.out).route).toBeTruthy();
    pkg.CFItems.find((i: { fullStatement: string; CFItemType: string }) => i.CFItemType === 'Competency').fullStatement = 'Renamed in a CASE editor';
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(pkg));
    const again = await run(dir, 'framework', 'edited.json', '--previous', 'v1.json', '--json');
    expect(again.code).toBe(0);
    const fw = JSON.parse(again.out).framework;
    expect(fw.id).toBe(original.id);
    expect(fw.version).toBe(original.version + 1);
    expect(fw.competencies.map((c: { id: string }) => c.id)).toEqual(original.competencies.map((c: { id: string }) => c.id));
    expect(fw.competencies[0].name).toBe('Renamed in a CASE editor');
    expect((await run(dir, 'framework', 'ksa-matrix.csv', '--to', 'xml')).code).toBe(2);
  });
});
