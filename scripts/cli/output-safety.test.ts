// Output folders survive interruption and never lose or touch files outside them: `example`'s marker and the
// manifest of `publish` and `report team` are followed only inside their folder, and what an interrupted run left
// is cleaned up by the next run, without --force.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { departmentFramework } from '../../shared/test/department';
import { testFramework } from '../../shared/test/fixtures';
import { teamPlan } from '../../shared/test/team-fixtures';
import { captureIO } from './io';
import { main } from '../trellis';

const BIN = resolve(__dirname, '../bin/trellis.js');
const tmp = (tag: string) => mkdtempSync(join(tmpdir(), `trellis-${tag}-`));

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('trellis example stays inside --out', () => {
  it('ignores marker lines that name files outside its folder (../, absolute, backslash, NUL, reserved names)', async () => {
    const root = tmp('example-marker');
    const dir = join(root, 'work');
    mkdirSync(join(dir, 'ex'), { recursive: true });
    writeFileSync(join(root, 'victim.txt'), 'keep me');
    writeFileSync(join(dir, 'victim.txt'), 'keep me too');
    const absolute = join(root, 'absolute.txt');
    writeFileSync(absolute, 'keep me three');
    writeFileSync(join(dir, 'ex', '.trellis-example'), ['../../victim.txt', '../victim.txt', absolute, '..\\victim.txt', 'nul\u0000', 'CON', ''].join('\n'));
    const io = captureIO(dir);
    expect(await main(['example', '--out', 'ex', '--today', '2026-11-24'], io)).toBe(0);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep me too');
    expect(readFileSync(absolute, 'utf8')).toBe('keep me three');
    expect(io.err()).toContain('ignored "../victim.txt"');
    // the NUL is shown escaped, not sent to the terminal
    expect(io.err()).not.toContain('\u0000');
  });

  it('says --out is a file, not a folder, instead of failing with EEXIST', async () => {
    const dir = tmp('example-file');
    writeFileSync(join(dir, 'ex'), 'a file');
    const io = captureIO(dir);
    expect(await main(['example', '--out', 'ex'], io)).toBe(2);
    expect(io.err()).toBe('trellis example: --out ex: is a file, not a folder. Give a folder (new or existing) for the output\n');
    expect(readFileSync(join(dir, 'ex'), 'utf8')).toBe('a file');
  });

  it('refuses an impossible --today', async () => {
    const io = captureIO(tmp('example-today'));
    expect(await main(['example', '--today', '2026-02-30'], io)).toBe(2);
    expect(io.err()).toContain('--today "2026-02-30": there is no such day');
  });
});

describe('output folders after an interrupted run', () => {
  it('publish: the staging folder and temporary files an interrupted run left are removed, and the next run needs no --force', async () => {
    const dir = tmp('publish-left');
    writeFileSync(join(dir, 'eng.framework.json'), toFileJson(testFramework()));
    // interrupted while staging into a new folder: only the staging folder exists
    mkdirSync(join(dir, 'site', '.trellis-staging', 'start'), { recursive: true });
    writeFileSync(join(dir, 'site', '.trellis-staging', 'index.html'), '<html><body>half');
    let io = captureIO(dir);
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], io)).toBe(0);
    expect(tree(join(dir, 'site')).filter((f) => f.includes('.tmp') || f.includes('staging'))).toEqual([]);
    // interrupted while moving files into place: the manifest lists both runs, a temporary file is left
    const manifest = readFileSync(join(dir, 'site', '.trellis-output'), 'utf8');
    writeFileSync(join(dir, 'site', 'index.html.4242.1700000000000.tmp'), 'half');
    writeFileSync(join(dir, 'site', '.trellis-output'), `${manifest}role-gone.html\n`);
    writeFileSync(join(dir, 'site', 'role-gone.html'), 'old page');
    io = captureIO(dir);
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], io)).toBe(0);
    const files = tree(join(dir, 'site'));
    expect(files).not.toContain('index.html.4242.1700000000000.tmp');
    expect(files).not.toContain('role-gone.html');
    expect(readFileSync(join(dir, 'site', '.trellis-output'), 'utf8')).toBe(manifest);
  });

  it('a manifest line that climbs out of the folder is never followed', async () => {
    const root = tmp('publish-manifest');
    const dir = join(root, 'work');
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(join(dir, 'eng.framework.json'), toFileJson(testFramework()));
    writeFileSync(join(root, 'victim.txt'), 'keep me');
    writeFileSync(join(dir, 'site', '.trellis-output'), '../../victim.txt\n/etc/hostname\n');
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], captureIO(dir))).toBe(0);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('keep me');
  });

  it('publish refuses ids that would make a page outside --out, and writes nothing', async () => {
    for (const id of ['../../evil', '/tmp/evil', '..\\evil', 'CON']) {
      const root = tmp('publish-ids');
      const dir = join(root, 'work');
      mkdirSync(dir);
      const fw = testFramework();
      writeFileSync(join(dir, 'eng.framework.json'), toFileJson({ ...fw, roles: fw.roles.map((r, i) => (i === 0 ? { ...r, id } : r)), transitions: fw.transitions.map((t) => ({ ...t, from: t.from === fw.roles[0]!.id ? id : t.from, to: t.to === fw.roles[0]!.id ? id : t.to })) }));
      const io = captureIO(dir);
      const code = await main(['publish', 'eng.framework.json', '--out', 'site'], io);
      expect(io.err()).not.toContain('unexpected');
      if (code === 0) {
        // the site may make a safe file name of the id itself: then every file is inside the folder
        expect(tree(root).every((f) => f.startsWith('work/'))).toBe(true);
      } else {
        expect(code, io.err()).toBe(1);
        expect(io.err()).toContain('nothing was written');
        expect(existsSync(join(dir, 'site'))).toBe(false);
      }
      expect(readdirSync(root)).toEqual(['work']);
    }
  });

  it('report team exits non-zero when it could read no plan', async () => {
    const dir = tmp('report-none');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'a.plan.json'), '{ broken');
    writeFileSync(join(dir, 'plans', 'b.plan.json'), '\u0000\u0001PNG');
    const io = captureIO(dir);
    expect(await main(['report', 'team', 'plans', '--out', 'report', '--today', '2026-03-01'], io)).toBe(1);
    expect(io.err()).toContain('none of the 2 plan files could be read');
  });

  it('publish and report team killed at random moments: the next run succeeds without --force and leaves no partial or temporary file', async () => {
    const dir = tmp('killed');
    writeFileSync(join(dir, 'dept.framework.json'), toFileJson(departmentFramework()));
    mkdirSync(join(dir, 'plans'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'plans', `p${i}.plan.json`), toFileJson({ ...teamPlan({ employee: `Person ${i}`, current: 'eng1', target: 'eng2' }), id: `p${i}` }));
    writeFileSync(join(dir, 'plans', 'eng.v1.framework.json'), toFileJson(testFramework()));
    const commands = [
      ['publish', 'dept.framework.json', '--out', 'site'],
      ['report', 'team', 'plans', '--out', 'report', '--today', '2026-03-01'],
    ];
    for (const [k, delay] of [900, 1300, 1700, 2100].entries()) {
      const args = commands[k % 2]!;
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
    }
    for (const args of commands) {
      const io = captureIO(dir);
      expect(await main(args, io), io.err()).toBe(0);
    }
    for (const out of ['site', 'report']) {
      const files = tree(join(dir, out));
      expect(files.filter((f) => f.endsWith('.tmp') || f.includes('.trellis-staging'))).toEqual([]);
      for (const f of readFileSync(join(dir, out, '.trellis-output'), 'utf8').split('\n').filter(Boolean)) expect(existsSync(join(dir, out, f)), f).toBe(true);
    }
  }, 60_000);
});
