// A plan kept alive for five years: weekly check-ins (about 260) and monthly self and manager assessments
// (about 600 assertions). Its report rendered, `trellis plan show` on it, and the team report over 5,000 such plans.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toFileJson } from '../../shared/model/files';
import { planReportHtml } from '../../shared/render/report';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { departmentFramework, departmentPlans } from '../../shared/test/department';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { line, median } from './line';
import { longLivedPlan } from './long-lived-plan';

/**
 * CPU milliseconds this thread (the command's own) has used, where Linux tells (/proc), else undefined. The team
 * report's own thread reads its share of the plans and then builds the report, so on idle cores its CPU time is
 * about the wall time: the figure a busy machine's wall time hides.
 */
function mainThreadCpuMs(): number | undefined {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime, in clock ticks of 10 ms on Linux
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function timed(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function main_(): Promise<void> {
  const framework = departmentFramework();
  const [base] = departmentPlans(framework, 1, '2026-03-01');
  const plan = longLivedPlan(base!, framework);
  const size = toFileJson(plan).length;
  planReportHtml(plan, framework); // warm
  const reportMs = timed(9, () => planReportHtml(plan, framework, { today: '2026-03-01' }));
  console.log(JSON.stringify(line('plan report, five-year plan', reportMs, 'ms', '< 200', { checkIns: plan.checkIns.length, assertions: plan.assessment.length, planBytes: size })));

  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-life-'));
  try {
    const file = join(dir, `${plan.id}.plan.json`);
    writeFileSync(file, toFileJson(plan));
    writeFileSync(join(dir, frameworkDriveName(framework.id, framework.version)), toFileJson(framework));
    const showTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const io = captureIO(dir);
      const t = performance.now();
      const code = await main(['plan', 'show', file], io);
      showTimes.push(performance.now() - t);
      if (code !== 0) throw new Error(`plan show failed: ${io.err()}`);
    }
    // the first run loads the command's modules; the figure is a warm run, as a person's second look would be
    console.log(JSON.stringify(line('plan show, five-year plan', median(showTimes.slice(1)), 'ms', '< 100', { firstRunMs: Math.round(showTimes[0]!) })));

    // the team report over 5,000 such plans
    const team = join(dir, 'team');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(team);
    writeFileSync(join(team, frameworkDriveName(framework.id, framework.version)), toFileJson(framework));
    let bytes = 0;
    for (const p of departmentPlans(framework, 5000, '2026-03-01')) {
      const text = toFileJson(longLivedPlan(p, framework));
      bytes += text.length;
      writeFileSync(join(team, `${p.id}.plan.json`), text);
    }
    const io = captureIO(dir);
    // the machine's load beside the figure: on 2 shared cores the wall time says as much about the others as about this
    const loadBefore = loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadCpuMs();
    const t = performance.now();
    const code = await main(['report', 'team', team, '--out', join(dir, 'report'), '--today', '2026-03-01'], io);
    const ms = performance.now() - t;
    const cpu = process.cpuUsage(cpuBefore);
    const mainAfter = mainThreadCpuMs();
    if (code !== 0) throw new Error(`team report failed: ${io.err()}`);
    const load = `${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}`;
    console.log(JSON.stringify(line('team report 5000 five-year plans', ms, 'ms', '< 5000', { cpuMs: Math.round((cpu.user + cpu.system) / 1000), ...(mainBefore !== undefined && mainAfter !== undefined && { mainThreadCpuMs: mainAfter - mainBefore }), loadAverage: load, megabytes: Math.round(bytes / 1e6), summary: io.out().split('\n')[1]?.trim() })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main_();
