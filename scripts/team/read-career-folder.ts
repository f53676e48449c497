// Reads a folder of career files (plans and frameworks, in subfolders too) for the team report: every file that
// cannot be read is reported with its name and skipped, never fatal to the whole report.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readFramework, readPlan } from '../../shared/model/files';
import type { Framework } from '../../shared/model/framework';
import type { Plan } from '../../shared/model/plan';
import type { PlanEntry, TeamProblem } from '../../shared/team/team';
import { isReplacedPlanName } from '../../shared/storage/drive-files';

export interface CareerFolder {
  plans: PlanEntry[];
  frameworks: { framework: Framework; file: string }[];
  problems: TeamProblem[];
}

const isPlan = (name: string) => name.endsWith('.plan.json') && !isReplacedPlanName(name);
const isFramework = (name: string) => name.endsWith('.framework.json');

/** Paths of plan and framework files below `dir`, skipping hidden folders and `skip` (the report's own output). */
export async function listCareerFiles(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const skipped = new Set(skip.map((s) => resolve(s)));
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules' && !skipped.has(resolve(path))) await walk(path);
      } else if (e.isFile() && (isPlan(e.name) || isFramework(e.name))) out.push(path);
    }
  };
  await walk(dir);
  return out.sort();
}

/**
 * What the team report reads of a plan: everything but the text it never shows. A plan kept alive for years holds
 * hundreds of check-ins and assertions; keeping only the latest check-in (all staleness needs) and no evidence
 * text lets thousands of such plans fit in memory at once.
 */
export function forTeamReport(plan: Plan): Plan {
  const latest = plan.checkIns.reduce<Plan['checkIns'][number] | undefined>((a, c) => (!a || c.at > a.at ? c : a), undefined);
  return { ...plan, checkIns: latest ? [{ ...latest, notes: '' }] : [], assessment: plan.assessment.map((a) => (a.evidence ? { ...a, evidence: '' } : a)) };
}

function problemText(error: unknown): string {
  const e = error as Error & { problems?: string[] };
  if (e.name === 'FileFormatError' && e.problems) return e.problems.slice(0, 5).join('; ') + (e.problems.length > 5 ? `; and ${e.problems.length - 5} more` : '');
  return e.message;
}

/**
 * Reads every file: `*.framework.json` and `frameworks` as frameworks, the rest as plans; `label` names each
 * file in messages (a path relative to where the user is).
 */
export async function readCareerFolder(paths: readonly string[], options: { label?: (path: string) => string; frameworks?: readonly string[] } = {}): Promise<CareerFolder> {
  const result: CareerFolder = { plans: [], frameworks: [], problems: [] };
  const label = options.label ?? ((p: string) => p);
  const extraFrameworks = new Set(options.frameworks ?? []);
  const all = [...new Set([...paths, ...extraFrameworks])];
  // synchronous reads: for thousands of small files they are several times faster than fs/promises here,
  // and a command line has nothing else to do meanwhile
  for (const path of all) {
    const file = label(path);
    const frameworkFile = isFramework(path) || extraFrameworks.has(path);
    try {
      const text = readFileSync(path, 'utf8');
      if (frameworkFile) result.frameworks.push({ framework: readFramework(text, file), file });
      else result.plans.push({ plan: forTeamReport(readPlan(text, file)), file });
    } catch (error) {
      const what = frameworkFile ? 'framework skipped (plans made against it are reported below)' : 'plan skipped';
      result.problems.push({ file, severity: 'error', message: `${what}: ${problemText(error)}` });
    }
  }
  // extra framework files come after the folder's; keep reports in file order
  result.plans.sort((a, b) => a.file.localeCompare(b.file));
  result.frameworks.sort((a, b) => a.file.localeCompare(b.file));
  result.problems.sort((a, b) => a.file.localeCompare(b.file));
  return result;
}

export function relativeTo(cwd: string): (path: string) => string {
  return (path) => relative(cwd, path) || path;
}
