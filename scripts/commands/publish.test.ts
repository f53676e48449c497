import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { testFramework } from '../../shared/test/fixtures';
import { captureIO } from '../cli/io';
import { main } from '../trellis';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-publish-'));
  writeFileSync(join(dir, 'eng.framework.json'), toFileJson(testFramework()));
  return dir;
}

describe('trellis publish', () => {
  it('says --out is a file, not a folder, instead of crashing', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'site'), 'mine');
    const io = captureIO(dir);
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], io)).toBe(2);
    expect(io.err()).toBe('trellis publish: --out site: is a file, not a folder. Give a folder (new or existing) for the output\n');
    expect(readFileSync(join(dir, 'site'), 'utf8')).toBe('mine');
  });

  it('writes the static site and says where to open it', async () => {
    const dir = workspace();
    const io = captureIO(dir);
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], io)).toBe(0);
    expect(io.out()).toMatch(/Published Engineering v1: 6 roles on 3 track\(s\), \d+ pages/);
    expect(io.out()).toContain('open: site/index.html');
    for (const f of ['index.html', 'role-senior.html', 'move-eng2-to-senior.html', 'start/role-senior.objectives.json', 'framework.json']) expect(existsSync(join(dir, 'site', f)), f).toBe(true);
  });

  it('replaces its own earlier output, removing pages of roles that left the framework, and never writes into a folder of other files', async () => {
    const dir = workspace();
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], captureIO(dir))).toBe(0);
    const fw = testFramework();
    writeFileSync(join(dir, 'eng.framework.json'), toFileJson({ ...fw, version: 2, roles: fw.roles.filter((r) => r.id !== 'pm'), transitions: fw.transitions.filter((t) => t.from !== 'pm' && t.to !== 'pm') }));
    const io = captureIO(dir);
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], io)).toBe(0);
    expect(io.out()).toMatch(/page\(s\) of roles no longer in the framework removed/);
    expect(existsSync(join(dir, 'site', 'role-pm.html'))).toBe(false);
    expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toContain('version 2');

    mkdirSync(join(dir, 'handbook'));
    writeFileSync(join(dir, 'handbook', 'index.html'), 'our own page');
    const io2 = captureIO(dir);
    expect(await main(['publish', 'eng.framework.json', '--out', 'handbook'], io2)).toBe(1);
    expect(io2.err()).toContain('handbook already holds files Trellis did not write: nothing was written');
    expect(readFileSync(join(dir, 'handbook', 'index.html'), 'utf8')).toBe('our own page');
  });

  it('names the file and the field when the framework is malformed', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ kind: 'trellis.framework', schemaVersion: 2, id: 'x', name: 'X', competencies: [], roles: [{ id: 'a', title: 'A', competencies: [{ competencyId: 'ghost', level: 2 }] }] }));
    const io = captureIO(dir);
    expect(await main(['publish', 'bad.json', '--out', 'site'], io)).toBe(1);
    expect(io.err()).toMatch(/bad\.json: roles\[0\]\.competencies\[0\]\.competencyId: role "A" requires unknown competency "ghost"/);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });
});

describe('trellis publish from a KSA matrix', () => {
  it('publishes the bundled example matrix and its transitions directly', async () => {
    const dir = workspace();
    const examples = join(__dirname, '../../examples');
    const io = captureIO(dir);
    expect(await main(['publish', join(examples, 'ksa-matrix.csv'), join(examples, 'transitions.csv'), '--out', 'site'], io)).toBe(0);
    expect(io.out()).toMatch(/Published .* v1: 8 roles on 3 track\(s\)/);
    const home = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    expect(home).toMatch(/Engineer II<\/a> → <a href="[^"]+">Associate Product Manager<\/a> <span class="kind">exploratory project/);
  });
});

describe('starting a plan from the published site', () => {
  it('runs the exact trellis plan steps a role page gives, with the files it offers for download', async () => {
    const dir = workspace();
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], captureIO(dir))).toBe(0);
    const page = readFileSync(join(dir, 'site', 'role-senior.html'), 'utf8');
    const command = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(page)![1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    // the employee downloads the three files into one folder, fills in their current role and their levels
    const work = join(dir, 'me');
    mkdirSync(work);
    const objectives = JSON.parse(readFileSync(join(dir, 'site', 'start', 'role-senior.objectives.json'), 'utf8'));
    writeFileSync(join(work, 'role-senior.objectives.json'), JSON.stringify({ ...objectives, currentRole: 'Engineer II', objectives: { ...objectives.objectives, beyondCurrentRole: ['Lead a cross-team project'], fiveYears: 'Staff engineer' } }));
    const template = readFileSync(join(dir, 'site', 'start', 'role-senior.assessment.csv'), 'utf8');
    writeFileSync(join(work, 'role-senior.assessment.csv'), template.replace(/^([^,\r\n]+),,self,,/gm, (line, name: string) => (name === 'competency' ? line : `${name},2,self,2026-02-01,`)));
    writeFileSync(join(work, 'framework.json'), readFileSync(join(dir, 'site', 'framework.json')));
    // the command as printed, its placeholders filled in
    const args = command
      .replace(/\\\n/g, ' ')
      .replace('"Your Name <you@example.com>"', "'Alex Rivera <alex@example.com>'")
      .replace('"Your Manager <manager@example.com>"', "'Dana Lee <dana@example.com>'")
      .match(/'[^']*'|\S+/g)!
      .map((a) => a.replace(/^'|'$/g, ''));
    expect(args[0]).toBe('trellis');
    const io = captureIO(work);
    expect(await main([...args.slice(1), '--today', '2026-03-01'], io)).toBe(0);
    expect(io.out()).toMatch(/Plan for Alex Rivera: Engineer II → Senior Engineer/);
  });
});
