// Docs, for the employee: "Turn this job description into a career path". The access request, the framework
// choice, the extracted role to review and correct, the objectives, and the self-assessment.
import type { ExtractedRole } from '../../../shared/ingest/job-description';
import { formatDiagnostic } from '../../../shared/ingest/diagnostics';
import { indexFramework, type Framework } from '../../../shared/model/framework';
import { levelName, notYetRank } from '../../../shared/model/scale';
import type { FrameworkFile } from '../drive/framework-files';
import type { JdDraft } from '../docs/jd-draft';
import type { Widget } from '../platform/apps-script';
import { button, buttons, card, decorated, dropdown, fieldProblem, firstOf, plain, radio, section, textInput, type FormView } from './kit';

export function jdIntroCard(title?: string) {
  return card({
    name: 'jd-intro',
    title: 'Turn this job description into a career path',
    subtitle: title ?? 'Google Docs',
    sections: [
      section(undefined, [
        plain('Trellis reads the role this document describes (title, responsibilities, requirements, the skills it asks for), lets you correct it, and drafts your career path towards it with your manager.'),
        plain('It needs your permission to read this one document. It cannot see your other files.'),
        buttons(button('Allow Trellis to read this document', 'requestEditorFileAccess', {}, true)),
      ]),
    ],
  });
}

export function jdStartCard(docTitle: string, frameworks: FrameworkFile[], chosen?: string) {
  if (!frameworks.length) {
    return card({
      name: 'jd-start',
      title: 'Turn this job description into a career path',
      subtitle: docTitle,
      sections: [
        section('First, a framework', [
          plain('Trellis compares the role with your company’s competency framework, and none is open to Trellis yet.'),
          plain('Ask HR to import the KSA matrix with Trellis in Google Sheets, or select the framework file (…framework.json) they shared in Drive and press "Use this framework".'),
        ]),
        ladderSection(docTitle),
      ],
    });
  }
  const items = frameworks.map((f) => ({ text: `${f.name} (v${f.version})`, value: `${f.id}@${f.version}` }));
  return card({
    name: 'jd-start',
    title: 'Turn this job description into a career path',
    subtitle: docTitle,
    sections: [
      section(undefined, [
        dropdown('framework', 'Compare with the framework', items, chosen),
        plain('Trellis reads the whole document at once; nothing is saved until you create the plan.'),
      ]),
      ladderSection(docTitle),
    ],
    primary: button('Read this job description', 'jdRead', {}, true),
  });
}

/** For HR: the Doc is the company's career ladder (level tables, or a heading per level), published as a framework. */
function ladderSection(docTitle: string) {
  return section('HR: is this document a career ladder?', [
    textInput('ladderName', 'Framework name', docTitle, { hint: 'Publishing again under the same name makes a new version' }),
    plain('Trellis reads the levels (tables with a column or row per level, or a heading per level) and what each level looks like, and publishes them to your Career paths folder as a new framework version; plans made on older versions keep working.'),
    buttons(button('Publish as a career framework', 'ladderPublish')),
  ], { visible: 1 });
}

/** Competencies the review card lists, and the self-assessment asks about (a card holds 100 widgets). */
const MATCHED_ON_CARD = 30;
const ASSESSED_ON_CARD = 30;

function linesOf(items: { text: string }[]): string {
  return items.map((i) => i.text).join('\n');
}

function levelItems(framework: Framework, competencyId: string, withSkip: string) {
  const scale = indexFramework(framework).scaleOf(competencyId);
  return [{ text: withSkip, value: '' }, ...scale.levels.map((l) => ({ text: `${l.rank} · ${l.name}`, value: String(l.rank) }))];
}

/** The extracted role, every field editable, competencies matched to the framework with a level each. */
export function jdReviewCard(draft: JdDraft, role: ExtractedRole, framework: Framework) {
  const index = indexFramework(framework);
  const sameRole = draft.frameworkRoleId ? index.roleById.get(draft.frameworkRoleId) : undefined;
  const top: Widget[] = [];
  if (draft.roles.length > 1) {
    top.push(dropdown('pick', `This page describes ${draft.roles.length} roles`, draft.roles.map((r, i) => ({ text: r.title, value: String(i) })), String(draft.pick)));
    top.push(buttons(button('Review the chosen role', 'jdRead', { pick: 'form' })));
  }
  if (sameRole) top.push(plain(`"${sameRole.title}" is a role of ${framework.name}: your plan will use the framework’s requirements for it, and link this job description from your objectives. Change the title to keep your own version of the role instead.`));
  top.push(
    textInput('title', 'Role title', role.title),
    textInput('level', 'Seniority or level', role.level),
    textInput('department', 'Department or team', role.department),
    textInput('summary', 'Summary', role.summary, { multiline: true }),
  );
  const duties = [textInput('responsibilities', 'Responsibilities (one per line)', linesOf(role.responsibilities), { multiline: true }), textInput('requirements', 'Required qualifications (one per line)', linesOf(role.requirements), { multiline: true }), textInput('preferred', 'Nice to have (one per line)', linesOf(role.preferred), { multiline: true })];
  const matched = role.competencies.filter((c) => c.competencyId && index.competencyById.has(c.competencyId));
  const seen = new Set<string>();
  const competencyWidgets: Widget[] = [];
  for (const c of matched) {
    if (seen.has(c.competencyId!)) continue;
    seen.add(c.competencyId!);
    const frameworkLevel = sameRole?.competencies.find((rc) => rc.competencyId === c.competencyId)?.level;
    const level = c.level ?? frameworkLevel;
    competencyWidgets.push(dropdown(`comp:${c.competencyId}`, `${index.competencyById.get(c.competencyId!)!.name}: “${c.evidence.slice(0, 90)}”`, levelItems(framework, c.competencyId!, 'Not required'), level === undefined ? String(index.scaleOf(c.competencyId!).levels[Math.floor(index.scaleOf(c.competencyId!).levels.length / 2)]!.rank) : String(level)));
  }
  if (competencyWidgets.length > MATCHED_ON_CARD) {
    const more = competencyWidgets.length - MATCHED_ON_CARD;
    competencyWidgets.splice(MATCHED_ON_CARD, more, plain(`${more} more competencies of ${framework.name} are named in this document; they keep the level the document or the framework gives them.`));
  }
  if (!competencyWidgets.length) competencyWidgets.push(plain(`No competency of ${framework.name} is named in this document. Add them with your manager in the skills step.`));
  const unmatched = [...new Set(role.competencies.filter((c) => !c.matched).map((c) => c.name))];
  if (unmatched.length) competencyWidgets.push(plain(`Also asked for, but not in ${framework.name}: ${unmatched.join(', ')}.`));
  const sourced = [...role.responsibilities, ...role.requirements].filter((s) => s.line !== undefined);
  const check: Widget[] = [];
  if (sourced.length) {
    check.push(dropdown('sourceLine', 'Check a line against the document', sourced.slice(0, 60).map((s) => ({ text: s.text.slice(0, 80), value: String(s.line) }))));
    check.push(buttons(button('Show in document', 'jdShowSource')));
  }
  const listed = firstOf(draft.diagnostics, 15, (more) => `… and ${more} more.`);
  const notes = [...listed.shown.map((d) => plain(formatDiagnostic(d))), ...listed.more];
  const sections = [section('The role', top), section('What the role does and asks', duties), section(`Competencies (${framework.name})`, competencyWidgets, { visible: 10 })];
  if (check.length) sections.push(section('Check against the document', check));
  if (notes.length) sections.push(section(`What Trellis could not read (${draft.diagnostics.length})`, notes, { visible: 3 }));
  return card({ name: 'jd-review', title: 'Check the role', subtitle: `${draft.docTitle} · ${framework.name} v${framework.version}`, sections, primary: button('Next: your objectives', 'jdReviewed', {}, true) });
}

export function jdObjectivesCard(draft: JdDraft, framework: Framework, email: string, form?: FormView) {
  const o = draft.objectives;
  const roles = framework.roles.map((r) => ({ text: r.track ? `${r.title} (${r.track})` : r.title, value: r.id }));
  const guessName = email.split('@')[0]!.replace(/[._-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  const typed = (field: string, fallback: string) => form?.entered[field] ?? fallback;
  const checked = (field: string, widget: Widget): Widget[] => (form?.problems[field] ? [fieldProblem(form.problems[field]!), widget] : [widget]);
  return card({
    name: 'jd-objectives',
    title: 'Your objectives',
    subtitle: `Towards ${draft.role?.title ?? 'the role'}`,
    sections: [
      section('You', [textInput('yourName', 'Your name', typed('yourName', o?.name ?? guessName)), dropdown('currentRole', 'Your current role', roles, typed('currentRole', o?.currentRoleId ?? ''))]),
      section('Where you want to go', [
        textInput('goals', 'What would you like to do beyond your current role? (one goal per line)', typed('goals', o?.goals.join('\n') ?? ''), { multiline: true }),
        textInput('fiveYears', 'Where do you see yourself in five years?', typed('fiveYears', o?.fiveYears ?? ''), { multiline: true }),
        radio('growth', 'Grow towards', [
          { text: 'Managing people', value: 'management' },
          { text: 'Individual contribution', value: 'individual-contributor' },
          { text: 'Either', value: 'either' },
          { text: 'Not sure yet', value: 'undecided' },
        ], typed('growth', o?.growthPreference ?? 'undecided')),
      ]),
      section('Who works on it with you', [
        ...checked('manager', textInput('manager', 'Your manager ("Name <email>")', typed('manager', o?.manager.email ? `${o.manager.name} <${o.manager.email}>` : ''))),
        ...checked('approvers', textInput('approvers', 'Leadership approvers ("Name <email>", one per line)', typed('approvers', o?.approvers.map((p) => `${p.name} <${p.email ?? ''}>`).join('\n') ?? ''), { multiline: true, hint: 'Someone besides your manager approves the plan' })),
      ]),
    ],
    primary: button('Next: self-assessment', 'jdObjectives', {}, true),
  });
}

export function jdSelfAssessmentCard(draft: JdDraft, framework: Framework, targetCompetencies: { competencyId: string; level: number; importance?: number }[]) {
  const index = indexFramework(framework);
  const byWeight = [...targetCompetencies].sort((a, b) => (b.importance ?? 3) - (a.importance ?? 3) || b.level - a.level);
  const { shown, more } = firstOf(byWeight, ASSESSED_ON_CARD, (n) => `The role needs ${n} more competencies; you and your manager assess them in the skills step, on the plan.`);
  const widgets: Widget[] = shown.map((req) => {
    const scale = index.scaleOf(req.competencyId);
    const name = index.competencyById.get(req.competencyId)?.name ?? req.competencyId;
    return dropdown(`level:${req.competencyId}`, `${name} (the role needs ${levelName(scale, req.level)})`, [{ text: 'Not sure yet', value: '' }, { text: scale.notYetName, value: String(notYetRank(scale)) }, ...scale.levels.map((l) => ({ text: `${l.rank} · ${l.name}`, value: String(l.rank) }))]);
  });
  widgets.push(...more);
  if (!widgets.length) widgets.push(plain('The role names no competency of the framework yet; you and your manager add them in the skills step.'));
  widgets.push(textInput('evidence', 'Examples from your work that show these levels', '', { multiline: true }));
  return card({
    name: 'jd-self-assessment',
    title: 'Where you stand today',
    subtitle: 'Your self-assessment; your manager adds theirs next',
    sections: [section(undefined, widgets, { visible: 12 })],
    primary: button('Create my career path', 'jdCreatePlan', {}, true),
  });
}

export function diagnosticsOnly(title: string, message: string, lines: string[]) {
  const { shown, more } = firstOf(lines, 40, (n) => `… and ${n} more.`);
  return card({ name: 'jd-unreadable', title, sections: [section(undefined, [plain(message), ...shown.map((l) => decorated('', l)), ...more], { visible: 10 })] });
}
