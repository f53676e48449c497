// `trellis plan <command> <file.plan.json> --as "Name <email>"`: every plan command of the core, offline, on a
// plan file in place. The rulebook decides; a refused command exits 1 with its reason and leaves the file as it
// was, byte for byte. `plan show` and `plan report` read the plan as it is now.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { readFramework } from '../../shared/model/files';
import { indexFramework, type Framework } from '../../shared/model/framework';
import { parseLevel } from '../../shared/model/scale';
import type { Plan } from '../../shared/model/plan';
import type { Person } from '../../shared/model/person';
import { GrowthPreferenceSchema } from '../../shared/model/profile';
import { COMMAND_TYPES, type CommandType, type PlanCommand } from '../../shared/plan/command-schema';
import { HORIZON_MONTHS } from '../../shared/plan/generate';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { allowedCommands } from '../../shared/workflow/rulebook';
import { COMMAND_LABELS } from '../../shared/workflow/labels';
import { WorkflowError } from '../../shared/workflow/workflow';
import { parse, required } from '../cli/args';
import { loadAssessment, loadFramework, roleNamed, todayIso } from '../cli/inputs';
import { CliError, type CliIO } from '../cli/io';
import { PlanFileBusyError, readPlanFile, updatePlanFile } from '../storage/plan-file';
import { parsePerson } from './plan';
import { describePlan, planStatus } from './plan-show';
import { renderPlanFiles } from './plan-report';

export const LIFECYCLE_USAGE = [
  'trellis plan <command> <file.plan.json> --as "Name <email>" [--framework F] [--revision N] [--today YYYY-MM-DD] [flags]',
  'trellis plan show <file.plan.json> [--json] [--framework F]',
  'trellis plan report <file.plan.json> --out DIR [--framework F]',
  '',
  'Commands (what each person may do now is listed by `trellis plan show`):',
  ...COMMAND_TYPES.map((t) => `  ${t.padEnd(25)} ${COMMAND_LABELS[t]}`),
  '',
  'Flags: --comment TEXT (approve, request-changes, employee-request-changes); --company-needs TEXT, --stakeholder NAME (review-alignment);',
  '  --target "Role" (modify-role, set-objectives); --assessment A.csv [--source self|manager|peer] (add-assessment);',
  '  --milestone ID --evidence TEXT [--level L] (complete-milestone); --text TEXT [--milestone ID] (add-recognition, add-comment);',
  '  --notes TEXT [--event ID] (record-check-in); --horizon MONTHS (redraft); --goal TEXT…, --five-years TEXT (set-objectives);',
  '  --strength/--weakness/--opportunity/--threat/--barrier/--interest TEXT…, --buddy "Name <email>"|none, --growth PREF (set-profile);',
  '  --action ID [--hours N] [--status S] [--title T] [--due D] (set-actions); --milestone ID [--title T] [--due D] [--measure M] [--drop] (set-milestones);',
  '  --approver "Name <email>"… (set-approvers)',
].join('\n');

const OPTIONS = {
  as: { type: 'string' },
  framework: { type: 'string', multiple: true },
  revision: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  comment: { type: 'string' },
  'company-needs': { type: 'string' },
  stakeholder: { type: 'string', multiple: true },
  target: { type: 'string' },
  assessment: { type: 'string' },
  source: { type: 'string' },
  milestone: { type: 'string' },
  evidence: { type: 'string' },
  level: { type: 'string' },
  text: { type: 'string' },
  notes: { type: 'string' },
  event: { type: 'string' },
  horizon: { type: 'string' },
  goal: { type: 'string', multiple: true },
  'five-years': { type: 'string' },
  strength: { type: 'string', multiple: true },
  weakness: { type: 'string', multiple: true },
  opportunity: { type: 'string', multiple: true },
  threat: { type: 'string', multiple: true },
  barrier: { type: 'string', multiple: true },
  interest: { type: 'string', multiple: true },
  buddy: { type: 'string' },
  growth: { type: 'string' },
  action: { type: 'string' },
  hours: { type: 'string' },
  status: { type: 'string' },
  title: { type: 'string' },
  due: { type: 'string' },
  measure: { type: 'string' },
  drop: { type: 'boolean' },
  approver: { type: 'string', multiple: true },
} as const;

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

/** The framework for a plan: --framework, else the file written beside the plan when it was made. */
export async function frameworkForPlan(io: CliIO, planPath: string, plan: Plan, given?: string[]): Promise<Framework | undefined> {
  if (given?.length) return loadFramework(io, given);
  const beside = join(dirname(planPath), frameworkDriveName(plan.framework.id, plan.framework.version));
  if (!existsSync(beside)) return undefined;
  return readFramework(await readFile(beside, 'utf8'), relative(io.cwd, beside) || beside);
}

function need<T>(value: T | undefined, flag: string, type: string): T {
  if (value === undefined || value === '') throw new CliError(`${type} needs ${flag}\n\nusage: ${LIFECYCLE_USAGE.split('\n')[0]}`, 2);
  return value;
}

function day(text: string | undefined, flag: string): string | undefined {
  if (text !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new CliError(`${flag} "${text}": write the date as YYYY-MM-DD`, 2);
  return text;
}

/** The command the flags describe, built against the plan as stored (edits keep what the flags do not name). */
async function commandFrom(type: CommandType, values: Values, plan: Plan, framework: Framework | undefined, io: CliIO, today: string): Promise<PlanCommand> {
  const needFramework = (what: string): Framework => {
    if (!framework) throw new CliError(`${what} needs the plan's framework: none is beside the plan (${frameworkDriveName(plan.framework.id, plan.framework.version)}); pass --framework`);
    return framework;
  };
  switch (type) {
    case 'set-objectives': {
      const objectives: Extract<PlanCommand, { type: 'set-objectives' }>['objectives'] = {};
      if (values.goal) objectives.beyondCurrentRole = values.goal;
      if (values['five-years'] !== undefined) objectives.fiveYears = values['five-years'];
      if (values.target) objectives.proposedRoleId = roleNamed(needFramework('--target'), values.target, '--target').id;
      return { type, objectives };
    }
    case 'set-profile': {
      const swot = { ...plan.profile.swot, ...(values.strength && { strengths: values.strength }), ...(values.weakness && { weaknesses: values.weakness }), ...(values.opportunity && { opportunities: values.opportunity }), ...(values.threat && { threats: values.threat }) };
      const growth = values.growth === undefined ? undefined : GrowthPreferenceSchema.safeParse(values.growth);
      if (growth && !growth.success) throw new CliError(`--growth "${values.growth}": one of ${GrowthPreferenceSchema.options.join(', ')}`, 2);
      return {
        type,
        profile: {
          swot,
          ...(values.barrier && { barriers: values.barrier }),
          ...(values.interest && { interests: values.interest }),
          ...(growth && { growthPreference: growth.data }),
          ...(values.buddy !== undefined && { careerBuddy: values.buddy.trim().toLowerCase() === 'none' ? null : parsePerson(values.buddy, '--buddy') }),
        },
      };
    }
    case 'review-alignment':
      return { type, companyNeeds: need(values['company-needs'], '--company-needs', type), stakeholders: values.stakeholder ?? [] };
    case 'modify-role':
      return { type, targetRoleId: roleNamed(needFramework(type), need(values.target, '--target', type), '--target').id };
    case 'add-assessment': {
      const fw = needFramework(type);
      const source = values.source;
      if (source !== undefined && !['self', 'manager', 'peer'].includes(source)) throw new CliError(`--source "${source}": one of self, manager, peer`, 2);
      const rows = await loadAssessment(io, need(values.assessment, '--assessment', type), fw, today, source as 'self' | 'manager' | 'peer' | undefined);
      return { type, assertions: rows.map(({ by: _by, ...a }) => a) };
    }
    case 'redraft': {
      if (values.horizon === undefined) return { type };
      const months = Number(values.horizon);
      if (!Number.isInteger(months) || months < HORIZON_MONTHS.min || months > HORIZON_MONTHS.max) throw new CliError(`--horizon "${values.horizon}": give a number of months from ${HORIZON_MONTHS.min} to ${HORIZON_MONTHS.max}`, 2);
      return { type, horizonMonths: months };
    }
    case 'set-milestones': {
      const id = need(values.milestone, '--milestone', type);
      if (!plan.milestones.some((m) => m.id === id)) throw new CliError(`--milestone "${id}": no such milestone; the plan has ${plan.milestones.map((m) => m.id).join(', ') || 'none'}`);
      return { type, milestones: plan.milestones.map((m) => (m.id !== id ? m : { ...m, ...(values.title && { title: values.title }), ...(values.measure && { measure: values.measure }), ...(day(values.due, '--due') && { due: values.due! }), ...(values.drop && { status: 'dropped' as const }) })) };
    }
    case 'set-actions': {
      const id = need(values.action, '--action', type);
      if (!plan.actions.some((a) => a.id === id)) throw new CliError(`--action "${id}": no such development action; the plan has ${plan.actions.map((a) => a.id).join(', ') || 'none'}`);
      const hours = values.hours === undefined ? undefined : Number(values.hours);
      if (hours !== undefined && (!Number.isFinite(hours) || hours < 0 || hours > 200)) throw new CliError(`--hours "${values.hours}": give hours a month from 0 to 200`, 2);
      const statuses = ['planned', 'in-progress', 'done', 'dropped'] as const;
      if (values.status !== undefined && !statuses.includes(values.status as never)) throw new CliError(`--status "${values.status}": one of ${statuses.join(', ')}`, 2);
      return { type, actions: plan.actions.map((a) => (a.id !== id ? a : { ...a, ...(hours !== undefined && { hoursPerMonth: hours }), ...(values.status && { status: values.status as (typeof statuses)[number] }), ...(values.title && { title: values.title }), ...(day(values.due, '--due') && { due: values.due! }) })) };
    }
    case 'set-approvers':
      return { type, approvers: need(values.approver, '--approver', type).map((a) => parsePerson(a, '--approver')) };
    case 'employee-request-changes':
    case 'request-changes':
      return { type, comment: need(values.comment, '--comment', type) };
    case 'approve':
      return values.comment ? { type, comment: values.comment } : { type };
    case 'complete-milestone': {
      const milestoneId = need(values.milestone, '--milestone', type);
      const m = plan.milestones.find((x) => x.id === milestoneId);
      let level: number | undefined;
      if (values.level !== undefined) {
        if (!m || m.link.kind !== 'competency') throw new CliError(`--level: milestone "${milestoneId}" does not target a competency level`, 2);
        level = parseLevel(indexFramework(needFramework('--level')).scaleOf(m.link.competencyId), values.level);
        if (level === undefined) throw new CliError(`--level "${values.level}": not a level of this competency's scale`, 2);
      }
      return { type, milestoneId, evidence: need(values.evidence, '--evidence', type), ...(level !== undefined && { level }) };
    }
    case 'add-recognition':
      return { type, text: need(values.text, '--text', type), ...(values.milestone && { milestoneId: values.milestone }) };
    case 'add-comment':
      return { type, text: need(values.text, '--text', type) };
    case 'record-check-in':
      return { type, notes: need(values.notes, '--notes', type), ...(values.event && { eventId: values.event }) };
    default:
      return { type } as PlanCommand;
  }
}

/** What this person may do now, for a refusal: the rulebook's list. */
function mayNow(plan: Plan, actor: Person, framework?: Framework): string {
  const allowed = allowedCommands(plan, actor, framework).filter((p) => p.allowed).map((p) => p.type);
  return allowed.length ? `${actor.name} may now: ${allowed.join(', ')}` : `${actor.name} may do nothing to this plan now`;
}

export async function planLifecycle(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args as [string, ...string[]];
  const { values, positionals } = parse(rest, OPTIONS, LIFECYCLE_USAGE);
  if (positionals.length !== 1) throw new CliError(`give one plan file\n\nusage: ${LIFECYCLE_USAGE}`, 2);
  const file = positionals[0]!;
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new CliError(`${file}: no such file`);
  const { plan } = await readPlanFile(path, file);
  const framework = await frameworkForPlan(io, path, plan, values.framework);

  if (name === 'show') {
    const status = planStatus(plan, framework);
    io.stdout(values.json ? `${JSON.stringify(status, null, 2)}\n` : describePlan(status));
    return 0;
  }
  if (name === 'report') {
    if (!framework) throw new CliError(`${file}: the report needs the plan's framework: none is beside the plan (${frameworkDriveName(plan.framework.id, plan.framework.version)}); pass --framework`);
    const outDir = resolve(io.cwd, required(values.out, '--out', LIFECYCLE_USAGE));
    const written = await renderPlanFiles(plan, framework, outDir, io, values.today ?? todayIso());
    io.stdout(`Report for ${plan.employee.name} at revision ${plan.revision}:\n${written.map((w) => `  ${relative(io.cwd, w)}`).join('\n')}\n`);
    return 0;
  }
  if (!COMMAND_TYPES.includes(name as CommandType)) throw new CliError(`unknown plan command "${name}"\n\nusage: ${LIFECYCLE_USAGE}`, 2);
  const type = name as CommandType;
  const actor = parsePerson(required(values.as, '--as', LIFECYCLE_USAGE), '--as');
  const today = day(values.today, '--today') ?? todayIso();
  const now = values.today ? `${values.today}T${new Date().toISOString().slice(11)}` : new Date().toISOString();
  const baseRevision = values.revision === undefined ? undefined : Number(values.revision);
  if (baseRevision !== undefined && !Number.isInteger(baseRevision)) throw new CliError(`--revision "${values.revision}": a whole number`, 2);
  const command = await commandFrom(type, values, plan, framework, io, today);
  try {
    const { plan: saved, reapplied } = await updatePlanFile(path, command, { actor, now, ...(framework && { framework }) }, { label: file, ...(baseRevision !== undefined && { baseRevision }) });
    const last = saved.history.at(-1)!;
    io.stdout(`${basename(file)}: ${COMMAND_LABELS[type]} (${actor.name}) → revision ${saved.revision}, stage ${saved.stage}${last.detail ? `\n  ${last.detail}` : ''}${reapplied ? `\n  note: the plan had moved on to revision ${saved.revision - 1} since revision ${baseRevision}; your command was applied to the newest` : ''}\n`);
    return 0;
  } catch (error) {
    if (error instanceof WorkflowError) throw new CliError(`${type} refused: ${error.message}. Nothing was changed.\n  ${mayNow(plan, actor, framework)}`);
    if (error instanceof PlanFileBusyError) throw new CliError(error.message);
    throw error;
  }
}
