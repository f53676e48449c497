// `trellis report team <plans-dir> --out DIR`: the team and HR report (HTML plus CSV) over a folder of plans,
// offline; files that cannot be read are listed with the reason and left out, never fatal to the report.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FrameworkCatalog } from '../../shared/team/framework-catalog';
import { teamReport } from '../../shared/team/team-report';
import type { TeamProblem } from '../../shared/team/team';
import { teamReportFiles } from '../../shared/render/team-report-html';
import { TEAM_REPORT_FILES } from '../../shared/render/team-report-csv';
import { dayOption, parse, required } from '../cli/args';
import { isoDay } from '../../shared/plan/dates';
import { CliError, type Command } from '../cli/io';
import { writeOwnedFolder } from '../cli/output-folder';
import { listCareerFiles, readCareerFolder, relativeTo } from '../team/read-career-folder';

const USAGE =
  'trellis report team <plans-dir> --out DIR [--pull <drive-folder-id|url> [--adc | --service-account KEY.json]] [--framework F.json]… [--today YYYY-MM-DD] [--ready-at 0.9] [--stale-days 60] [--due-within 30] [--force]';

/** Problems printed to the terminal; the rest are in problems.csv and the report. */
const PRINTED_PROBLEMS = 20;

function numberOption(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max) throw new CliError(`${name} "${text}": give a number from ${min} to ${max}`, 2);
  return n;
}

export const report: Command = async (args, io) => {
  const [kind, ...rest] = args;
  if (kind !== 'team') {
    if (kind === '--help' || kind === '-h') throw new CliError(`usage: ${USAGE}`, 0);
    throw new CliError(`${kind ? `unknown report "${kind}"` : 'which report?'}\n\nusage: ${USAGE}`, 2);
  }
  const { values, positionals } = parse(
    rest,
    {
      out: { type: 'string' },
      framework: { type: 'string', multiple: true },
      today: { type: 'string' },
      'ready-at': { type: 'string' },
      'stale-days': { type: 'string' },
      'due-within': { type: 'string' },
      force: { type: 'boolean' },
      pull: { type: 'string' },
      adc: { type: 'boolean' },
      'service-account': { type: 'string' },
      'api-root': { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`give one folder of plans\n\nusage: ${USAGE}`, 2);
  const plansDir = resolve(io.cwd, positionals[0]!);
  if (values.pull) {
    // the report works on the local folder; --pull brings it up to date from Drive first (conflicts keep both copies)
    const { drive } = await import('./drive');
    const auth = [...(values.adc ? ['--adc'] : []), ...(values['service-account'] ? ['--service-account', values['service-account']] : []), ...(values['api-root'] ? ['--api-root', values['api-root']] : [])];
    const code = await drive(['pull', values.pull, '--out', plansDir, ...auth], io);
    if (code !== 0 && code !== 1) return code;
  }
  if (!existsSync(plansDir) || !statSync(plansDir).isDirectory()) throw new CliError(`${positionals[0]}: no such folder`);
  const outDir = resolve(io.cwd, required(values.out, '--out', USAGE));
  const today = dayOption(values.today, '--today', () => isoDay(new Date()));
  const readyAt = numberOption(values['ready-at'], '--ready-at', 0.01, 1);
  const staleAfterDays = numberOption(values['stale-days'], '--stale-days', 1, 3650);
  const actionsWithinDays = numberOption(values['due-within'], '--due-within', 0, 3650);

  const label = relativeTo(io.cwd);
  const paths = await listCareerFiles(plansDir, [outDir]);
  const extra = (values.framework ?? []).map((f) => resolve(io.cwd, f));
  for (const f of extra) if (!existsSync(f)) throw new CliError(`--framework ${relative(io.cwd, f)}: no such file`);
  const folder = await readCareerFolder(paths, { label, frameworks: extra });
  if (!folder.plans.length && !folder.problems.some((p) => p.file.endsWith('.plan.json'))) {
    throw new CliError(`${positionals[0]}: no *.plan.json files in this folder or below it; pull them first (trellis drive pull) or point at the folder that holds them`);
  }
  const catalog = new FrameworkCatalog();
  const problems: TeamProblem[] = [...folder.problems];
  for (const { framework, file } of folder.frameworks) {
    const warning = catalog.add(framework, file);
    if (warning) problems.push({ file, severity: 'warning', message: warning });
  }
  const result = teamReport(folder.plans, catalog, { today, ...(readyAt !== undefined && { readyAt }), ...(staleAfterDays !== undefined && { staleAfterDays }), ...(actionsWithinDays !== undefined && { actionsWithinDays }) }, problems);
  const files = teamReportFiles(result);
  await writeOwnedFolder(outDir, files, { force: values.force, cwd: io.cwd, what: 'team report' });

  for (const p of result.problems.slice(0, PRINTED_PROBLEMS)) io.stderr(`${p.severity}: ${p.file}: ${p.message}\n`);
  if (result.problems.length > PRINTED_PROBLEMS) io.stderr(`… and ${result.problems.length - PRINTED_PROBLEMS} more in ${label(join(outDir, TEAM_REPORT_FILES.problems))}\n`);
  const skipped = folder.problems.filter((p) => p.file.endsWith('.plan.json')).length;
  io.stdout(
    [
      `Team report for ${today}: ${result.plans} plan${result.plans === 1 ? '' : 's'}${skipped ? ` (${skipped} file${skipped === 1 ? '' : 's'} skipped, see above)` : ''}, frameworks ${result.frameworks || 'none'}`,
      `  ${result.atRisk.length} role(s) at risk, ${result.stale.length} stale plan(s), ${result.actionsDue.length} development action(s) due`,
      `  report: ${label(join(outDir, TEAM_REPORT_FILES.html))}`,
      `  data:   ${Object.keys(files).filter((f) => f.endsWith('.csv')).map((f) => label(join(outDir, f))).join(', ')}`,
      '',
    ].join('\n'),
  );
  if (!result.plans) {
    // a report of nobody is not a success: every plan file was skipped (the reasons are in problems.csv)
    io.stderr(`trellis report team: none of the ${skipped} plan file${skipped === 1 ? '' : 's'} could be read (see above); fix or pull them again, then rerun\n`);
    return 1;
  }
  return 0;
};
