// Docs, end to end in the sandbox: Alex turns a job description into a career path: grant, one documents.get,
// review and correction, objectives, self-assessment, plan JSON and readable Doc in Career paths, shared.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { ensureBuilt } from '../sandbox/ensure-built';
import { DOC_MIME } from '../sandbox/fakes/drive';
import { ALEX, alexCreatesPlan, alexsJobDescription, choiceValue, DANA, HR, hrPublishesFramework, MORGAN, newSandbox, shareFrameworkWith, useFramework } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

function readyToRead() {
  const sandbox = newSandbox();
  hrPublishesFramework(sandbox.host);
  useFramework(sandbox.host, ALEX, shareFrameworkWith(sandbox.host, [ALEX, DANA, MORGAN]));
  const doc = alexsJobDescription(sandbox.host);
  sandbox.host.openDocs(doc);
  sandbox.host.click('Allow Trellis to read this document');
  return { ...sandbox, doc };
}

describe('Docs: turn this job description into a career path', () => {
  it('reads the whole document in one Docs API call and shows the extracted role for review', () => {
    const { workspace, host } = readyToRead();
    const mark = workspace.log.mark();
    host.click('Read this job description');
    const reads = workspace.log.since(mark).filter((c) => c.service === 'Docs' || c.service === 'DocumentApp');
    expect(reads.map((c) => `${c.service}.${c.method}`)).toEqual(['Docs.Documents.get']);
    expect(host.card.name).toBe('jd-review');
    const inputs = host.formInputs();
    expect(inputs.title![0]).toMatch(/Senior Engineer/);
    expect(inputs.responsibilities![0]).toMatch(/Lead the design and delivery of projects/);
    expect(inputs.requirements![0]).toMatch(/system design/i);
    // competencies the text asks for, matched to the framework, each with a level to confirm
    const competencyFields = Object.keys(inputs).filter((k) => k.startsWith('comp:'));
    expect(competencyFields.length).toBeGreaterThanOrEqual(4);
    expect(host.text()).toMatch(/System design/);
  });

  it('keeps the employee’s corrections: title, duties and competency levels become the plan’s target role', () => {
    const { workspace, host } = readyToRead();
    host.click('Read this job description');
    const firstCompetency = Object.keys(host.formInputs()).find((k) => k.startsWith('comp:'))!;
    host.click('Next: your objectives', { title: 'Senior Payments Engineer', responsibilities: 'Own settlement reliability\nMentor two engineers', [firstCompetency]: '5' });
    const engineerII = choiceValue(host, 'currentRole', 'Engineer II');
    host.click('Next: self-assessment', { yourName: 'Alex Rivera', currentRole: engineerII, goals: 'Lead a cross-team project', fiveYears: 'Staff engineer on payments', manager: `Dana Lee <${DANA}>`, approvers: `Morgan Chen <${MORGAN}>` });
    expect(host.card.name).toBe('jd-self-assessment');
    host.click('Create my career path');
    const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    const plan = readPlan(planFile.content);
    const framework = JSON.parse(workspace.drive.filesNamed(/--.*\.framework\.json$/)[0]!.content);
    const target = framework.roles.find((r: { id: string }) => r.id === plan.targetRoleId);
    expect(target.title).toBe('Senior Payments Engineer');
    expect(target.responsibilities).toEqual(['Own settlement reliability', 'Mentor two engineers']);
    expect(target.competencies.find((c: { competencyId: string }) => c.competencyId === firstCompetency.slice(5)).level).toBe(5);
    expect(plan.profile.objectives.futureRoleDescription).toContain(workspace.drive.filesNamed(/^Senior Engineer, Payments Platform$/)[0]!.id);
  });

  it('creates the plan in the Career paths folder with a readable Google Doc, submitted to the manager and shared', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    alexCreatesPlan(host);
    const folder = workspace.drive.filesNamed(/^Career paths$/).filter((f) => f.owner === ALEX);
    expect(folder).toHaveLength(1);
    const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    expect(planFile.parents).toEqual([folder[0]!.id]);
    expect(planFile.appProperties).toMatchObject({ trellisKind: 'plan', trellisEmployee: ALEX, trellisManager: DANA });
    const plan = readPlan(planFile.content);
    expect(plan.stage).toBe('alignment');
    expect(plan.history.map((h) => h.action)).toEqual(['create', 'submit-objectives']);
    expect(plan.assessment.every((a) => a.source === 'self')).toBe(true);
    expect(plan.assessment.length).toBeGreaterThan(0);
    const doc = workspace.drive.files.get(planFile.appProperties.trellisDocId!)!;
    expect(doc.mimeType).toBe(DOC_MIME);
    expect(doc.content).toMatch(/<h1>Career path: Alex Rivera<\/h1>/);
    expect(doc.content).toMatch(/Milestones/);
    expect(doc.content).toMatch(/Questions for the next one-on-one/);
    expect(planFile.permissions.get(DANA)).toBe('writer');
    expect(doc.permissions.get(DANA)).toBe('writer');
    expect(planFile.permissions.get(MORGAN)).toBe('writer');
    expect(doc.permissions.get(MORGAN)).toBe('commenter');
    expect(host.card.name).toMatch(/^plan-/);
    expect(host.text()).toMatch(/Who acts next:\s*Dana Lee \(manager\) to review the proposed role/);
  });

  it('offers only HR’s frameworks to compare with, never the copy made for one plan', () => {
    const { workspace, host } = readyToRead();
    host.click('Read this job description');
    host.click('Next: your objectives', { title: 'Senior Payments Engineer' });
    const engineerII = choiceValue(host, 'currentRole', 'Engineer II');
    host.click('Next: self-assessment', { yourName: 'Alex Rivera', currentRole: engineerII, goals: 'Lead', fiveYears: 'Staff', manager: `Dana Lee <${DANA}>`, approvers: `Morgan Chen <${MORGAN}>` });
    host.click('Create my career path');
    expect(workspace.drive.filesNamed(/--.*\.framework\.json$/)).toHaveLength(1);
    host.openDocs(alexsJobDescription(host));
    host.click('Allow Trellis to read this document');
    const choices = host.card.sections.flatMap((s) => s.widgets).flatMap((w) => (w.kind === 'SelectionInput' && w.fieldName === 'framework' ? w.items : []));
    expect(choices.map((i) => i.text)).toEqual(['Engineering (v1)']);
  });

  it('creates the plan when Drive refuses to share it with someone, says so on the plan card, and shares it again later', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    workspace.drive.sharingRefused = (email) => (email === MORGAN ? 'Sharing with this address is not allowed by your organisation' : undefined);
    alexCreatesPlan(host);
    expect(host.card.name).toMatch(/^plan-/);
    expect(host.text()).toMatch(/Sharing did not go through\s+Not shared with\s+morgan@example.com\s+your organisation’s Drive settings do not allow sharing with this address/);
    expect(host.text()).not.toMatch(/you may only view or comment/);
    expect(host.notifications.at(-1)).toMatch(/Career path created .* and shared with dana@example.com \(editor\); not shared with morgan@example.com/);
    // pressing Create again (back on the self-assessment card) shows the same plan: no second plan, no second Doc
    host.stack.pop();
    host.click('Create my career path');
    expect(host.notifications.at(-1)).toMatch(/already created/);
    expect(workspace.drive.filesNamed(/\.plan\.json$/)).toHaveLength(1);
    expect(workspace.drive.filesNamed(/^Career path – /)).toHaveLength(1);
    workspace.drive.sharingRefused = undefined;
    host.stack.pop();
    host.click('Create my career path');
    host.click('Share with manager and leadership');
    const plan = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    expect(plan.permissions.get(MORGAN)).toBe('writer');
  });

  it('shows Share again on the card when sharing was refused, and the section goes once it works', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    workspace.drive.sharingRefused = (email) => (email === DANA ? 'Sharing outside of your domain is not allowed' : undefined);
    alexCreatesPlan(host);
    workspace.drive.sharingRefused = undefined;
    host.click('Share again');
    expect(host.text()).not.toMatch(/Sharing did not go through/);
    expect(host.notifications.at(-1)).toMatch(/^Shared with dana@example.com \(editor\)/);
    expect(workspace.drive.filesNamed(/\.plan\.json$/)[0]!.permissions.get(DANA)).toBe('writer');
  });

  it('leaves no orphan Doc when the plan file cannot be created, keeps the answers, and creates it on the next press', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    workspace.drive.fail({ method: 'Files.create', match: /\.plan\.json$/, effect: 'refused', code: 403, message: 'The user has exceeded their Drive storage quota' });
    alexCreatesPlan(host);
    expect(host.card.name).toBe('message');
    expect(host.text()).toMatch(/Your career path is not saved yet/);
    expect(host.text()).toMatch(/could not be saved in Drive \(The user has exceeded their Drive storage quota\)\. The plan document Trellis had started was removed again\. Your answers are kept/);
    expect(host.text()).not.toMatch(/Nothing was saved/);
    expect(workspace.drive.filesNamed(/^Career path – /)).toHaveLength(0);
    expect(workspace.drive.filesNamed(/\.plan\.json$/)).toHaveLength(0);
    host.stack.pop();
    host.click('Create my career path');
    expect(host.card.name).toMatch(/^plan-/);
    expect(workspace.drive.filesNamed(/\.plan\.json$/).map((f) => f.name)).toEqual(['alex-rivera-senior-engineer-payments-platform.plan.json']);
    expect(workspace.drive.filesNamed(/^Career path – /)).toHaveLength(1);
  });

  it('creates each file exactly once when Drive’s answer to a create is lost: the retry finds it', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    workspace.drive.fail({ method: 'Files.create', match: /\.plan\.json$/, effect: 'lost-answer' });
    workspace.drive.fail({ method: 'Files.create', match: /^Career path – /, effect: 'lost-answer' });
    alexCreatesPlan(host);
    expect(host.card.name).toMatch(/^plan-/);
    expect(workspace.drive.faults).toEqual([]);
    expect(workspace.drive.filesNamed(/\.plan\.json$/)).toHaveLength(1);
    expect(workspace.drive.filesNamed(/^Career path – /)).toHaveLength(1);
    const plan = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    expect(workspace.drive.files.get(plan.appProperties.trellisDocId!)?.name).toMatch(/^Career path – /);
  });

  it('shares every new plan with the People team an admin named, quietly, and shows it on the plan card', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    workspace.drive.groups.set('people-team@example.com', [HR]);
    const scriptProperties = (host.runtime.context as { PropertiesService: { getScriptProperties(): { setProperty(k: string, v: string): void } } }).PropertiesService.getScriptProperties();
    scriptProperties.setProperty('trellis.hrReaders', 'group:people-team@example.com, Lee.HR@example.com; not-an-address');
    alexCreatesPlan(host);
    const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    const doc = workspace.drive.files.get(planFile.appProperties.trellisDocId!)!;
    for (const file of [planFile, doc]) {
      expect(file.permissions.get('people-team@example.com')).toBe('reader');
      expect(file.permissions.get('lee.hr@example.com')).toBe('reader');
    }
    expect(workspace.drive.shares.filter((s) => s.email === 'people-team@example.com').map((s) => [s.type, s.notified])).toEqual([['group', false], ['group', false]]);
    expect(workspace.drive.sharedEmails.map((m) => m.to)).not.toContain('lee.hr@example.com');
    expect(host.text()).toMatch(/Shared with: Dana Lee \(manager, editor\); Morgan Chen \(leadership: edits the plan, comments on the document\); the People team: people-team@example.com \(group\), lee.hr@example.com \(can read\)/);
    expect(host.text()).toMatch(/Not shared with the People team: the script property trellis.hrReaders names “not-an-address” is not an email address/);
    // someone in the group opens it in Drive: read only
    const hr = host.panelFor(HR);
    hr.openDrive([{ id: planFile.id, title: planFile.name, mimeType: planFile.mimeType }]);
    hr.click('Allow Trellis to open this file');
    expect(hr.card.name).toMatch(/^plan-/);
    expect(hr.text()).toMatch(/You are:\s*not on this plan \(read only\)/);
    // an admin who prefers comments
    scriptProperties.setProperty('trellis.hrRole', 'commenter');
    workspace.as(ALEX);
    host.click('Share with manager and leadership');
    expect(planFile.permissions.get('lee.hr@example.com')).toBe('commenter');
  });

  it('checks the emails on the objectives card where they are typed, keeping what was typed', () => {
    const { workspace, host } = readyToRead();
    host.click('Read this job description');
    host.click('Next: your objectives');
    const engineerII = choiceValue(host, 'currentRole', 'Engineer II');
    const typed = { yourName: 'Alex Rivera', currentRole: engineerII, goals: 'Lead a cross-team project', fiveYears: 'Staff engineer', manager: 'Dana <dana@example>', approvers: `Morgan Chen <${MORGAN}>\nSam <sam.example.com>` };
    host.click('Next: self-assessment', typed);
    expect(host.card.name).toBe('jd-objectives');
    const widgets = host.card.sections.flatMap((s) => s.widgets);
    const at = (field: string) => widgets.findIndex((w) => (w.kind === 'TextInput' || w.kind === 'SelectionInput') && w.fieldName === field);
    const before = (field: string) => host.text({ ...host.card, sections: [{ collapsible: false, widgets: [widgets[at(field) - 1]!] }] });
    expect(before('manager')).toMatch(/⚠ “dana@example” is not an email address: it needs a full domain after the @, like example\.com/);
    expect(before('approvers')).toMatch(/⚠ “sam\.example\.com” is not an email address: it has no @/);
    expect(host.formInputs()).toMatchObject({ manager: ['Dana <dana@example>'], goals: ['Lead a cross-team project'], currentRole: [engineerII] });
    expect(host.text()).not.toMatch(/ZodError|invalid_format/);
    expect(host.notifications.at(-1)).toMatch(/check the fields/);
    host.click('Next: self-assessment', { manager: `Dana Lee <${DANA}>`, approvers: `Morgan Chen <${MORGAN}>` });
    expect(host.card.name).toBe('jd-self-assessment');
    host.click('Create my career path');
    const plan = readPlan(workspace.drive.filesNamed(/\.plan\.json$/)[0]!.content);
    expect(plan.manager).toEqual({ name: 'Dana Lee', email: DANA });
  });

  it('selects the paragraph a reviewed line came from', () => {
    const { workspace, host, doc } = readyToRead();
    host.click('Read this job description');
    const check = host.formInputs().sourceLine![0]!;
    host.click('Show in document', { sourceLine: check });
    expect(workspace.editors.selection).toEqual({ documentId: doc, element: Number(check) - 1 });
    expect(host.notifications.at(-1)).toBe('Selected in the document');
  });

  it('explains when the document holds no job description, without a stack trace', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    useFramework(host, ALEX, shareFrameworkWith(host, [ALEX]));
    const doc = workspace.addGoogleDoc(ALEX, 'Shopping list', { body: { content: [{ sectionBreak: {} }] } });
    host.openDocs(doc.id);
    host.click('Allow Trellis to read this document');
    host.click('Read this job description');
    expect(host.card.name).toBe('jd-unreadable');
    expect(host.text()).toMatch(/No role found in this document/);
    expect(workspace.drive.filesNamed(/\.plan\.json$/)).toHaveLength(0);
  });

  it('asks for a framework first when none is open to Trellis', () => {
    const { workspace, host } = newSandbox();
    workspace.as(ALEX);
    host.openDocs(alexsJobDescription(host));
    host.click('Allow Trellis to read this document');
    expect(host.text()).toMatch(/none is open to Trellis yet/);
  });
});
