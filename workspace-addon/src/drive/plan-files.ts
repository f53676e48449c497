// Plans in Drive: the JSON file every surface reads, plus a readable Google Doc generated from it. Saving takes
// the script lock, re-reads the stored plan and checks its revision: a plan changed since the user opened it is
// never overwritten; the caller gets a PlanConflictError holding the fresh copy.
import { readPlan, toFileJson } from '../../../shared/model/files';
import type { Framework } from '../../../shared/model/framework';
import type { Plan } from '../../../shared/model/plan';
import { applyCommand, type CommandContext, type PlanCommand } from '../../../shared/plan/commands';
import { blocksToHtml } from '../../../shared/render/blocks-html';
import { planDocument } from '../../../shared/render/plan-document';
import { JSON_MIME, planDriveName, planProperties } from '../../../shared/storage/drive-files';
import { RevisionConflictError } from '../../../shared/storage/store';
import { gas } from '../platform/apps-script';
import { apiSaid } from '../platform/error-message';
import { withScriptLock } from '../platform/script-lock';
import { hrReaders } from './hr-readers';
import { createFileOnce, inCareerFolder, fileMetadata, findByAppProperties, GOOGLE_DOC_MIME, readText, share, SharingRefusedError, updateFile } from './drive-files';

export interface StoredPlan {
  plan: Plan;
  /** The JSON file. */
  fileId: string;
  /** The readable Google Doc generated from it, when there is one. */
  docId?: string;
  /** The file of the plan's framework version, when known: a save downloads it without looking it up. */
  frameworkFileId?: string;
}

/** The plan changed since the user opened it: `fresh` is the stored plan now. */
export class PlanConflictError extends RevisionConflictError {
  constructor(
    readonly fresh: StoredPlan,
    baseRevision: number,
  ) {
    super(fresh.plan.id, baseRevision, fresh.plan.revision);
    this.name = 'PlanConflictError';
  }
}


function planDocTitle(plan: Plan, framework?: Framework): string {
  const target = framework?.roles.find((r) => r.id === plan.targetRoleId)?.title ?? plan.targetRoleId;
  return `Career path – ${plan.employee.name} → ${target}`;
}

function planFileProperties(plan: Plan, docId?: string): Record<string, string> {
  return { ...planProperties(plan, docId) };
}

function planDocHtml(plan: Plan, framework: Framework | undefined): string {
  if (framework) return blocksToHtml(planDocument(plan, framework));
  return blocksToHtml({ title: planDocTitle(plan), blocks: [{ type: 'paragraph', text: 'The framework of this plan could not be opened; the document will be regenerated at the next save that can open it.', runs: [] }] });
}

/** Loads a plan: its metadata (for the Doc link) and its content. Two Drive calls. */
export function loadStoredPlan(fileId: string): StoredPlan {
  const meta = fileMetadata(fileId);
  const plan = readPlan(readText(fileId), meta.name ?? fileId);
  return { plan, fileId, docId: meta.appProperties?.trellisDocId };
}

/** Plan files this user can open with Trellis; optionally only those naming a person as employee or manager. */
export function listPlanFiles(person?: { email: string; as: 'employee' | 'manager' }) {
  const props: Record<string, string> = { trellisKind: 'plan' };
  if (person) props[person.as === 'employee' ? 'trellisEmployee' : 'trellisManager'] = person.email.toLowerCase();
  return findByAppProperties(props);
}

/** A plan id no plan file this user can see already has ("alex-rivera-senior-engineer-2"). */
export function uniquePlanId(wanted: string): string {
  const taken = new Set(findByAppProperties({ trellisKind: 'plan' }).map((f) => f.appProperties?.trellisId));
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** The plan's JSON file could not be created; the readable Doc made just before it (`docId`) is left. */
export class PlanFileNotCreatedError extends Error {
  constructor(
    readonly docId: string,
    failure: unknown,
  ) {
    super(apiSaid(failure));
    this.name = 'PlanFileNotCreatedError';
  }
}

/** The plan could not be saved; says what became of what was made before it, and that the answers are kept. */
export class PlanNotSavedError extends Error {
  constructor(reason: string, cleanedUp: boolean) {
    super(
      `Your career path could not be saved in Drive (${reason}). ${cleanedUp ? 'The plan document Trellis had started was removed again' : 'The plan document Trellis had started is still in your Career paths folder; pressing Create again uses it rather than making another'}. Your answers are kept: press “Create my career path” again.`,
    );
    this.name = 'PlanNotSavedError';
  }
}

/**
 * Saves a new plan in the Career paths folder under ids generated beforehand: the readable Doc, then the JSON
 * pointing at it. Pressed again after a failure, it finds what the first attempt made instead of making it twice:
 * an existing Doc is refreshed, an existing plan file is read back as it is.
 */
export function createStoredPlan(unique: Plan, framework: Framework, ids: { plan: string; doc: string }): StoredPlan {
  return inCareerFolder((folder) => {
    const html = planDocHtml(unique, framework);
    const doc = createFileOnce(ids.doc, { name: planDocTitle(unique, framework), mimeType: GOOGLE_DOC_MIME, parents: [folder], appProperties: { trellisPlanDoc: unique.id } }, html, 'text/html');
    if (doc.existed) updateFile(ids.doc, { name: planDocTitle(unique, framework) }, { text: html, contentType: 'text/html' });
    let file;
    try {
      file = createFileOnce(ids.plan, { name: planDriveName(unique.id), mimeType: JSON_MIME, parents: [folder], appProperties: planFileProperties(unique, ids.doc) }, toFileJson(unique), JSON_MIME);
    } catch (error) {
      throw new PlanFileNotCreatedError(ids.doc, error);
    }
    if (file.existed) return loadStoredPlan(ids.plan);
    return { plan: unique, fileId: ids.plan, docId: ids.doc };
  });
}

export interface SaveResult {
  stored: StoredPlan;
  /** What was applied. */
  commands: readonly PlanCommand[];
  /** False when the readable Doc could not be refreshed (the user may only comment on it). */
  docRefreshed: boolean;
}


/** Commands, or how to make them from the stored plan (edits by milestone id, merged into the fresh list). */
export type PlanChange = readonly PlanCommand[] | ((plan: Plan) => PlanCommand[]);

export function commandsFor(change: PlanChange, plan: Plan): readonly PlanCommand[] {
  return typeof change === 'function' ? change(plan) : change;
}

/**
 * Applies commands to the stored plan, if it is still at `baseRevision`, inside the script lock: read metadata and
 * content, check the revision, then (only if it matches) get the context (the framework, downloaded when it is
 * not cached), write the JSON and refresh the Doc. At most five Drive calls, with or without a warm cache.
 */
export function updateStoredPlan(fileId: string, baseRevision: number, change: PlanChange, context: () => CommandContext): SaveResult {
  return withScriptLock(() => {
    const current = loadStoredPlan(fileId);
    if (current.plan.revision !== baseRevision) throw new PlanConflictError(current, baseRevision);
    const ctx = context();
    // several commands (set then submit the objectives) land together or not at all
    const commands = commandsFor(change, current.plan);
    const next = commands.reduce((plan, command) => applyCommand(plan, command, ctx), current.plan);
    updateFile(fileId, { appProperties: planFileProperties(next, current.docId) }, { text: toFileJson(next), contentType: JSON_MIME });
    let docRefreshed = false;
    if (current.docId) {
      try {
        updateFile(current.docId, { name: planDocTitle(next, ctx.framework) }, { text: planDocHtml(next, ctx.framework), contentType: 'text/html' });
        docRefreshed = true;
      } catch (error) {
        // commenters cannot rewrite the Doc; the next save by the employee or manager refreshes it
        console.warn(`plan doc ${current.docId} not refreshed: ${(error as Error).message}`);
      }
    }
    return { stored: { ...current, plan: next }, docRefreshed, commands };
  });
}

/** Who the plan was shared with, and who Drive would not share it with (and why). */
export interface SharingOutcome {
  added: string[];
  refused: { email: string; reason: string }[];
}

/**
 * Shares the plan with the people on it: the manager edits the plan and its Doc; leadership approvers edit the
 * plan file (their decisions are saved into it) and comment on the Doc; the People team, when an admin named it,
 * reads (or comments on) both, without an email for every plan. A refusal (an organisation that does not allow
 * sharing with an address) does not stop the others: it is returned, for the plan card to show.
 */
export function sharePlan(stored: StoredPlan, frameworkFileId?: string): SharingOutcome {
  const me = gas().Session.getActiveUser().getEmail().toLowerCase();
  const outcome: SharingOutcome = { added: [], refused: [] };
  const grant = (email: string | undefined, docRole: 'writer' | 'commenter') => {
    if (!email || email.toLowerCase() === me) return;
    try {
      share(stored.fileId, email, 'writer');
      if (stored.docId) share(stored.docId, email, docRole);
      if (frameworkFileId) share(frameworkFileId, email, 'commenter');
      outcome.added.push(`${email} (${docRole === 'writer' ? 'editor' : 'commenter on the document'})`);
    } catch (error) {
      if (!(error instanceof SharingRefusedError)) throw error;
      outcome.refused.push({ email, reason: error.message });
    }
  };
  grant(stored.plan.manager.email, 'writer');
  for (const approver of stored.plan.approvers) grant(approver.email, 'commenter');
  const hr = hrReaders();
  for (const reader of hr.readers) {
    try {
      for (const fileId of [stored.fileId, stored.docId, frameworkFileId]) if (fileId) share(fileId, reader.email, hr.role, { group: reader.group, notify: false });
      outcome.added.push(`${reader.email} (People team, ${hr.role})`);
    } catch (error) {
      if (!(error instanceof SharingRefusedError)) throw error;
      outcome.refused.push({ email: reader.email, reason: error.message });
    }
  }
  return outcome;
}
