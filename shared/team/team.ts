// A team as HR sees it: every plan read against the framework version it was made with, and every plan that
// cannot be read that way listed with the reason, never dropped silently.
import { indexFramework, type Framework } from '../model/framework';
import type { Plan } from '../model/plan';
import type { Role } from '../model/role';
import { gapAnalysis, type GapAnalysis } from '../gap/gap';
import { personLevels, type LevelMap } from '../gap/levels';
import { frameworkDriveName } from '../storage/drive-files';
import type { FrameworkCatalog } from './framework-catalog';

/** A plan and where it was read from (a file path or a Drive name). */
export interface PlanEntry {
  plan: Plan;
  file: string;
}

/** Something about one file the report had to skip or work around. */
export interface TeamProblem {
  file: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface TeamMember {
  plan: Plan;
  file: string;
  /** The framework the plan is read against; absent when no version of it was found. */
  framework?: Framework;
  frameworkNote?: string;
  levels: LevelMap;
  /** The target role, when the framework has it. */
  target?: Role;
  /** Gaps against the target role. */
  analysis?: GapAnalysis;
}

export interface Team {
  members: TeamMember[];
  problems: TeamProblem[];
  catalog: FrameworkCatalog;
}

const EMPTY_LEVELS: LevelMap = new Map();

/**
 * Reads each plan against its framework. A plan id seen twice (a copy in two folders) counts once, at its
 * highest revision. A plan whose framework is missing still counts for stale plans and actions due.
 */
export function assembleTeam(entries: readonly PlanEntry[], catalog: FrameworkCatalog): Team {
  const problems: TeamProblem[] = [];
  const byId = new Map<string, PlanEntry>();
  for (const entry of entries) {
    const seen = byId.get(entry.plan.id);
    if (!seen) {
      byId.set(entry.plan.id, entry);
      continue;
    }
    const [keep, drop] = entry.plan.revision > seen.plan.revision ? [entry, seen] : [seen, entry];
    byId.set(entry.plan.id, keep);
    problems.push({ file: drop.file, severity: 'warning', message: `plan "${drop.plan.id}" (revision ${drop.plan.revision}) is also in ${keep.file} (revision ${keep.plan.revision}); counted once, from the higher revision` });
  }
  const members: TeamMember[] = [];
  for (const { plan, file } of byId.values()) {
    const match = catalog.forPlan(plan.framework);
    if (!match) {
      problems.push({
        file,
        severity: 'error',
        message: `framework "${plan.framework.id}" v${plan.framework.version} not found (read: ${catalog.describe() || 'none'}); put ${frameworkDriveName(plan.framework.id, plan.framework.version)} beside the plans or pass --framework. Counted only in stale plans and actions due`,
      });
      members.push({ plan, file, levels: EMPTY_LEVELS });
      continue;
    }
    const { framework, note } = match;
    if (note) problems.push({ file, severity: 'warning', message: note });
    const { levels, detail } = personLevels(framework, plan.assessment);
    const target = indexFramework(framework).roleById.get(plan.targetRoleId);
    if (!target) {
      problems.push({ file, severity: 'warning', message: `target role "${plan.targetRoleId}" is not in ${framework.id} v${framework.version}; the plan is left out of gaps, readiness and the pipeline` });
      members.push({ plan, file, framework, frameworkNote: note, levels });
      continue;
    }
    members.push({ plan, file, framework, frameworkNote: note, levels, target, analysis: gapAnalysis(framework, target, levels, detail) });
  }
  members.sort((a, b) => a.plan.manager.name.localeCompare(b.plan.manager.name) || a.plan.employee.name.localeCompare(b.plan.employee.name) || a.plan.id.localeCompare(b.plan.id));
  return { members, problems, catalog };
}
