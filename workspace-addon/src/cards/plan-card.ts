// The plan on a card: where it stands, who must act next, what is missing, and the workflow step the current
// user can take now (assessments, review, approval, milestones with evidence, recognition, comments).
import { indexFramework, type Framework } from '../../../shared/model/framework';
import { levelName, notYetRank } from '../../../shared/model/scale';
import type { Plan, Stage } from '../../../shared/model/plan';
import { gapAnalysis } from '../../../shared/gap/gap';
import { personLevels } from '../../../shared/gap/levels';
import { missingAssessment, missingForLeadershipReview } from '../../../shared/plan/commands';
import { nextMilestone } from '../../../shared/prompts/plan-context';
import { levelLooksLike, milestoneLooksLike } from '../../../shared/plan/looks-like';
import { isOpenMilestone } from '../../../shared/model/plan';
import type { CommandType } from '../../../shared/plan/command-schema';
import { HORIZON_MONTHS } from '../../../shared/plan/generate';
import { planProgress, progressSummary } from '../../../shared/plan/progress';
import { allowedCommands, offeredCommands } from '../../../shared/workflow/rulebook';
import { percent } from '../../../shared/render/html';
import { nextActors, participantRoles, type ParticipantRole } from '../../../shared/workflow/workflow';
import { STAGE_LABELS } from '../../../shared/workflow/labels';
import type { Person } from '../../../shared/model/person';
import { describeHrReaders, hrReaders } from '../drive/hr-readers';
import type { SharingOutcome, StoredPlan } from '../drive/plan-files';
import { fileLink, GOOGLE_DOC_MIME } from '../drive/drive-files';
import type { CardSection, TextButton, Widget } from '../platform/apps-script';
import { actorOn } from '../platform/session';
import { historyLabel } from './history-labels';
import { button, buttons, card, decorated, dropdown, fieldProblem, firstOf, labelled, linkButton, paragraph, plain, section, textInput, type FormView } from './kit';

export { STAGE_LABELS };

/** Everything a plan action button carries (strings only). */
export function planParams(stored: StoredPlan, act?: string, extra: Record<string, string> = {}): Record<string, string> {
  const p: Record<string, string> = { fileId: stored.fileId, rev: String(stored.plan.revision), fw: stored.plan.framework.id, fwv: String(stored.plan.framework.version), ...extra };
  if (stored.frameworkFileId) p.fwf = stored.frameworkFileId;
  if (act) p.act = act;
  return p;
}

function act(stored: StoredPlan, label: string, name: string, extra: Record<string, string> = {}, filled = false): TextButton {
  return button(label, 'planAct', planParams(stored, name, extra), filled);
}

export function whoActsNext(plan: Plan): string {
  const next = nextActors(plan);
  if (!next.who.length) return `Next: ${next.what}.`;
  // the core's idea of who someone is on the plan (emails compared without case, names when there is no email)
  const roleOf = (person: Person) => {
    const roles = participantRoles(plan, person);
    return roles.includes('manager') ? ' (manager)' : roles.includes('employee') ? ' (employee)' : ' (leadership)';
  };
  return `Next: ${next.who.map((p) => `${p.name}${roleOf(p)}`).join(' or ')} to ${next.what}.`;
}

/** "Readiness 39% → 58% since approval (12 Mar 2026)": the core's words, the figure every surface shows. */
function progressWidget(plan: Plan, framework: Framework | undefined): Widget {
  return plain(progressSummary(planProgress(plan, framework)));
}

function summary(stored: StoredPlan, framework: Framework | undefined, roles: ParticipantRole[]): CardSection {
  const { plan } = stored;
  const title = (id: string) => (framework && indexFramework(framework).roleById.get(id)?.title) || id;
  const widgets: Widget[] = [
    decorated('Career path', `${title(plan.currentRoleId)} → ${title(plan.targetRoleId)}`, `Stage: ${STAGE_LABELS[plan.stage]} · revision ${plan.revision}`),
    paragraph(labelled('Who acts next:', whoActsNext(plan).replace(/^Next: /, ''))),
  ];
  const target = framework && indexFramework(framework).roleById.get(plan.targetRoleId);
  if (framework && target) {
    const { levels, detail } = personLevels(framework, plan.assessment);
    const analysis = gapAnalysis(framework, target, levels, detail);
    widgets.push(paragraph(labelled('Readiness:', `${percent(analysis.readiness)} for ${target.title} (${analysis.gaps.length} gap${analysis.gaps.length === 1 ? '' : 's'}${analysis.notAssessed.length ? `, ${analysis.notAssessed.length} not assessed yet` : ''})`)));
    widgets.push(progressWidget(plan, framework));
    if (analysis.disagreements.length) widgets.push(plain(`To talk about: you and your manager disagree on ${analysis.disagreements.map((d) => d.competency).join(', ')}.`));
  } else {
    // the plan's own record of what its role asks for gives readiness over time even without the framework
    if (planProgress(plan).known) widgets.push(progressWidget(plan, framework));
    widgets.push(plain(`Readiness and assessments need the framework "${plan.framework.name || plan.framework.id}" v${plan.framework.version}, which Trellis cannot open for you yet: in Drive, select this plan together with ${plan.framework.id}.v${plan.framework.version}.framework.json and allow Trellis to open it.`));
  }
  const next = nextMilestone(plan);
  widgets.push(paragraph(labelled('Next milestone:', next ? `${next.title} (due ${next.due})` : 'none open')));
  const looksLike = next && milestoneLooksLike(next, framework);
  if (looksLike) widgets.push(plain(`What it looks like: ${looksLike}`));
  widgets.push(paragraph(labelled('You are:', roles.length ? `the ${roles.join(' and ')}` : 'not on this plan (read only)')));
  return section(undefined, widgets);
}

function missingSection(plan: Plan, framework: Framework | undefined): CardSection | undefined {
  const before: Stage[] = ['objectives', 'alignment', 'skills-and-gaps', 'draft-plan', 'employee-review', 'changes-requested'];
  if (!before.includes(plan.stage)) return undefined;
  const missing = missingForLeadershipReview(plan, framework);
  if (!missing.length) return section('Ready for leadership review', [plain('Every required step is complete.')]);
  const { shown, more } = firstOf(missing, 8, (n) => `• and ${n} more`);
  return section(`Before leadership review (${missing.length} to do)`, [...shown.map((m) => plain(`• ${m}`)), ...more], { visible: 4 });
}

function levelItems(framework: Framework, competencyId: string): { text: string; value: string }[] {
  const scale = indexFramework(framework).scaleOf(competencyId);
  return [{ text: 'Not sure yet (skip)', value: '' }, { text: scale.notYetName, value: String(notYetRank(scale)) }, ...scale.levels.map((l) => ({ text: `${l.rank} · ${l.name}`, value: String(l.rank) }))];
}

/** Level pickers on one card: a large role is assessed over several saves, the ones not yet assessed first. */
export const ASSESSED_PER_CARD = 30;

/** Level pickers for the target role's competencies, for a self or manager assessment. */
export function assessmentWidgets(plan: Plan, framework: Framework, source: 'self' | 'manager' | 'peer'): Widget[] {
  const index = indexFramework(framework);
  const target = index.roleById.get(plan.targetRoleId);
  if (!target) return [plain(`The target role "${plan.targetRoleId}" is not in the framework.`)];
  const { detail } = personLevels(framework, plan.assessment);
  const latest = (id: string) => (source === 'peer' ? undefined : detail.get(id)?.[source === 'self' ? 'latestSelf' : 'latestManager']);
  const assessed = (id: string) => !!latest(id);
  const ordered = [...target.competencies.filter((c) => !assessed(c.competencyId)), ...target.competencies.filter((c) => assessed(c.competencyId))];
  const { shown, more } = firstOf(ordered, ASSESSED_PER_CARD, (n) => `${n} more competencies after you save these (${ordered.filter((c) => !assessed(c.competencyId)).length} not assessed yet).`);
  return [...shown.map((req) => {
    const name = index.competencyById.get(req.competencyId)?.name ?? req.competencyId;
    const scale = index.scaleOf(req.competencyId);
    const previous = latest(req.competencyId);
    // the level recorded last, with its evidence, beside the picker: what the new level is measured against
    const said = previous ? ` · last ${levelName(scale, previous.level)}${previous.evidence ? ` (“${previous.evidence.length > 60 ? `${previous.evidence.slice(0, 59)}…` : previous.evidence}”)` : ''}` : '';
    const needed = levelName(scale, req.level);
    const title = `${name} (needs ${needed})${said}`;
    const picker = dropdown(`level:${req.competencyId}`, title, levelItems(framework, req.competencyId), previous ? String(previous.level) : '');
    // the ladder's words for the level needed, so whoever assesses judges against what the company wrote down
    const looksLike = levelLooksLike(framework, req.competencyId, req.level);
    return looksLike ? [picker, plain(`${needed} looks like: ${looksLike}`)] : [picker];
  }).flat(), ...more];
}

/** The profile fields of the "About you" section: SWOT, barriers, interests (one per line), buddy, preference. */
function profileSection(stored: StoredPlan): CardSection {
  const p = stored.plan.profile;
  const list = (items: string[]) => items.join('\n');
  return section('About you: SWOT, barriers, career buddy', [
    textInput('swotStrengths', 'Strengths (one per line)', list(p.swot.strengths), { multiline: true }),
    textInput('swotWeaknesses', 'Weaknesses', list(p.swot.weaknesses), { multiline: true }),
    textInput('swotOpportunities', 'Opportunities', list(p.swot.opportunities), { multiline: true }),
    textInput('swotThreats', 'Threats', list(p.swot.threats), { multiline: true }),
    textInput('barriers', 'Barriers to your growth', list(p.barriers), { multiline: true }),
    textInput('interests', 'Interests', list(p.interests), { multiline: true }),
    textInput('careerBuddy', 'Career buddy ("Name <email>")', p.careerBuddy ? (p.careerBuddy.email ? `${p.careerBuddy.name} <${p.careerBuddy.email}>` : p.careerBuddy.name) : ''),
    dropdown('growthPreference', 'Growth preference', GROWTH_CHOICES, p.growthPreference),
    buttons(act(stored, 'Save about you', 'set-profile')),
  ], { visible: 1 });
}

const GROWTH_CHOICES = [
  { text: 'Individual contributor', value: 'individual-contributor' },
  { text: 'Management', value: 'management' },
  { text: 'Either', value: 'either' },
  { text: 'Undecided', value: 'undecided' },
];

/** Development actions with their hours and status, editable while the plan is drafted and worked. */
const ACTIONS_ON_CARD = 6;
function actionsSection(stored: StoredPlan): CardSection | undefined {
  const { plan } = stored;
  if (!plan.actions.length) return undefined;
  const { shown, more } = firstOf(plan.actions, ACTIONS_ON_CARD, (n) => `${n} more actions are in the plan document.`);
  const widgets: Widget[] = [];
  for (const a of shown) {
    widgets.push(decorated(a.type.replace(/-/g, ' '), a.title, a.due ? `due ${a.due}` : undefined));
    widgets.push(textInput(`hours:${a.id}`, 'Hours a month', a.hoursPerMonth === undefined ? '' : String(a.hoursPerMonth)));
    widgets.push(dropdown(`status:${a.id}`, 'Status', ['planned', 'in-progress', 'done', 'dropped'].map((v) => ({ text: v, value: v })), a.status));
  }
  widgets.push(...more, buttons(act(stored, 'Save development actions', 'set-actions')));
  return section(`Development actions (${plan.actions.length})`, widgets, { visible: 3 });
}

/** Check-ins with their dates and the notes saved to the plan (private notes stay on the device), and a new one. */
const CHECK_INS_ON_CARD = 5;
function checkInSection(stored: StoredPlan, canRecord: boolean): CardSection | undefined {
  const { plan } = stored;
  if (!plan.checkIns.length && !canRecord) return undefined;
  const recent = [...plan.checkIns].reverse();
  const { shown, more } = firstOf(recent, CHECK_INS_ON_CARD, (n) => `${n} earlier check-ins are in the plan document.`);
  const widgets: Widget[] = shown.map((c) => decorated(`${c.at.slice(0, 10)} · ${c.by}`, c.notes || '(no notes saved)'));
  widgets.push(...more);
  if (canRecord) widgets.push(textInput('checkInNotes', 'Notes to save to the plan', '', { multiline: true }), buttons(act(stored, 'Record a check-in', 'record-check-in')));
  return section(`Check-ins (${plan.checkIns.length})`, widgets, { visible: 2 });
}

/** What the current user may do now: every button comes from the core's rulebook (offeredCommands), none from here. */
function stageActions(stored: StoredPlan, framework: Framework | undefined, roles: ParticipantRole[], offered: ReadonlySet<CommandType>, form?: FormView): CardSection[] {
  const { plan } = stored;
  const problem = (field: string): Widget[] => (form?.problems[field] ? [fieldProblem(form.problems[field]!)] : []);
  const may = (c: CommandType) => offered.has(c);
  const out: CardSection[] = [];
  if (may('set-objectives')) {
    const widgets: Widget[] = [
      textInput('goals', 'Goals beyond your current role (one per line)', plan.profile.objectives.beyondCurrentRole.join('\n'), { multiline: true }),
      textInput('fiveYears', 'Where do you see yourself in five years?', plan.profile.objectives.fiveYears, { multiline: true }),
    ];
    widgets.push(buttons(...(may('submit-objectives') ? [act(stored, 'Submit objectives', 'objectives', {}, true)] : []), act(stored, 'Save objectives', 'set-objectives')));
    out.push(section('Your objectives', widgets));
  } else if (may('submit-objectives')) out.push(section('Your objectives', [buttons(act(stored, 'Submit objectives', 'submit-objectives', {}, true))]));
  if (may('set-profile')) out.push(profileSection(stored));
  if (may('review-alignment')) {
    out.push(
      section('Review the proposed role', [
        plain(`${plan.employee.name} proposes to aim for ${framework?.roles.find((r) => r.id === plan.targetRoleId)?.title ?? plan.targetRoleId}. Review it with stakeholders against the company's needs.`),
        textInput('companyNeeds', 'What the company needs, and how this role answers it', plan.alignment.companyNeeds, { multiline: true }),
        textInput('stakeholders', 'Stakeholders consulted (comma separated)', plan.alignment.stakeholders.join(', ')),
        buttons(act(stored, 'Record the review', 'review-alignment', {}, true)),
      ]),
    );
  }
  if (may('accept-role') || may('modify-role')) {
    const widgets: Widget[] = [plain(`Your manager's review: ${plan.alignment.companyNeeds}`)];
    if (may('accept-role')) widgets.push(buttons(act(stored, 'Accept this role', 'accept-role', {}, true)));
    if (may('modify-role') && framework) {
      widgets.push(dropdown('targetRoleId', 'Or aim for another role', framework.roles.filter((r) => r.id !== plan.currentRoleId).map((r) => ({ text: r.track ? `${r.title} (${r.track})` : r.title, value: r.id })), plan.targetRoleId));
      widgets.push(buttons(act(stored, 'Change the target role', 'modify-role')));
    }
    out.push(section('Accept or modify the role', widgets));
  }
  if (may('add-assessment') && framework) {
    const source = roles.includes('manager') ? 'manager' : roles.includes('employee') ? 'self' : 'peer';
    const label = source === 'manager' ? 'Save manager assessment' : source === 'self' ? 'Save self-assessment' : 'Save peer assessment';
    const widgets = [...assessmentWidgets(plan, framework, source), textInput('evidence', 'Evidence (examples from real work)', '', { multiline: true }), buttons(act(stored, label, 'assess', { source }, true))];
    // while skills are assessed the pickers are open; once the plan runs, a new assessment is a section away
    const drafting = plan.stage === 'skills-and-gaps';
    out.push(section(drafting ? (source === 'manager' ? 'Your assessment as manager' : source === 'self' ? 'Your self-assessment' : 'Your assessment as a peer') : `Record a new ${source === 'self' ? 'self-' : source === 'manager' ? 'manager ' : 'peer '}assessment`, widgets, { visible: drafting ? 8 : 1 }));
  }
  if (may('complete-assessment') && framework) {
    const missing = missingAssessment(plan, framework);
    out.push(section('Finish the assessment', [plain(missing.length ? `Still missing: ${missing.join('; ')}` : 'Both assessments are complete.'), buttons(act(stored, 'Assessment complete: draft the plan', 'complete-assessment'))]));
  }
  const drafting: Widget[] = [];
  if (may('redraft')) drafting.push(textInput('horizon', `Months to reach the target (${HORIZON_MONTHS.min} to ${HORIZON_MONTHS.max})`, String(HORIZON_MONTHS.default)), buttons(act(stored, 'Redraft milestones from the gaps', 'redraft')));
  if (may('set-milestones')) drafting.push(buttons(button('Edit milestones', 'planEditMilestones', planParams(stored))));
  if (may('set-approvers')) {
    drafting.push(
      ...problem('approvers'),
      textInput('approvers', 'Leadership approvers ("Name <email>", one per line)', form?.entered.approvers ?? plan.approvers.map((p) => (p.email ? `${p.name} <${p.email}>` : p.name)).join('\n'), { multiline: true }),
      buttons(act(stored, 'Save approvers', 'set-approvers')),
    );
  }
  if (may('submit-for-review')) drafting.push(buttons(act(stored, 'Send to the employee for review', 'submit-for-review', {}, true)));
  if (may('resubmit')) drafting.push(buttons(act(stored, 'Resubmit to leadership', 'resubmit', {}, true)));
  if (drafting.length) out.push(section(plan.stage === 'changes-requested' ? 'Revise as leadership asked' : 'Draft the plan', [plain(`${plan.milestones.length} milestones, ${plan.actions.length} development actions.`), ...drafting]));
  if (may('employee-accept-plan') || may('employee-request-changes')) {
    const widgets: Widget[] = [];
    if (may('employee-accept-plan')) widgets.push(buttons(act(stored, 'Accept and send to leadership', 'employee-accept-plan', {}, true)));
    if (may('employee-request-changes')) widgets.push(textInput('comment', 'Or ask for changes', '', { multiline: true }), buttons(act(stored, 'Ask for changes', 'employee-request-changes')));
    out.push(section('Review your plan', widgets));
  }
  if (may('approve') || may('request-changes')) {
    out.push(
      section('Your decision', [
        textInput('comment', 'Comment (required when asking for changes)', '', { multiline: true }),
        buttons(...(may('approve') ? [act(stored, 'Approve', 'approve', {}, true)] : []), ...(may('request-changes') ? [act(stored, 'Request changes', 'request-changes')] : [])),
      ]),
    );
  }
  if (may('activate')) out.push(section('Start the plan', [buttons(act(stored, 'Start: milestones and check-ins', 'activate', {}, true))]));
  if (may('set-actions')) {
    const actions = actionsSection(stored);
    if (actions) out.push(actions);
  }
  if (may('achieve')) out.push(section('Objective reached?', [buttons(act(stored, 'Confirm the objective is achieved', 'achieve'))]));
  return out;
}

/** Milestones on the plan card (a card holds 100 widgets): the latest reached, and the next ones due. */
const REACHED_ON_CARD = 5;
const OPEN_ON_CARD = 12;

function milestoneSections(stored: StoredPlan, framework: Framework | undefined, offered: ReadonlySet<CommandType>, completable: ReadonlySet<string>): CardSection[] {
  const { plan } = stored;
  if (!plan.milestones.length) return [];
  const open = plan.milestones.filter(isOpenMilestone).sort((a, b) => (a.due < b.due ? -1 : 1));
  const out: CardSection[] = [];
  const reached = plan.milestones.filter((x) => x.status === 'done').sort((a, b) => ((a.completedAt ?? '') < (b.completedAt ?? '') ? 1 : -1));
  if (reached.length) {
    const widgets: Widget[] = [];
    const latest = firstOf(reached, REACHED_ON_CARD, (n) => `${n} earlier milestones are in the plan document and the history.`);
    for (const m of latest.shown) {
      const recognised = plan.recognition.filter((r) => r.milestoneId === m.id);
      widgets.push(decorated(`Reached ${m.completedAt?.slice(0, 10) ?? ''}`, m.title, [`Evidence: ${m.evidence.map((e) => e.text).join(' · ')}`, ...recognised.map((r) => `Recognised by ${r.by}: ${r.text}`)].join('\n')));
      if (!recognised.length && offered.has('add-recognition')) {
        widgets.push(textInput(`recognition:${m.id}`, 'Recognise this progress', ''));
        widgets.push(buttons(act(stored, 'Recognise', 'add-recognition', { milestoneId: m.id })));
      }
    }
    widgets.push(...latest.more);
    out.push(section(`Reached (${reached.length})`, widgets, { visible: 6 }));
  }
  const widgets: Widget[] = [];
  const next = firstOf(open, OPEN_ON_CARD, (n) => `${n} later milestones are in the plan document.`);
  let withControls = 0;
  for (const m of next.shown) {
    widgets.push(decorated(`Due ${m.due} · ${m.status}`, m.title, m.measure));
    if (!completable.has(m.id) || withControls >= 5) continue;
    withControls++;
    if (m.link.kind === 'competency' && framework) {
      // reaching a level is confirmed by the manager with the level: it is recorded as a manager assessment
      const link = m.link;
      widgets.push(dropdown(`confirmLevel:${m.id}`, 'Level reached', levelItems(framework, link.competencyId).filter((i) => i.value !== '' && Number(i.value) >= link.level), String(link.level)));
      widgets.push(textInput(`evidence:${m.id}`, 'Evidence it is reached', ''));
      widgets.push(buttons(act(stored, 'Confirm with this level and evidence', 'complete-milestone', { milestoneId: m.id })));
    } else {
      widgets.push(textInput(`evidence:${m.id}`, 'Evidence it is reached', ''));
      widgets.push(buttons(act(stored, 'Tick off with this evidence', 'complete-milestone', { milestoneId: m.id })));
    }
  }
  widgets.push(...next.more);
  if (widgets.length) out.push(section(`Milestones to reach (${open.length} of ${plan.milestones.length})`, widgets, { visible: 6 }));
  return out;
}

function commentSection(stored: StoredPlan, offered: ReadonlySet<CommandType>): CardSection {
  const { plan } = stored;
  const widgets: Widget[] = plan.comments.slice(-5).map((c) => decorated(`${c.by} · ${c.at.slice(0, 10)}${c.stage ? ` · ${STAGE_LABELS[c.stage]}` : ''}`, c.text));
  if (!widgets.length) widgets.push(plain('No comments yet.'));
  if (offered.has('add-comment')) widgets.push(textInput('commentText', 'Add a comment', '', { multiline: true }), buttons(act(stored, 'Comment', 'add-comment')));
  if (offered.has('add-recognition')) widgets.push(textInput('recognition', 'Recognise progress', ''), buttons(act(stored, 'Recognise', 'add-recognition')));
  return section('Comments', widgets, { visible: 3 });
}

/** Who the plan is for: the people on it, and the People team when an admin named one (career data is sensitive). */
function whoCanSee(plan: Plan): Widget[] {
  const people = [`${plan.manager.name} (manager, editor)`, ...plan.approvers.map((a) => `${a.name} (leadership: edits the plan, comments on the document)`)];
  const hr = hrReaders();
  if (hr.readers.length) people.push(`the People team: ${describeHrReaders(hr)} (${hr.role === 'commenter' ? 'can comment' : 'can read'})`);
  const widgets = [paragraph(labelled('Shared with:', people.join('; ')))];
  for (const problem of hr.problems) widgets.push(plain(`Not shared with the People team: ${problem}. Tell whoever set up Trellis.`));
  return widgets;
}

/** Who Drive would not share the plan with, and why, with a button to try again. */
function sharingSection(stored: StoredPlan, sharing: SharingOutcome): CardSection {
  const widgets: Widget[] = sharing.refused.map((r) => decorated('Not shared with', r.email, r.reason));
  if (sharing.added.length) widgets.push(plain(`Shared with ${sharing.added.join(', ')}.`));
  widgets.push(plain('The plan is saved; only the sharing is missing. Once the address or the Drive setting is fixed (your Google Workspace administrator decides who files may be shared with), share it again.'));
  widgets.push(buttons(button('Share again', 'planShare', planParams(stored))));
  return section('Sharing did not go through', widgets);
}

/** What the plan card shows besides the plan: the outcome of sharing it, fields to fix with what was typed. */
export interface PlanCardView {
  sharing?: SharingOutcome;
  form?: FormView;
}

export function planCard(stored: StoredPlan, framework: Framework | undefined, view: PlanCardView = {}): ReturnType<typeof card> {
  const { plan } = stored;
  const actor = actorOn(plan);
  const roles = participantRoles(plan, actor);
  const permissions = allowedCommands(plan, actor, framework);
  const offered = offeredCommands(plan, actor, framework);
  const completable = new Set(permissions.find((p) => p.type === 'complete-milestone')?.milestoneIds ?? []);
  const sections: CardSection[] = [];
  if (view.sharing?.refused.length) sections.push(sharingSection(stored, view.sharing));
  sections.push(summary(stored, framework, roles));
  const missing = missingSection(plan, framework);
  if (missing) sections.push(missing);
  sections.push(...stageActions(stored, framework, roles, offered, view.form));
  sections.push(...milestoneSections(stored, framework, offered, completable));
  const checkIns = checkInSection(stored, offered.has('record-check-in'));
  if (checkIns) sections.push(checkIns);
  sections.push(commentSection(stored, offered));
  const links: TextButton[] = [button('History', 'planHistory', planParams(stored))];
  if (stored.docId) links.unshift(linkButton('Open the plan document', fileLink({ id: stored.docId, mimeType: GOOGLE_DOC_MIME })));
  if (roles.includes('employee')) links.push(button('Share with manager and leadership', 'planShare', planParams(stored)));
  sections.push(section(undefined, [...whoCanSee(plan), buttons(...links)]));
  return card({ name: `plan-${plan.id}`, title: `Career path: ${plan.employee.name}`, subtitle: `${STAGE_LABELS[plan.stage]} · ${whoActsNext(plan)}`, sections });
}

/** The plan's history, newest first: every change, who made it and when. */
export function historyCard(stored: StoredPlan) {
  const entries = [...stored.plan.history].reverse();
  return card({
    name: `history-${stored.plan.id}`,
    title: `History: ${stored.plan.employee.name}`,
    subtitle: `${entries.length} changes`,
    sections: [section(undefined, entries.slice(0, 40).map((h) => decorated(`rev ${h.revision} · ${h.at.slice(0, 16).replace('T', ' ')} · ${h.by}`, historyLabel(h.action), h.detail || undefined)), { visible: 10 })],
  });
}
