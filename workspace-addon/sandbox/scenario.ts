// The people and files of the sandbox's story, shared by the tests, the preview and the bench: HR publishes the
// engineering framework from Sheets; Alex turns a job description into a career path with Dana (manager) and
// Morgan (leadership).
import { AddonRuntime, FakeHost } from './host';
import { FakeWorkspace } from './workspace';
import { engineeringSheets, jobDescriptionDoc } from './fixtures';
import type { FakeSheetData } from './fakes/editors';

export const HR = 'hr@example.com';
export const ALEX = 'alex@example.com';
export const DANA = 'dana@example.com';
export const MORGAN = 'morgan@example.com';

export function newSandbox(): { workspace: FakeWorkspace; host: FakeHost } {
  const workspace = new FakeWorkspace();
  return { workspace, host: new FakeHost(new AddonRuntime(workspace)) };
}

/** HR opens the matrix in Sheets, grants access and imports it; returns the spreadsheet's file id. */
export function hrPublishesFramework(host: FakeHost, sheets: FakeSheetData[] = engineeringSheets(), name = 'Engineering'): string {
  const ws = host.workspace.as(HR);
  const file = ws.addSpreadsheet(HR, { name: 'Engineering KSA matrix', sheets });
  host.openSheets(file.id);
  host.click('Allow Trellis to read this spreadsheet');
  host.click('Import KSA matrix', { frameworkName: name });
  return file.id;
}

/** The framework file HR published (newest version), shared with everyone in `people` as readers. */
export function shareFrameworkWith(host: FakeHost, people: string[]): string {
  const files = host.workspace.drive.filesNamed(/\.framework\.json$/).sort((a, b) => (a.name < b.name ? 1 : -1));
  const file = files[0]!;
  for (const p of people) file.permissions.set(p, 'reader');
  return file.id;
}

/** A person selects the framework file in Drive, allows Trellis to open it, and uses it. */
export function useFramework(host: FakeHost, person: string, fileId: string): void {
  host.workspace.as(person);
  const file = host.workspace.drive.files.get(fileId)!;
  host.openDrive([{ id: file.id, title: file.name, mimeType: file.mimeType }]);
  if (host.buttons().some((b) => b.text === 'Allow Trellis to open this file')) host.click('Allow Trellis to open this file');
  host.click('Use this framework for my career path');
}

/** Alex's job description, in Alex's Drive. */
export function alexsJobDescription(host: FakeHost, pages = 1): string {
  return host.workspace.addGoogleDoc(ALEX, 'Senior Engineer, Payments Platform', jobDescriptionDoc(pages)).id;
}

/** The value of the choice of a dropdown or radio field on the showing card whose text starts with `text`. */
export function choiceValue(host: FakeHost, field: string, text: string): string {
  const items = host.card.sections.flatMap((s) => s.widgets).flatMap((w) => (w.kind === 'SelectionInput' && w.fieldName === field ? w.items : []));
  const item = items.find((i) => i.text.startsWith(text));
  if (!item) throw new Error(`no choice "${text}…" in the field "${field}" of the card "${host.card.name}"`);
  return item.value;
}

/** Alex, with HR's framework shared and in use, reads the job description and reaches the objectives card. */
export function alexAtObjectives(host: FakeHost): void {
  useFramework(host, ALEX, shareFrameworkWith(host, [ALEX, DANA, MORGAN]));
  host.openDocs(alexsJobDescription(host));
  host.click('Allow Trellis to read this document');
  host.click('Read this job description');
  host.click('Next: your objectives');
}

/** The whole Docs flow: Alex turns the job description into a career path. Returns the plan file's id. */
export function alexCreatesPlan(host: FakeHost): string {
  alexAtObjectives(host);
  host.click('Next: self-assessment', {
    yourName: 'Alex Rivera',
    currentRole: choiceValue(host, 'currentRole', 'Engineer II'),
    goals: 'Lead a cross-team project\nMentor two engineers',
    fiveYears: 'Leading the payments platform as a staff engineer or an engineering manager',
    manager: `Dana Lee <${DANA}>`,
    approvers: `Morgan Chen <${MORGAN}>`,
  });
  const levels: Record<string, string> = {};
  for (const w of host.card.sections.flatMap((s) => s.widgets)) if (w.kind === 'SelectionInput' && w.fieldName.startsWith('level:')) levels[w.fieldName] = w.items[3]!.value;
  host.click('Create my career path', { ...levels, evidence: 'Led the settlement retry project' });
  return host.workspace.drive.filesNamed(/\.plan\.json$/)[0]?.id ?? '';
}
