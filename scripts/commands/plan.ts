// `trellis plan`: drafts the career path (route, milestones, actions) and writes the plan file plus a report.
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../../shared/ingest/diagnostics';
import { extractedRoleToRole, frameworkRoleFor, ingestJobDescription } from '../../shared/ingest/job-description';
import { toFileJson } from '../../shared/model/files';
import { FrameworkSchema, indexFramework, type Framework } from '../../shared/model/framework';
import { nameKey, slugify } from '../../shared/model/names';
import type { Person } from '../../shared/model/person';
import type { Role } from '../../shared/model/role';
import { RouteError } from '../../shared/lattice/routes';
import { createPlan } from '../../shared/plan/generate';
import { blocksToMarkdown, planDocument } from '../../shared/render/plan-document';
import { planReportHtml } from '../../shared/render/report';
import { parse, required } from '../cli/args';
import { loadAssessment, loadFramework, loadObjectives, roleNamed, todayIso } from '../cli/inputs';
import { CliError, type CliIO, type Command } from '../cli/io';
import { readDocumentFile } from '../ingest/read-document';
import { writeFileAtomic } from '../storage/folder-store';

const USAGE =
  'trellis plan --framework F [--framework TRANSITIONS.csv] --assessment A.csv --current R (--target R | --jd FILE) --employee "Name" [--email E] [--manager "Name"] [--approver "Name <email>"]… [--objectives O.json] [--horizon MONTHS] [--today YYYY-MM-DD] --out DIR [--force]';

/** "Dana Lee <dana@example.com>" or "Dana Lee". */
export function parsePerson(text: string): Person {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(text);
  return m ? { name: m[1] || m[2]!, email: m[2]!.trim() } : { name: text.trim() };
}

/**
 * Uses the job description's role: the framework's role of that title (given the job description's
 * responsibilities and summary when the framework has none, so the plan's goals come from it), or
 * the role added to the framework where its title and seniority place it.
 */
async function targetFromJobDescription(io: CliIO, file: string, framework: Framework, current: Role, wantedTitle?: string): Promise<{ framework: Framework; target: Role; changed: boolean }> {
  const doc = await readDocumentFile(resolve(io.cwd, file), file);
  const result = ingestJobDescription(doc, { framework, file });
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic({ file, ...d })}\n`);
  if (!result.roles.length) throw new CliError(`${file}: no role could be read from this job description (see the messages above)`);
  const extracted = (wantedTitle && result.roles.find((r) => nameKey(r.title) === nameKey(wantedTitle))) || result.roles[0]!;
  const fromJd = extractedRoleToRole(extracted, framework);
  const same = frameworkRoleFor(extracted, framework);
  if (same) {
    const missing = !same.responsibilities.length || !same.summary;
    if (!missing) {
      io.stderr(`${file}: "${extracted.title}" is the framework's role "${same.title}"; using it as the target\n`);
      return { framework, target: same, changed: false };
    }
    // the framework's levels stay HR's; the job description fills in what the matrix never says
    const target: Role = {
      ...same,
      summary: same.summary || fromJd.summary,
      responsibilities: same.responsibilities.length ? same.responsibilities : fromJd.responsibilities,
      requirements: same.requirements.required.length || same.requirements.preferred.length ? same.requirements : fromJd.requirements,
      reportsTo: same.reportsTo || fromJd.reportsTo,
      location: same.location || fromJd.location,
    };
    const next = FrameworkSchema.parse({ ...framework, version: framework.version + 1, roles: framework.roles.map((r) => (r.id === same.id ? target : r)) });
    io.stderr(`${file}: "${extracted.title}" is the framework's role "${same.title}"; using it as the target, with the job description's responsibilities\n`);
    return { framework: next, target, changed: true };
  }
  const ids = new Set(framework.roles.map((r) => r.id));
  let id = fromJd.id || slugify(fromJd.title);
  for (let n = 2; ids.has(id); n++) id = `${slugify(fromJd.title)}-${n}`;
  // placed on a framework track by its title and seniority, or one step above the person on theirs
  const placed = !!fromJd.track && framework.roles.some((r) => r.track === fromJd.track);
  const target: Role = placed ? { ...fromJd, id } : { ...fromJd, id, track: current.track, rank: current.rank + 1 };
  const lateral = target.track !== current.track;
  const next = FrameworkSchema.parse({
    ...framework,
    version: framework.version + 1,
    roles: [...framework.roles, target],
    transitions: lateral ? [...framework.transitions, { from: current.id, to: id, type: 'lateral', note: `added from ${file}` }] : framework.transitions,
  });
  io.stderr(`${file}: "${target.title}" is not in the framework; added it to the ${target.track || 'current'} track at rank ${target.rank}${lateral ? `, with a lateral move from ${current.title}` : ''} (${target.competencies.length} competencies matched)\n`);
  return { framework: next, target, changed: true };
}

export const plan: Command = async (args, io) => {
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
    },
    USAGE,
  );
  const outDir = resolve(io.cwd, required(values.out, '--out', USAGE));
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`--today "${today}": write the date as YYYY-MM-DD`, 2);
  const horizon = values.horizon === undefined ? 12 : Number(values.horizon);
  if (!Number.isFinite(horizon) || horizon < 1 || horizon > 60) throw new CliError(`--horizon "${values.horizon}": give a number of months from 1 to 60`, 2);
  const objectives = values.objectives ? await loadObjectives(io, values.objectives) : undefined;
  let framework = await loadFramework(io, required(values.framework, '--framework', USAGE));
  const currentTitle = values.current ?? objectives?.currentRole;
  const current = roleNamed(framework, required(currentTitle, '--current (or "currentRole" in the objectives file)', USAGE), '--current');
  let target: Role;
  let frameworkChanged = false;
  if (values.jd) {
    const fromJd = await targetFromJobDescription(io, values.jd, framework, current, values.target ?? objectives?.targetRole);
    framework = fromJd.framework;
    target = fromJd.target;
    frameworkChanged = fromJd.changed;
  } else {
    target = roleNamed(framework, required(values.target ?? objectives?.targetRole, '--target (or --jd, or "targetRole" in the objectives file)', USAGE), '--target');
  }
  const assessment = await loadAssessment(io, required(values.assessment, '--assessment', USAGE), framework, today);
  const employee: Person = { ...parsePerson(required(values.employee, '--employee', USAGE)), ...(values.email ? { email: values.email } : {}) };
  const id = slugify(`${employee.name}-${target.title}`);
  const files = { plan: join(outDir, `${id}.plan.json`), report: join(outDir, `${id}.report.html`), doc: join(outDir, `${id}.plan.md`), framework: join(outDir, `${slugify(framework.name)}.framework.json`) };
  const clash = Object.values(files).filter((f) => existsSync(f) && (f !== files.framework || frameworkChanged));
  if (clash.length && !values.force) {
    throw new CliError(`${clash.map((f) => relative(io.cwd, f)).join(', ')} already exist${clash.length === 1 ? 's' : ''}: nothing was written. Choose another --out, or pass --force to replace them.`);
  }
  let created;
  try {
    created = createPlan({
      id,
      framework,
      employee,
      manager: parsePerson(values.manager ?? 'Your manager'),
      approvers: (values.approver ?? []).map(parsePerson),
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
  await mkdir(outDir, { recursive: true });
  await writeFileAtomic(files.plan, toFileJson(created));
  await writeFileAtomic(files.report, planReportHtml(created, framework, { today }));
  await writeFileAtomic(files.doc, blocksToMarkdown(planDocument(created, framework, today)));
  if (frameworkChanged) await writeFileAtomic(files.framework, toFileJson(framework));
  io.stdout(
    [
      `Plan for ${employee.name}: ${created.route.roleIds.map((r) => indexFramework(framework).roleById.get(r)!.title).join(' → ')}`,
      `  ${created.milestones.length} milestones over ${horizon} months, ${created.actions.length} development actions`,
      `  plan:   ${relative(io.cwd, files.plan)}`,
      `  report: ${relative(io.cwd, files.report)}`,
      `  doc:    ${relative(io.cwd, files.doc)}`,
      ...(frameworkChanged ? [`  framework (with the job description's role): ${relative(io.cwd, files.framework)}`] : []),
      '',
    ].join('\n'),
  );
  return 0;
};
