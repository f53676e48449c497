// Core figures: gap analysis for 10,000 employees against a 2,000-role × 500-competency framework, its peak
// memory, and one route query through a 2,000-role lattice.
import { gapAnalysis } from '../../shared/gap/gap';
import { personLevels } from '../../shared/gap/levels';
import { findRoutes } from '../../shared/lattice/routes';
import { line, median } from './line';
import { seeded } from '../../shared/test/random';
import { syntheticAssessment, syntheticFramework } from './synthetic';

const ROLES = 2_000;
const COMPETENCIES = 500;
// a role typically asks for tens of a department's competencies; a full matrix (every role, every competency)
// is measured too, as information
const REQUIREMENTS = 60;
const EMPLOYEES = 10_000;
const ASSESSED = 80;

const framework = syntheticFramework({ roles: ROLES, competencies: COMPETENCIES, rolesPerTrack: 10, requirementsPerRole: REQUIREMENTS, crossMoves: 3_000 });
const rand = seeded(7);
const employees = Array.from({ length: EMPLOYEES }, () => ({ assessment: syntheticAssessment(rand, COMPETENCIES, ASSESSED), target: framework.roles[Math.floor(rand() * ROLES)]! }));
const assertions = employees.reduce((n, e) => n + e.assessment.length, 0);

// gap analysis: effective levels from each employee's assertion history, then the gaps for their target role
const runs: number[] = [];
let checksum = 0;
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  for (const e of employees) {
    const { levels, detail } = personLevels(framework, e.assessment);
    checksum += gapAnalysis(framework, e.target, levels, detail).readiness;
  }
  runs.push(performance.now() - t0);
}
// the first run includes compiling each role once (what a fresh process, such as a CLI report, pays)
const extra = { employees: EMPLOYEES, roles: ROLES, competencies: COMPETENCIES, requirementsPerRole: REQUIREMENTS, assertions, firstRunMs: Math.round(runs[0]!), runs: runs.map((r) => Math.round(r)) };
console.log(JSON.stringify(line('gap analysis 10000 employees x 2000-role x 500-competency framework', median(runs), 'ms', '< 1000', extra)));

// route queries between random roles (best route plus two alternatives, as the CLI and plans ask)
const routeTimes: number[] = [];
let unreachable = 0;
const levels = personLevels(framework, employees[0]!.assessment).levels;
findRoutes(framework, levels, 'r0', 'r9'); // builds the lattice once, as a long-running surface would have
for (let q = 0; q < 200; q++) {
  const from = `r${Math.floor(rand() * ROLES)}`;
  const to = `r${Math.floor(rand() * ROLES)}`;
  const t0 = performance.now();
  try {
    findRoutes(framework, levels, from, to);
  } catch {
    unreachable++;
  }
  routeTimes.push(performance.now() - t0);
}
console.log(JSON.stringify(line('route query in a 2000-role lattice (median)', median(routeTimes), 'ms', '< 5', { queries: routeTimes.length, unreachable, moves: framework.transitions.length, p95: Math.round([...routeTimes].sort((a, b) => a - b)[Math.floor(routeTimes.length * 0.95)]! * 100) / 100 })));

const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(line('peak memory of the 10000-employee gap run', peakMb, 'MB', '< 500', { checksum: Math.round(checksum) })));

// information: the same employees against a full matrix, every role requiring all 500 competencies
const full = syntheticFramework({ roles: ROLES, competencies: COMPETENCIES, rolesPerTrack: 10, requirementsPerRole: COMPETENCIES, crossMoves: 3_000 });
const fullRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  for (const e of employees) {
    const { levels, detail } = personLevels(full, e.assessment);
    checksum += gapAnalysis(full, full.roles[Number(e.target.id.slice(1))]!, levels, detail).gaps.length;
  }
  fullRuns.push(performance.now() - t0);
}
console.log(JSON.stringify(line('gap analysis 10000 employees, full 2000x500 matrix (information)', median(fullRuns), 'ms', 'information', { requirementsPerRole: COMPETENCIES, firstRunMs: Math.round(fullRuns[0]!), runs: fullRuns.map((r) => Math.round(r)), peakMbSoFar: Math.round(process.resourceUsage().maxRSS / 1024) })));
