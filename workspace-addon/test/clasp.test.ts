// The built folder is what clasp pushes: with a .clasp.json whose rootDir is dist/workspace-addon, clasp (run
// offline, no login) tracks exactly the bundle and its manifest.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt } from '../sandbox/ensure-built';
import { DIST } from '../sandbox/host';

beforeAll(() => ensureBuilt());

it('clasp tracks exactly Code.js and appsscript.json from dist/workspace-addon', () => {
  const project = mkdtempSync(join(tmpdir(), 'trellis-clasp-'));
  cpSync(DIST, join(project, 'dist/workspace-addon'), { recursive: true });
  writeFileSync(join(project, '.clasp.json'), JSON.stringify({ scriptId: 'offline-check', rootDir: 'dist/workspace-addon' }));
  const clasp = resolve(DIST, '../../node_modules/.bin/clasp');
  const out = execFileSync(clasp, ['show-file-status', '--project', '.clasp.json'], { cwd: project, env: { ...process.env, HOME: project, clasp_config_auth: join(project, '.clasprc.json') }, encoding: 'utf8' });
  const tracked = out.slice(out.indexOf('Tracked files:'), out.indexOf('Untracked files:'));
  expect(tracked).toMatch(/dist\/workspace-addon\/Code\.js/);
  expect(tracked).toMatch(/dist\/workspace-addon\/appsscript\.json/);
  expect(tracked.match(/└─/g)).toHaveLength(2);
});
