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
import { push } from '../drive/push';
import { DriveClient } from '../drive/drive-client';
import { localCareerFolder, offlineAuth } from '../test-support/drive-fixtures';
import { startFakeInWorker } from '../test-support/fake-google/in-worker';
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

/** Real Drive calls take 100–300 ms; 30 ms per request keeps the bench short and still lets concurrency matter. */
const LATENCY_MS = 30;

async function syncOnce(dir: string, concurrency: number): Promise<number> {
  const fake = await startFakeInWorker({ latencyMs: LATENCY_MS });
  try {
    const client = new DriveClient({ auth: offlineAuth(), rootUrl: fake.url });
    const start = performance.now();
    const report = await push(client, dir, fake.folderId, { concurrency });
    const ms = performance.now() - start;
    const { files, names } = await fake.count();
    if (report.outcomes.size !== 1000 || files !== 1000 || names !== 1000) throw new Error(`sync incomplete: ${report.outcomes.size} files pushed, ${files} on Drive`);
    return ms;
  } finally {
    await fake.close();
  }
}

async function syncBench(): Promise<void> {
  const dir = localCareerFolder(999, TODAY);
  const extra = { files: 1000, latencyPerRequestMs: LATENCY_MS, server: 'fake Drive v3 on loopback, in a worker thread', client: 'googleapis' };
  const parallel = await syncOnce(dir, 8);
  console.log(JSON.stringify(line('drive sync 1000 files, concurrency 8', parallel, 'ms', '', { ...extra, concurrency: 8 })));
  const serial = await syncOnce(dir, 1);
  console.log(JSON.stringify(line('drive sync 1000 files, concurrency 1', serial, 'ms', '', { ...extra, concurrency: 1 })));
  console.log(JSON.stringify(line('drive sync speedup, concurrency 8 over 1', serial / parallel, 'x', '>= 5', extra)));
  rmSync(dir, { recursive: true, force: true });
}

await teamReportBench();
await syncBench();
