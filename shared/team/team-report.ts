// The team and HR report as data: every section the HTML and CSV renderings show, computed once.
import type { Stage } from '../model/plan';
import { developmentActionsDue, type ActionDue } from './actions-due';
import type { FrameworkCatalog } from './framework-catalog';
import { readinessDistribution, type ReadinessDistribution } from './readiness-distribution';
import { rolesAtRisk, type RoleAtRisk } from './roles-at-risk';
import { skillGapHeatmap, type SkillGapHeatmap } from './skill-gap-heatmap';
import { stalePlans, type StalePlan } from './stale-plans';
import { talentPipeline, type RolePipeline } from './talent-pipeline';
import { assembleTeam, type PlanEntry, type TeamProblem } from './team';

export interface TeamReportOptions {
  /** The day the report is for (YYYY-MM-DD). */
  today: string;
  /** Readiness from which someone counts as ready now (default 0.9). */
  readyAt?: number;
  /** Days without a check-in or milestone movement after which a plan is stale (default 60). */
  staleAfterDays?: number;
  /** How far ahead development actions count as due (default 30 days). */
  actionsWithinDays?: number;
}

export interface TeamReport {
  options: Required<TeamReportOptions>;
  /** Plans counted (each plan id once). */
  plans: number;
  /** Plans read against a framework with their target role. */
  analysed: number;
  byStage: Partial<Record<Stage, number>>;
  frameworks: string;
  heatmap: SkillGapHeatmap;
  readiness: ReadinessDistribution[];
  pipeline: RolePipeline[];
  atRisk: RoleAtRisk[];
  stale: StalePlan[];
  actionsDue: ActionDue[];
  /** Files skipped or read with a caveat: the report says so rather than leaving them out silently. */
  problems: TeamProblem[];
}

/** Builds every section of the report from the plans read and the frameworks known. */
export function teamReport(plans: readonly PlanEntry[], catalog: FrameworkCatalog, options: TeamReportOptions, earlierProblems: readonly TeamProblem[] = []): TeamReport {
  const opts: Required<TeamReportOptions> = { readyAt: 0.9, staleAfterDays: 60, actionsWithinDays: 30, ...options };
  const team = assembleTeam(plans, catalog);
  const byStage: Partial<Record<Stage, number>> = {};
  for (const m of team.members) byStage[m.plan.stage] = (byStage[m.plan.stage] ?? 0) + 1;
  const pipeline = talentPipeline(team, { today: opts.today, readyAt: opts.readyAt });
  return {
    options: opts,
    plans: team.members.length,
    analysed: team.members.filter((m) => m.analysis).length,
    byStage,
    frameworks: catalog.describe(),
    heatmap: skillGapHeatmap(team),
    readiness: readinessDistribution(team),
    pipeline,
    atRisk: rolesAtRisk(pipeline),
    stale: stalePlans(team, { today: opts.today, staleAfterDays: opts.staleAfterDays }),
    actionsDue: developmentActionsDue(team, { today: opts.today, withinDays: opts.actionsWithinDays }),
    problems: [...earlierProblems, ...team.problems],
  };
}
