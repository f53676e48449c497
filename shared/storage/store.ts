// Saving plans safely: every save names the revision it was based on; a save based on an old revision is a
// conflict, never a silent overwrite. Stores live with their surfaces (folder, DriveApp, Drive REST).
import { copyJson } from '../model/copy';
import type { Plan } from '../model/plan';
import { applyCommand, type CommandContext, type PlanCommand } from '../plan/commands';

export class RevisionConflictError extends Error {
  constructor(
    readonly planId: string,
    readonly baseRevision: number,
    readonly currentRevision: number,
  ) {
    super(`plan ${planId} was changed by someone else (now at revision ${currentRevision}, your change was based on ${baseRevision}); reload it and apply your change again`);
    this.name = 'RevisionConflictError';
  }
}

export interface PlanStore {
  /** The plan as stored now. */
  load(id: string): Promise<Plan>;
  /**
   * Saves `plan` (whose revision is the new one) if the stored revision is still `baseRevision`;
   * throws RevisionConflictError otherwise. Creating a plan uses baseRevision 0.
   */
  save(plan: Plan, baseRevision: number): Promise<Plan>;
}

export interface UpdateResult {
  plan: Plan;
  /** True when the stored plan had moved on and the command was re-applied to the fresh copy. */
  reapplied: boolean;
}

/**
 * Loads, applies and saves one command. On a conflict it reloads and re-applies the command to the fresh
 * copy (up to `attempts` times), so one person's change never erases another's. If the command no longer
 * applies to the fresh copy (someone approved it meanwhile, say), the WorkflowError says why.
 */
export async function updatePlan(store: PlanStore, id: string, command: PlanCommand, ctx: CommandContext, attempts = 3, startFrom?: Plan): Promise<UpdateResult> {
  let base = startFrom ?? (await store.load(id));
  let reapplied = false;
  for (let attempt = 1; ; attempt++) {
    const next = applyCommand(base, command, ctx);
    try {
      return { plan: await store.save(next, base.revision), reapplied };
    } catch (error) {
      if (!(error instanceof RevisionConflictError) || attempt >= attempts) throw error;
      base = await store.load(id);
      reapplied = true;
    }
  }
}

/** A store in memory: for tests, previews and the extension's offline cache. */
export class MemoryPlanStore implements PlanStore {
  private plans = new Map<string, Plan>();
  async load(id: string): Promise<Plan> {
    const plan = this.plans.get(id);
    if (!plan) throw new Error(`no plan ${id}`);
    return copyJson(plan);
  }
  async save(plan: Plan, baseRevision: number): Promise<Plan> {
    const current = this.plans.get(plan.id)?.revision ?? 0;
    if (current !== baseRevision) throw new RevisionConflictError(plan.id, baseRevision, current);
    this.plans.set(plan.id, copyJson(plan));
    return plan;
  }
}
