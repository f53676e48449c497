// `trellis plan`: drafts the career path (route, milestones, actions) and writes the plan file plus a report.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../../shared/ingest/diagnostics';
import { ingestJobDescription, type ExtractedRole } from '../../shared/ingest/job-description';
import { readPlan, toFileJson } from '../../shared/model/files';
import { indexFramework, type Framework } from '../../shared/model/framework';
import { nameKey } from '../../shared/model/names';
import { parsePersonText, PersonSchema, type Person } from '../../shared/model/person';
import { planIdOf } from '../../shared/model/plan-id';
import type { Role } from '../../shared/model/role';
import { RouteError } from '../../shared/lattice/routes';
import { createPlan, HORIZON_MONTHS } from '../../shared/plan/generate';
import { chooseJobDescriptionRole, TargetPlacementError, targetFromJobDescription, type JobDescriptionTarget } from '../../shared/plan/target-from-job-description';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { blocksToMarkdown, planDocument } from '../../shared/render/plan-document';
import { planReportHtml } from '../../shared/render/report';
import { dayOption, parse, required, wholeNumberOption } from '../cli/args';
import { loadAssessment, loadFramework, loadObjectives, roleNamed, todayIso } from '../cli/inputs';
import { CliError, type CliIO, type Command } from '../cli/io';
import { checkOutputFolder, makeOutputFolder, removeStaleTemporaries } from '../cli/output-folder';
import { readDocumentFile } from '../ingest/read-document';
import { decodeTextFile } from '../ingest/text-file';
import { writeFilesTogether } from '../storage/folder-store';

const USAGE =
  'trellis plan --framework F [--framework TRANSITIONS.csv] --assessment A.csv --current R (--target R | --jd FILE) --employee "Name" [--email E] [--manager "Name"] [--approver "Name <email>"]… [--objectives O.json] [--horizon MONTHS] [--today YYYY-MM-DD] --out DIR [--force] [--replace]\n       trellis plan <command> <file.plan.json> --as "Name <email>" …   (the plan’s life after creation: trellis plan show --help lists the commands)';

/**
 * "Dana Lee <dana@example.com>" or "Dana Lee", checked: a person the plan names must be one the plan
 * file can hold, so "Bob <script>…</script>" is a usage error naming the option, not a crash.
 */
export function parsePerson(text: string, option = '--employee'): Person {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]/.test(text)) throw new CliError(`${option} "${text}": it holds a control or invisible character (NUL, an escape sequence, a zero-width space or a direction override). Write the person as "Name <name@example.com>" or just "Name"`, 2);
  const parsed = parsePersonText(text);
  if (parsed.problem !== undefined) throw new CliError(`${option} "${text}": ${parsed.problem}. Write the person as "Name <name@example.com>" or just "Name"`, 2);
  return PersonSchema.parse(parsed.person);
}

const emailIsValid = (email: string) => PersonSchema.shape.email.safeParse(email).success;

const FORMATS: Record<string, string> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.txt': 'text' };

/** The levels of a job-family page, for a message that asks the person to pick one. */
function levelsMessage(file: string, choices: ExtractedRole[], suggestion: ExtractedRole, unmatched?: string): string {
  const lead = unmatched ? `--target "${unmatched}" is none of the ${choices.length} roles in ${file}` : `${file} describes ${choices.length} roles (a job family), and no --target says which one you want`;
  return `${lead}:\n${choices.map((r) => `  - ${r.title}${r.level ? ` (${r.level})` : ''}`).join('\n')}\nPick one with --target, e.g. --target "${suggestion.title}" (or "targetRole" in the objectives file).`;
}

/** The target role from a job description (see shared/plan/target-from-job-description), with what happened said on stderr. */
async function targetFromJobDescriptionFile(io: CliIO, file: string, framework: Framework, current: Role, options: { wanted?: string; employee: Person; today: string }): Promise<JobDescriptionTarget> {
  const doc = await readDocumentFile(resolve(io.cwd, file), file);
  const result = ingestJobDescription(doc, { framework, file });
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic({ file, ...d })}\n`);
  if (!result.roles.length) throw new CliError(`${file}: no role could be read from this job description (see the messages above)`);
  const choice = chooseJobDescriptionRole(result, { ...(options.wanted ? { wanted: options.wanted } : {}), current, framework });
  if ('choices' in choice) throw new CliError(levelsMessage(file, choice.choices, choice.suggestion, choice.unmatched), 2);
  let found: JobDescriptionTarget;
  try {
    found = targetFromJobDescription(choice.role, framework, current, {
      planId: (target) => planIdFor(options.employee, target.title),
      source: file,
      format: FORMATS[extname(file).toLowerCase()] ?? 'document',
      now: `${options.today}T09:00:00.000Z`,
    });
  } catch (error) {
    if (error instanceof TargetPlacementError) throw new CliError(`${file}: ${error.message} (with --target, or another job description).`);
    throw error;
  }
  io.stderr(`${file}: ${found.summary}\n`);
  if (found.unmeasured) {
    io.stderr(`warning: ${file}: nothing "${found.target.title}" asks for could be read as a competency, so the plan's readiness cannot be trusted (there is nothing to measure). Add the role's competencies to the framework (its KSA matrix), or plan towards a framework role with --target.\n`);
  }
  return found;
}

/** "x.plan.json" at revision 7 -> "x.replaced-r7.plan.json": the plan a --replace set aside. */
export function replacedName(planPath: string, revision: number): string {
  return planPath.replace(/\.plan\.json$/, `.replaced-r${revision}.plan.json`);
}

/** The revision of a plan file already there; undefined when there is none or it cannot be read as a plan. */
function existingPlanRevision(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return readPlan(decodeTextFile(readFileSync(path)).text, path).revision;
  } catch {
    return undefined;
  }
}

/**
 * The plan's id: the employee and the target's title ("alex-rivera-senior-engineer"); names without Latin letters
 * are romanised where a standard exists, else kept apart by a short hash (see shared/model/plan-id).
 */
function planIdFor(employee: Person, targetTitle: string): string {
  return planIdOf(employee.name, targetTitle);
}

/** Whether a plan file already there is another person's (creating never replaces it, --force or not). */
async function otherPersonsPlan(path: string, employee: Person): Promise<string | undefined> {
  if (!existsSync(path)) return undefined;
  let theirs: Person;
  try {
    theirs = readPlan(decodeTextFile(await readFile(path)).text, path).employee;
  } catch {
    return undefined; // not a plan at all: --force may replace it, as before
  }
  const sameEmail = !!theirs.email && !!employee.email && theirs.email.toLowerCase() === employee.email.toLowerCase();
  const sameName = nameKey(theirs.name) === nameKey(employee.name);
  if (theirs.email && employee.email ? sameEmail : sameName) return undefined;
  return `${theirs.name}${theirs.email ? ` <${theirs.email}>` : ''}'s plan`;
}

export const plan: Command = async (args, io) => {
  // `trellis plan <command> <file>`: a plan's life after creation; flags alone create one, as before
  if (args[0] && !args[0].startsWith('-')) return (await import('./plan-lifecycle')).planLifecycle(args, io);
  const { values } = parse(
    args,
    {
      framework: { type: 'string', multiple: true },
      assessment: { type: 'string' },
      current: { type: 'string' },
      target: { type: 'string' },
      jd: { type: 'string' },
      employee: { type: 'string' },
      email: { type: 'string' },
      manager: { type: 'string' },
      approver: { type: 'string', multiple: true },
      objectives: { type: 'string' },
      horizon: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      replace: { type: 'boolean' },
    },
    USAGE,
  );
  const outDir = resolve(io.cwd, required(values.out, '--out', USAGE));
  const today = dayOption(values.today, '--today', todayIso);
  const horizon = wholeNumberOption(values.horizon, '--horizon', HORIZON_MONTHS.min, HORIZON_MONTHS.max, HORIZON_MONTHS.default, 'months');
  checkOutputFolder(outDir, io.cwd);
  // people first: a name the plan file cannot hold is a usage error before any file is read
  if (values.email !== undefined && !emailIsValid(values.email)) throw new CliError(`--email "${values.email}": not an email address (name@example.com)`, 2);
  const employee: Person = { ...parsePerson(required(values.employee, '--employee', USAGE), '--employee'), ...(values.email ? { email: values.email } : {}) };
  const manager = parsePerson(values.manager ?? 'Your manager', '--manager');
  const approvers = (values.approver ?? []).map((a) => parsePerson(a, '--approver'));
  const objectives = values.objectives ? await loadObjectives(io, values.objectives) : undefined;
  let framework = await loadFramework(io, required(values.framework, '--framework', USAGE));
  const currentTitle = values.current ?? objectives?.currentRole;
  const current = roleNamed(framework, required(currentTitle, '--current (or "currentRole" in the objectives file)', USAGE), '--current');
  let target: Role;
  let frameworkChanged = false;
  if (values.jd) {
    const fromJd = await targetFromJobDescriptionFile(io, values.jd, framework, current, { ...(values.target ?? objectives?.targetRole ? { wanted: (values.target ?? objectives?.targetRole)! } : {}), employee, today });
    framework = fromJd.framework;
    target = fromJd.target;
    frameworkChanged = fromJd.changed;
  } else {
    target = roleNamed(framework, required(values.target ?? objectives?.targetRole, '--target (or --jd, or "targetRole" in the objectives file)', USAGE), '--target');
  }
  const assessment = await loadAssessment(io, required(values.assessment, '--assessment', USAGE), framework, today);
  const id = planIdFor(employee, target.title);
  // the framework copy a job description made is this plan's own, named after it and its version
  const files = { plan: join(outDir, `${id}.plan.json`), report: join(outDir, `${id}.report.html`), doc: join(outDir, `${id}.plan.md`), framework: join(outDir, frameworkDriveName(framework.id, framework.version)) };
  // the framework is written beside the plan (a matrix or a job description's copy alike), so later commands,
  // `plan show` and `report team` find it without --framework; an identical copy already there is kept
  const frameworkText = toFileJson(framework);
  const frameworkSame = existsSync(files.framework) && readFileSync(files.framework, 'utf8') === frameworkText;
  const clash = Object.values(files).filter((f) => existsSync(f) && !(f === files.framework && frameworkSame));
  if (clash.length && !values.force && !values.replace) {
    throw new CliError(`${clash.map((f) => relative(io.cwd, f)).join(', ')} already exist${clash.length === 1 ? 's' : ''}: nothing was written. Choose another --out, or pass --force to replace them.`);
  }
  const other = await otherPersonsPlan(files.plan, employee);
  if (other) throw new CliError(`${relative(io.cwd, files.plan)} is ${other}, not ${employee.name}'s: it is never replaced, even with --force or --replace. Choose another --out for this plan.`);
  const replaced = existingPlanRevision(files.plan);
  if (replaced !== undefined && replaced > 1 && !values.replace) {
    throw new CliError(`${relative(io.cwd, files.plan)} is at revision ${replaced}: it has a history of its own (changes, approvals, milestones), so it is not replaced by a new plan: nothing was written. Work on it with \`trellis plan <command> ${relative(io.cwd, files.plan)}\`, choose another --out, or pass --replace to start over (the old plan is kept as ${basename(replacedName(files.plan, replaced))}).`);
  }
  let created;
  try {
    created = createPlan({
      id,
      framework,
      employee,
      manager,
      approvers,
      currentRoleId: current.id,
      targetRoleId: target.id,
      assessment,
      profile: objectives,
      by: employee.email ?? employee.name,
      now: `${today}T09:00:00.000Z`,
      horizonMonths: horizon,
    });
  } catch (error) {
    if (error instanceof RouteError) throw new CliError(error.message);
    throw error;
  }
  await makeOutputFolder(outDir, io.cwd);
  await removeStaleTemporaries(Object.values(files));
  if (replaced !== undefined && replaced > 1) await rename(files.plan, replacedName(files.plan, replaced));
  // the plan file is renamed into place last: once it is there, its report, document and framework are too
  await writeFilesTogether([
    [files.plan, toFileJson(created)],
    [files.report, planReportHtml(created, framework, { today })],
    [files.doc, blocksToMarkdown(planDocument(created, framework, today))],
    ...(frameworkSame ? [] : [[files.framework, frameworkText] as const]),
  ]);
  io.stdout(
    [
      `Plan for ${employee.name}: ${created.route.roleIds.map((r) => indexFramework(framework).roleById.get(r)!.title).join(' → ')}`,
      `  ${created.milestones.length} milestones over ${horizon} months, ${created.actions.length} development actions`,
      `  plan:   ${relative(io.cwd, files.plan)}`,
      `  report: ${relative(io.cwd, files.report)}`,
      `  doc:    ${relative(io.cwd, files.doc)}`,
      `  framework${frameworkChanged ? " (with the job description's role)" : ''}: ${relative(io.cwd, files.framework)}`,
      ...(replaced !== undefined && replaced > 1 ? [`  the plan it replaced (revision ${replaced}): ${relative(io.cwd, replacedName(files.plan, replaced))}`] : []),
      '',
    ].join('\n'),
  );
  return 0;
};
