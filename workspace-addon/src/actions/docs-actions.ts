// Docs, for the employee: read the open job description in one Docs API call, review the role it describes,
// state objectives, self-assess, and create the career path (plan JSON + readable Doc in Career paths, shared).
import { extractedRoleToRole, ingestJobDescription } from '../../../shared/ingest/job-description';
import { frameworkRoleFor } from '../../../shared/ingest/jd/title-match';
import { targetFromJobDescription, TargetPlacementError } from '../../../shared/plan/target-from-job-description';
import { formatDiagnostic } from '../../../shared/ingest/diagnostics';
import { FrameworkSchema, indexFramework, type Framework } from '../../../shared/model/framework';
import { nameKey, slugify } from '../../../shared/model/names';
import { planIdOf } from '../../../shared/model/plan-id';
import { objectivesMissing } from '../../../shared/model/profile';
import { RoleSchema, type Role, type RoleInput } from '../../../shared/model/role';
import { applyCommand } from '../../../shared/plan/commands';
import { createPlan } from '../../../shared/plan/generate';
import { jdIntroCard, jdObjectivesCard, jdReviewCard, jdSelfAssessmentCard, jdStartCard, diagnosticsOnly } from '../cards/jd-cards';
import { navigate, notify } from '../cards/kit';
import { docsDocumentToBlocks } from '../docs/docs-document-blocks';
import { loadDraft, saveDraft, type JdDraft } from '../docs/jd-draft';
import { DriveAccessError, newFileIds, removeQuietly } from '../drive/drive-files';
import { latestFrameworks, loadFramework, saveDerivedFramework } from '../drive/framework-files';
import { createStoredPlan, loadStoredPlan, PlanFileNotCreatedError, PlanNotSavedError, sharePlan, uniquePlanId, type SharingOutcome, type StoredPlan } from '../drive/plan-files';
import { gas } from '../platform/apps-script';
import { input, inputs, lines, param, type AddonEvent } from '../platform/event';
import { currentEmail, nowIso } from '../platform/session';
import { assertionsFromCard, FormError, peopleFromField } from '../workflow/commands-from-card';
import { DEFAULT_FRAMEWORK_KEY } from './drive-triggers';
import { derivedFrameworkFileOf, openPlanCard } from './plan-actions';
import { careerPathDocCard } from './plan-doc-actions';

export function openDoc(e: AddonEvent): { id: string; title: string } {
  const id = e.docs?.id;
  if (!id) throw new FormError('Trellis has no access to this document yet; press "Allow Trellis to read this document" first');
  return { id, title: e.docs?.title ?? 'this document' };
}

export function docsHomepage(e: AddonEvent) {
  if (!e.docs?.addonHasFileScopePermission || !e.docs.id) return [jdIntroCard(e.docs?.title)];
  return docsFileScopeGranted(e);
}

export function docsFileScopeGranted(e: AddonEvent) {
  const doc = openDoc(e);
  const planDocCard = careerPathDocCard(doc.id);
  if (planDocCard) return [planDocCard];
  const remembered = gas().PropertiesService.getUserProperties().getProperty(DEFAULT_FRAMEWORK_KEY);
  const chosen = remembered ? (JSON.parse(remembered) as { id: string; version: number }) : undefined;
  return [jdStartCard(doc.title, latestFrameworks(), chosen ? `${chosen.id}@${chosen.version}` : undefined)];
}

export function requestEditorFileAccess() {
  return gas().CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}

function frameworkOrThrow(ref: { id: string; version: number }): Framework {
  const found = loadFramework(ref.id, ref.version);
  if (!found) throw new FormError(`the framework ${ref.id} v${ref.version} cannot be opened any more; choose another`);
  return found.framework;
}

/** Reads the job description (or switches to another role of the same page) and shows the review card. */
export function jdRead(e: AddonEvent) {
  const doc = openDoc(e);
  if (param(e, 'pick') === 'form') {
    const draft = loadDraft(doc.id);
    draft.pick = Math.min(Math.max(0, Number(input(e, 'pick')) || 0), draft.roles.length - 1);
    const framework = frameworkOrThrow(draft.framework);
    draft.frameworkRoleId = sameTitleRole(framework, draft.roles[draft.pick]!);
    saveDraft(draft);
    return navigate(jdReviewCard(draft, draft.roles[draft.pick]!, framework), 'update');
  }
  const [id, version] = input(e, 'framework').split('@');
  if (!id || !version) throw new FormError('choose the framework to compare the role with');
  const framework = frameworkOrThrow({ id, version: Number(version) });
  const blocks = docsDocumentToBlocks(gas().Docs.Documents.get(doc.id), doc.title);
  const result = ingestJobDescription(blocks, { framework, file: doc.title });
  if (!result.roles.length) {
    return navigate(diagnosticsOnly('No role found in this document', 'Trellis could not find a job title, responsibilities or requirements here. Is this the job description? What it noticed:', result.diagnostics.map(formatDiagnostic)), 'push');
  }
  const draft: JdDraft = { docId: doc.id, docTitle: doc.title, framework: { id: framework.id, version: framework.version }, roles: result.roles, diagnostics: result.diagnostics, pick: 0, frameworkRoleId: sameTitleRole(framework, result.roles[0]!) };
  saveDraft(draft);
  return navigate(jdReviewCard(draft, result.roles[0]!, framework), 'push');
}

/** The framework's role this job description is ("Sr. Engineer, Payments Platform" is "Senior Engineer"): the core's title matching. */
function sameTitleRole(framework: Framework, role: { title: string; track?: string; management?: boolean; department?: string }): string | undefined {
  return frameworkRoleFor({ title: role.title, track: role.track ?? '', management: role.management, department: role.department }, framework)?.id;
}

/** The role as corrected on the review card. */
function correctedRole(e: AddonEvent, draft: JdDraft, framework: Framework): RoleInput {
  const extracted = draft.roles[draft.pick]!;
  const base: Role = extractedRoleToRole(extracted, framework);
  const title = input(e, 'title') || base.title;
  if (!title) throw new FormError('give the role a title');
  const competencies: RoleInput['competencies'] = [];
  for (const [name, values] of Object.entries(e.commonEventObject?.formInputs ?? {})) {
    if (!name.startsWith('comp:')) continue;
    const value = values.stringInputs?.value[0] ?? '';
    if (value === '') continue;
    const competencyId = name.slice(5);
    const previous = base.competencies.find((c) => c.competencyId === competencyId);
    competencies.push({ competencyId, level: Number(value), importance: previous?.importance ?? 3, source: previous?.source });
  }
  return {
    ...base,
    title,
    level: input(e, 'level'),
    family: input(e, 'department') || base.family,
    summary: input(e, 'summary'),
    responsibilities: lines(e, 'responsibilities'),
    requirements: { required: lines(e, 'requirements'), preferred: lines(e, 'preferred') },
    competencies,
  };
}

export function jdReviewed(e: AddonEvent) {
  const doc = openDoc(e);
  const draft = loadDraft(doc.id);
  const framework = frameworkOrThrow(draft.framework);
  draft.role = correctedRole(e, draft, framework);
  // the review card promises that changing the title keeps the employee's own version of the role: a title they
  // typed names the framework's role only when it is that role's title exactly
  const extracted = draft.roles[draft.pick]!;
  const sameTitle = indexFramework(framework).roleByTitle.get(nameKey(draft.role.title)) ?? [];
  draft.frameworkRoleId = draft.role.title === extracted.title ? sameTitleRole(framework, extracted) : sameTitle.length === 1 ? sameTitle[0]!.id : undefined;
  saveDraft(draft);
  return navigate(jdObjectivesCard(draft, framework, currentEmail()), 'push');
}

/** The objectives card's fields as typed, to show them again beside what needs fixing. */
const OBJECTIVE_FIELDS = ['yourName', 'currentRole', 'goals', 'fiveYears', 'growth', 'manager', 'approvers'];

export function jdObjectives(e: AddonEvent) {
  const doc = openDoc(e);
  const draft = loadDraft(doc.id);
  const framework = frameworkOrThrow(draft.framework);
  const currentRoleId = input(e, 'currentRole');
  if (!indexFramework(framework).roleById.has(currentRoleId)) throw new FormError('choose your current role');
  const problems: Record<string, string> = {};
  const managers = peopleFromField(input(e, 'manager'), 'your manager');
  if (managers.problem) problems.manager = managers.problem;
  else if (managers.people.length !== 1) problems.manager = 'give your manager as "Name <email>": Trellis shares the plan with them';
  const approvers = peopleFromField(input(e, 'approvers'), 'them');
  if (approvers.problem) problems.approvers = approvers.problem;
  if (Object.keys(problems).length) {
    const entered = Object.fromEntries(OBJECTIVE_FIELDS.map((f) => [f, inputs(e, f)[0] ?? '']));
    return navigate(jdObjectivesCard(draft, framework, currentEmail(), { problems, entered }), 'update', 'Please check the fields marked on the card');
  }
  const growth = input(e, 'growth');
  draft.objectives = {
    name: input(e, 'yourName') || currentEmail(),
    currentRoleId,
    goals: lines(e, 'goals'),
    fiveYears: input(e, 'fiveYears'),
    growthPreference: growth === 'management' || growth === 'individual-contributor' || growth === 'either' ? growth : 'undecided',
    manager: managers.people[0]!,
    approvers: approvers.people,
  };
  saveDraft(draft);
  const { framework: planFramework, targetRoleId } = targetFor(draft, framework);
  const target = indexFramework(planFramework).roleById.get(targetRoleId)!;
  return navigate(jdSelfAssessmentCard(draft, planFramework, target.competencies), 'push');
}

/**
 * The framework the plan is made against and its target role: the framework's own role, or the job description's
 * role added to a copy of the framework for this plan, placed by the core (its track and rank from its title and
 * seniority, a lateral move when it is another field), with the employee's corrections from the review card.
 */
function targetFor(draft: JdDraft, framework: Framework, planId?: string): { framework: Framework; targetRoleId: string; derived: boolean } {
  if (draft.frameworkRoleId) return { framework, targetRoleId: draft.frameworkRoleId, derived: false };
  const extracted = draft.roles[draft.pick]!;
  const corrected = draft.role ? RoleSchema.parse(draft.role) : undefined;
  const current = indexFramework(framework).roleById.get(draft.objectives!.currentRoleId)!;
  let placed;
  try {
    placed = targetFromJobDescription(corrected ? { ...extracted, title: corrected.title, department: corrected.family || extracted.department } : extracted, framework, current, {
      planId: () => planId ?? slugify(`plan-${corrected?.title ?? extracted.title}`),
      source: `the job description "${draft.docTitle}"`,
      format: 'google-doc',
      now: nowIso(),
    });
  } catch (error) {
    if (error instanceof TargetPlacementError) throw new FormError(error.message);
    throw error;
  }
  if (!corrected) return { framework: placed.framework, targetRoleId: placed.target.id, derived: placed.changed };
  // what the employee corrected on the card stands: their wording, and the levels they chose (with any competency
  // the core added for a role of another field, which the card could not show yet)
  const added = new Set(placed.addedCompetencies.length ? placed.framework.competencies.filter((c) => !framework.competencies.some((f) => f.id === c.id)).map((c) => c.id) : []);
  const target: Role = {
    ...placed.target,
    title: corrected.title,
    level: corrected.level,
    family: corrected.family,
    summary: corrected.summary,
    responsibilities: corrected.responsibilities,
    requirements: corrected.requirements,
    competencies: [...corrected.competencies, ...placed.target.competencies.filter((c) => added.has(c.competencyId))],
  };
  const derived = FrameworkSchema.parse({ ...placed.framework, roles: placed.framework.roles.map((r) => (r.id === target.id ? target : r)) });
  return { framework: derived, targetRoleId: target.id, derived: true };
}

/** The plan file an earlier press made, when it exists (its answer may have been lost on the way back). */
function madeEarlier(fileId: string): StoredPlan | undefined {
  try {
    return loadStoredPlan(fileId);
  } catch (error) {
    if (error instanceof DriveAccessError) return undefined;
    throw error;
  }
}

/** The plan card after creating, with who it was shared with and who Drive would not share it with. */
function createdCard(stored: StoredPlan, sharing: SharingOutcome | undefined, note: string) {
  const shared = sharing?.added.length ? ` and shared with ${sharing.added.join(', ')}` : '';
  return navigate(openPlanCard(stored, sharing), 'push', `${note}${shared}${sharing?.refused.length ? `; not shared with ${sharing.refused.map((r) => r.email).join(', ')} (see the card)` : ''}`);
}

export function jdCreatePlan(e: AddonEvent) {
  const doc = openDoc(e);
  const draft = loadDraft(doc.id);
  if (draft.created) return createdCard(loadStoredPlan(draft.created.fileId), undefined, 'Your career path was already created');
  const objectives = draft.objectives;
  if (!objectives) throw new FormError('fill in your objectives first');
  const base = frameworkOrThrow(draft.framework);
  const email = currentEmail();
  const now = nowIso();
  const employee = { name: objectives.name, email };
  const titleForId = draft.role?.title ?? draft.roles[draft.pick]!.title;
  // the plan's id and its files' ids are fixed before anything is written: pressing again makes the same plan
  const retry = !!draft.fileIds;
  draft.planId ??= uniquePlanId(planIdOf(employee.name, titleForId));
  if (!draft.fileIds?.doc || !draft.fileIds.framework) {
    const [plan, doc, framework] = newFileIds(3);
    draft.fileIds = { plan: draft.fileIds?.plan ?? plan!, doc: draft.fileIds?.doc ?? doc!, framework: draft.fileIds?.framework ?? framework! };
  }
  const ids = { plan: draft.fileIds.plan, doc: draft.fileIds.doc!, framework: draft.fileIds.framework! };
  saveDraft(draft);
  const earlier = retry ? madeEarlier(ids.plan) : undefined;
  if (earlier) return markCreated(draft, earlier, derivedFrameworkFileOf(earlier), 'Your career path was already created');
  const { framework, targetRoleId, derived } = targetFor(draft, base, draft.planId);
  const assessment = assertionsFromCard(e, 'self', now.slice(0, 10)).filter((a) => indexFramework(framework).competencyById.has(a.competencyId));
  let plan = createPlan({
    id: draft.planId,
    framework,
    employee,
    manager: objectives.manager,
    approvers: objectives.approvers,
    currentRoleId: objectives.currentRoleId,
    targetRoleId,
    assessment: assessment.map((a) => ({ ...a, by: email })),
    profile: {
      objectives: { beyondCurrentRole: objectives.goals, fiveYears: objectives.fiveYears, futureRoleDescription: `https://docs.google.com/document/d/${doc.id}/edit`, proposedRoleId: targetRoleId },
      growthPreference: objectives.growthPreference,
    },
    by: email,
    now,
  });
  // the employee stated their objectives on these cards: hand the plan to the manager's review straight away
  if (!objectivesMissing(plan.profile.objectives).length) plan = applyCommand(plan, { type: 'submit-objectives' }, { actor: employee, now, framework });
  const frameworkFile = derived ? saveDerivedFramework(framework, plan.id, ids.framework) : undefined;
  let stored: StoredPlan;
  try {
    stored = createStoredPlan(plan, framework, ids);
  } catch (error) {
    if (!(error instanceof PlanFileNotCreatedError)) throw error;
    // nothing half-made is left behind: the Doc (and the framework copy) are removed, and made afresh next time
    const cleanedUp = [error.docId, ...(frameworkFile ? [frameworkFile.fileId] : [])].map(removeQuietly).every(Boolean);
    if (cleanedUp) draft.fileIds = { plan: ids.plan };
    saveDraft(draft);
    throw new PlanNotSavedError(error.message, cleanedUp);
  }
  return markCreated(draft, stored, frameworkFile?.fileId, 'Career path created in your Career paths folder');
}

/** The plan file exists: the draft says so at once, then the plan is shared (a refusal is shown, not fatal). */
function markCreated(draft: JdDraft, stored: StoredPlan, frameworkFileId: string | undefined, note: string) {
  draft.created = { fileId: stored.fileId, ...(stored.docId ? { docId: stored.docId } : {}), ...(frameworkFileId ? { frameworkFileId } : {}) };
  saveDraft(draft);
  return createdCard(stored, sharePlan(stored, frameworkFileId), note);
}

/** Selects, in the open document, the paragraph a reviewed line came from. */
export function jdShowSource(e: AddonEvent) {
  const line = Number(input(e, 'sourceLine'));
  if (!Number.isInteger(line) || line < 1) throw new FormError('choose a line to show');
  const document = gas().DocumentApp.getActiveDocument();
  const body = document.getBody();
  if (line > body.getNumChildren()) return notify('That line is no longer in the document (it was edited since Trellis read it).');
  document.setSelection(document.newRange().addElement(body.getChild(line - 1)).build());
  return notify('Selected in the document');
}
