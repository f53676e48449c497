// `npm run addon:preview`: builds the add-on, plays the main flows in the sandbox (the same bundle, the same
// fakes as the tests), and draws every card people meet as one HTML page. With --screenshots it also renders
// the page in Chromium and saves the main cards as docs/screenshots/addon-*.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { html, trusted } from '../../shared/render/html';
import { readPlan } from '../../shared/model/files';
import { buildAddon } from '../build';
import type { CardJson } from '../sandbox/fakes/card-service';
import type { FakeHost } from '../sandbox/host';
import { engineeringSheetsWithMistakes, syntheticMatrix } from '../sandbox/fixtures';
import { ALEX, alexAtObjectives, alexCreatesPlan, alexsJobDescription, choiceValue, DANA, HR, hrPublishesFramework, MORGAN, newSandbox, shareFrameworkWith, useFramework } from '../sandbox/scenario';
import { cardHtml, PANEL_CSS } from './render-card';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'dist/workspace-addon-preview');
const shotsDir = join(root, 'docs/screenshots');

interface Shot {
  id: string;
  caption: string;
  card: CardJson;
}

function levels(p: FakeHost, index: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of p.card.sections.flatMap((s) => s.widgets)) if (w.kind === 'SelectionInput' && w.fieldName.startsWith('level:')) out[w.fieldName] = w.items[Math.min(index, w.items.length - 1)]!.value;
  return out;
}

/** Plays the story and keeps the cards worth showing. */
export function collectCards(): Shot[] {
  const shots: Shot[] = [];
  const keep = (id: string, caption: string, host: FakeHost) => shots.push({ id, caption, card: host.card });

  // Sheets: HR checks a matrix with mistakes, then publishes the clean one
  {
    const { workspace, host } = newSandbox();
    workspace.as(HR);
    const file = workspace.addSpreadsheet(HR, { name: 'Engineering KSA matrix', sheets: engineeringSheetsWithMistakes() });
    host.openSheets(file.id);
    keep('sheets-intro', 'Sheets: asking for this one spreadsheet', host);
    host.click('Allow Trellis to read this spreadsheet');
    keep('sheets-start', 'Sheets: validate or import', host);
    host.click('Validate');
    keep('sheets-diagnostics', 'Sheets: every diagnostic with its cell, and Select', host);
    const big = workspace.addSpreadsheet(HR, { name: 'All departments', sheets: [syntheticMatrix(60, 40, 'Platform'), syntheticMatrix(60, 40, 'Design'), syntheticMatrix(60, 40, 'Data')] });
    (host.runtime.context as { PropertiesService: { getScriptProperties(): { setProperty(k: string, v: string): void } } }).PropertiesService.getScriptProperties().setProperty('trellis.importCellsPerStep', '3000');
    host.openSheets(big.id);
    host.click('Allow Trellis to read this spreadsheet');
    host.click('Import KSA matrix');
    keep('sheets-progress', 'Sheets: a long import, step by step', host);
  }

  // Docs, Drive and the workflow
  const { workspace, host } = newSandbox();
  hrPublishesFramework(host);
  keep('sheets-published', 'Sheets: published as a new framework version', host);
  useFramework(host, ALEX, shareFrameworkWith(host, [ALEX, DANA, MORGAN]));
  const alex = host.panelFor(ALEX);
  const doc = alexsJobDescription(alex);
  alex.openDocs(doc);
  keep('docs-intro', 'Docs: turn this job description into a career path', alex);
  alex.click('Allow Trellis to read this document');
  alex.click('Read this job description');
  keep('docs-review', 'Docs: the extracted role, to check and correct', alex);
  alex.click('Next: your objectives');
  alex.click('Next: self-assessment', {
    yourName: 'Alex Rivera',
    currentRole: choiceValue(alex, 'currentRole', 'Engineer II'),
    goals: 'Lead a cross-team project\nMentor two engineers',
    fiveYears: 'Leading the payments platform as a staff engineer or an engineering manager',
    manager: `Dana Lee <${DANA}>`,
    approvers: `Morgan Chen <${MORGAN}>`,
  });
  keep('docs-self-assessment', 'Docs: the self-assessment', alex);
  alex.click('Create my career path', levels(alex, 3));
  keep('docs-plan-created', 'Docs: the career path, created and shared', alex);

  const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
  const ref = readPlan(planFile.content).framework;
  const fwFile = workspace.drive.filesNamed(new RegExp(`^${ref.id}\\.v${ref.version}\\.framework\\.json$`))[0]!;
  const items = [planFile, fwFile].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType }));
  const open = (p: FakeHost) => {
    p.openDrive(items);
    while (p.buttons().some((b) => b.text === 'Allow Trellis to open this file')) p.click('Allow Trellis to open this file');
    return p;
  };
  const dana = host.panelFor(DANA);
  dana.openDrive(items);
  keep('drive-access', 'Drive: a shared plan, opened with one grant', dana);
  open(dana);
  keep('drive-plan-manager', 'Drive: the plan summary, as the manager sees it', dana);
  dana.click('Record the review', { companyNeeds: 'Payments needs a second senior engineer for the settlement rebuild', stakeholders: 'Priya (product), Sam (platform)' });
  open(alex).click('Accept this role');
  open(dana);
  keep('workflow-manager-assessment', 'Workflow: the manager’s assessment', dana);
  dana.click('Save manager assessment', { ...levels(dana, 3), evidence: 'Settlement retry project' });
  dana.click('Assessment complete: draft the plan');
  dana.click('Send to the employee for review');
  open(alex).click('Accept and send to leadership');
  const morgan = open(host.panelFor(MORGAN));
  keep('workflow-leadership', 'Workflow: leadership approves or asks for changes', morgan);
  morgan.click('Approve', { comment: 'A good plan' });
  open(dana).click('Start: milestones and check-ins');
  const first = dana.buttons().find((b) => b.text === 'Tick off with this evidence')!.action!.parameters.milestoneId!;
  open(alex).click('Tick off with this evidence', { [`evidence:${first}`]: 'Code reviews for the ledger service, praised by two staff engineers' });
  open(dana);
  keep('workflow-milestones', 'Workflow: milestones ticked off with evidence, and recognised', dana);
  dana.click('Recognise', { [`recognition:${first}`]: 'Shared at the engineering all-hands' });

  // a conflicting save
  open(dana);
  open(alex).click('Comment', { commentText: 'Could Sam mentor me on system design?' });
  dana.click('Comment', { commentText: 'Let us review the ledger design together on Friday' });
  keep('conflict', 'Saving safely: the plan changed since it was opened', dana);

  // what goes wrong, said where it happens: an email checked on the objectives card, sharing refused by a domain
  {
    const { workspace: ws, host: h } = newSandbox();
    hrPublishesFramework(h);
    alexAtObjectives(h);
    h.click('Next: self-assessment', { yourName: 'Alex Rivera', currentRole: choiceValue(h, 'currentRole', 'Engineer II'), goals: 'Lead a cross-team project', fiveYears: 'Staff engineer', manager: 'Dana Lee <dana@example>', approvers: `Morgan Chen <${MORGAN}>` });
    keep('docs-objectives-check', 'Docs: an email checked where it is typed', h);
    ws.drive.sharingRefused = (email) => (email === MORGAN ? 'Sharing with this address is not allowed by your organisation' : undefined);
    h.click('Next: self-assessment', { manager: `Dana Lee <${DANA}>` });
    h.click('Create my career path', levels(h, 3));
    keep('docs-sharing-refused', 'Docs: created, though Drive would not share it with one approver', h);
  }

  // Calendar
  const calendar = host.panelFor(DANA);
  calendar.openCalendarEvent({ id: 'evt-1', calendarId: DANA, recurringEventId: 'series-1', organizer: { email: DANA }, attendees: [{ email: DANA, self: true, organizer: true, displayName: 'Dana Lee' }, { email: ALEX, displayName: 'Alex Rivera' }] });
  keep('calendar', 'Calendar: development prompts in a one-on-one', calendar);
  return shots;
}

export function previewPage(shots: Shot[]): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trellis add-on cards</title><style>${trusted(PANEL_CSS)}</style></head><body><main>${shots.map(
    (s) => html`<figure id="${s.id}"><figcaption>${s.caption}</figcaption>${cardHtml(s.card)}</figure>`,
  )}</main></body></html>`.value;
}

/** The cards shown in the README. */
export const README_SHOTS = ['docs-review', 'docs-plan-created', 'docs-objectives-check', 'docs-sharing-refused', 'drive-plan-manager', 'sheets-diagnostics', 'sheets-progress', 'workflow-leadership', 'workflow-milestones', 'conflict', 'calendar'];

async function screenshots(page: string): Promise<string[]> {
  const { launchBrowser } = await import('../../scripts/test-support/chromium');
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    await tab.setContent(page);
    mkdirSync(shotsDir, { recursive: true });
    for (const id of README_SHOTS) {
      const path = join(shotsDir, `addon-${id}.png`);
      await tab.locator(`#${id}`).screenshot({ path });
      written.push(path);
    }
  } finally {
    await browser.close();
  }
  return written;
}

async function main() {
  await buildAddon();
  const shots = collectCards();
  mkdirSync(outDir, { recursive: true });
  const page = previewPage(shots);
  writeFileSync(join(outDir, 'index.html'), page);
  console.log(`add-on preview: ${join(outDir, 'index.html')} (${shots.length} cards)`);
  if (process.argv.includes('--screenshots')) for (const path of await screenshots(page)) console.log(`  screenshot: ${path}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`addon:preview failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
