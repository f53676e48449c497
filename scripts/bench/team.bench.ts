// Team benchmarks: the team report over 5,000 plan files on disk, and a Drive sync of 1,000 files against the
// fake Drive server at concurrency 8 and 1.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toFileJson } from '../../shared/model/files';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { departmentFramework, departmentPlans } from '../../shared/test/department';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { line } from './line';

const TODAY = '2026-03-01';

async function teamReportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-team-'));
  const framework = departmentFramework();
  writeFileSync(join(dir, frameworkDriveName(framework.id, framework.version)), toFileJson(framework));
  for (const plan of departmentPlans(framework, 5000, TODAY)) writeFileSync(join(dir, `${plan.id}.plan.json`), toFileJson(plan));
  const io = captureIO(dir);
  const start = performance.now();
  const code = await main(['report', 'team', dir, '--out', join(dir, 'report'), '--today', TODAY], io);
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`report failed: ${io.err()}`);
  console.log(JSON.stringify(line('team report 5000 plans', ms, 'ms', '< 5000', { files: 5001, summary: io.out().split('\n')[1]?.trim() })));
  rmSync(dir, { recursive: true, force: true });
}

await teamReportBench();
