// Sheets, end to end in the sandbox: HR validates and imports the KSA matrix: three data calls a sheet, every
// diagnostic with its A1 cell (and a Select button), versions that keep older ones readable, long imports that
// show progress and resume.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFramework } from '../../shared/model/files';
import { ensureBuilt } from '../sandbox/ensure-built';
import { engineeringSheets, engineeringSheetsWithMistakes, syntheticMatrix } from '../sandbox/fixtures';
import { HR, hrPublishesFramework, newSandbox } from '../sandbox/scenario';
import { isDriveCall } from '../sandbox/call-log';
import type { FakeHost } from '../sandbox/host';

beforeAll(() => ensureBuilt());

function openMatrix(sheets = engineeringSheets()) {
  const sandbox = newSandbox();
  sandbox.workspace.as(HR);
  const file = sandbox.workspace.addSpreadsheet(HR, { name: 'Engineering KSA matrix', sheets });
  sandbox.host.openSheets(file.id);
  sandbox.host.click('Allow Trellis to read this spreadsheet');
  return { ...sandbox, file };
}

/** In another side panel, `who` opens their own copy of the clean matrix and imports it as "Engineering". */
function importInAnotherPanel(host: FakeHost, who: string, spreadsheetName: string): FakeHost {
  const theirs = host.workspace.addSpreadsheet(who, { name: spreadsheetName, sheets: engineeringSheets() });
  const panel = host.panelFor(who);
  panel.openSheets(theirs.id);
  panel.click('Allow Trellis to read this spreadsheet');
  panel.click('Import KSA matrix', { frameworkName: 'Engineering' });
  return panel;
}

describe('Sheets: import and validate the KSA matrix', () => {
  it('asks for access to this spreadsheet first, then offers Validate and Import', () => {
    const { host } = newSandbox();
    host.workspace.as(HR);
    const file = host.workspace.addSpreadsheet(HR, { name: 'Matrix', sheets: engineeringSheets() });
    host.openSheets(file.id);
    expect(host.card.name).toBe('ksa-intro');
    host.click('Allow Trellis to read this spreadsheet');
    expect(host.card.name).toBe('ksa-start');
    expect(host.buttons().map((b) => b.text)).toEqual(expect.arrayContaining(['Validate', 'Import KSA matrix']));
  });

  it('reads each sheet’s values, display values and merged ranges in three data calls', () => {
    const { workspace, host } = openMatrix();
    const mark = workspace.log.mark();
    host.click('Validate');
    const reads = workspace.log.since(mark).filter((c) => c.dataRead);
    expect(reads.map((c) => c.method)).toEqual(['Range.getValues', 'Range.getDisplayValues', 'Range.getMergedRanges', 'Range.getValues', 'Range.getDisplayValues', 'Range.getMergedRanges']);
  });

  it('validate only reports: the framework is read, nothing is written to Drive', () => {
    const { workspace, host } = openMatrix();
    const mark = workspace.log.mark();
    host.click('Validate');
    expect(host.card.name).toBe('ksa-result');
    expect(host.text()).toMatch(/Engineering KSA matrix: 8 roles, 17 competencies/);
    expect(host.text()).toMatch(/Validate only: nothing was saved/);
    expect(host.text()).toMatch(/What was read\s+Engineering\s+matrix · 8 roles · 17 competencies[\s\S]*Transitions\s+transitions · 5 moves/);
    expect(workspace.log.since(mark).filter((c) => isDriveCall(c) && /create|update|Permissions/.test(c.method))).toEqual([]);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(0);
  });

  it('shows every diagnostic with its sheet and A1 cell, and selects the cell', () => {
    const { workspace, host } = openMatrix(engineeringSheetsWithMistakes());
    host.click('Validate');
    const text = host.text();
    expect(text).toMatch(/error · Engineering!E7/);
    expect(text).toMatch(/#REF!/);
    expect(text).toMatch(/Engineering!D11/);
    expect(text).toMatch(/duplicate/i);
    const selects = host.buttons().filter((b) => b.text === 'Select');
    expect(selects.length).toBeGreaterThanOrEqual(3);
    host.click('Select', {}, 0);
    expect(workspace.editors.activeRange).toBe(`Engineering!${selects[0]!.action!.parameters.cell}`);
  });

  it('pages through many diagnostics, every one reachable', () => {
    const [matrix] = engineeringSheets();
    const values = matrix!.values.map((row, r) => (r >= 5 && r < 25 ? row.map((v, c) => (c >= 2 && c <= 9 && typeof v === 'number' ? '#N/A' : v)) : row));
    const { host } = openMatrix([{ ...matrix!, values }]);
    host.click('Validate');
    const total = Number(/of (\d+)\)/.exec(host.text())![1]);
    expect(total).toBeGreaterThan(40);
    const seen = new Set<string>();
    const collect = () => host.buttons().filter((b) => b.text === 'Select').forEach((b) => seen.add(`${b.action!.parameters.sheet}!${b.action!.parameters.cell}`));
    collect();
    while (host.buttons().some((b) => b.text === 'Next')) {
      host.click('Next');
      collect();
    }
    expect(host.text()).toMatch(new RegExp(`of ${total}\\)`));
    host.click('Previous');
    expect(host.text()).toMatch(/What to fix \(\d+–\d+ of/);
    expect(seen.size).toBeGreaterThan(40);
  });

  it('does not publish a matrix with errors unless HR chooses to publish what could be read', () => {
    const { workspace, host } = openMatrix(engineeringSheetsWithMistakes());
    host.click('Import KSA matrix');
    expect(host.text()).toMatch(/Not published yet/);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(0);
    host.click('Publish anyway');
    expect(workspace.drive.filesNamed(/framework\.json$/).map((f) => f.name)).toEqual(['engineering-ksa-matrix.v1.framework.json']);
  });

  it('says a published import is published on every page of its diagnostics, and does not publish it twice', () => {
    const [matrix] = engineeringSheetsWithMistakes();
    const values = matrix!.values.map((row, r) => (r >= 5 && r < 25 ? row.map((v, c) => (c >= 2 && c <= 9 && typeof v === 'number' ? '#N/A' : v)) : row));
    const { workspace, host } = openMatrix([{ ...matrix!, values, display: undefined }]);
    host.click('Import KSA matrix');
    host.click('Publish anyway');
    host.click('Next');
    expect(host.text()).toMatch(/Published as engineering-ksa-matrix\.v1\.framework\.json/);
    expect(host.buttons().map((b) => b.text)).not.toContain('Publish anyway');
    host.runtime.call('ksaSaveAnyway', host.event());
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(1);
  });

  it('publishes each import as a new version; older versions stay readable for the plans made on them', () => {
    const { workspace, host, file } = openMatrix();
    host.click('Import KSA matrix', { frameworkName: 'Engineering' });
    expect(host.text()).toMatch(/Published as engineering\.v1\.framework\.json/);
    host.openSheets(file.id);
    host.click('Import KSA matrix', { frameworkName: 'Engineering' });
    expect(host.text()).toMatch(/Published as engineering\.v2\.framework\.json \(version 2\); version 1 stays/);
    const files = workspace.drive.filesNamed(/^engineering\.v\d\.framework\.json$/).sort((a, b) => a.name.localeCompare(b.name));
    expect(files.map((f) => f.name)).toEqual(['engineering.v1.framework.json', 'engineering.v2.framework.json']);
    expect(readFramework(files[0]!.content).version).toBe(1);
    expect(readFramework(files[1]!.content).version).toBe(2);
    expect(files[1]!.appProperties).toMatchObject({ trellisKind: 'framework', trellisId: 'engineering', trellisRevision: '2' });
  });

  it('numbers a version published from another panel meanwhile: Publish anyway makes version 2, never a second version 1', () => {
    const { workspace, host, file } = openMatrix(engineeringSheetsWithMistakes());
    host.click('Import KSA matrix', { frameworkName: 'Engineering' });
    expect(host.text()).toMatch(/Not published yet/);
    // in another panel, the same person imports a clean copy under the same name
    const other = importInAnotherPanel(host, HR, 'Engineering (clean)');
    expect(other.text()).toMatch(/Published as engineering\.v1\.framework\.json/);
    // back in the first tab, on the first spreadsheet
    workspace.editors.activeFileId = file.id;
    host.click('Publish anyway');
    expect(host.text()).toMatch(/Published as engineering\.v2\.framework\.json \(version 2\); version 1 stays/);
    expect(host.notifications.at(-1)).toMatch(/v2 \(version 1 was published meanwhile\)/);
    const files = workspace.drive.filesNamed(/^engineering\.v\d+\.framework\.json$/).map((f) => f.name).sort();
    expect(files).toEqual(['engineering.v1.framework.json', 'engineering.v2.framework.json']);
    expect(readFramework(workspace.drive.filesNamed(/^engineering\.v2/)[0]!.content).version).toBe(2);
  });

  it('numbers versions across HR people who cannot see each other’s files', () => {
    const { workspace, host } = openMatrix();
    host.click('Import KSA matrix', { frameworkName: 'Engineering' });
    const panel = importInAnotherPanel(host, 'hr2@example.com', 'Engineering KSA (HR 2)');
    expect(panel.text()).toMatch(/Published as engineering\.v2\.framework\.json/);
    expect(workspace.drive.filesNamed(/^engineering\.v1\.framework\.json$/)).toHaveLength(1);
  });

  it('publishes one file when Drive’s answer to the create is lost', () => {
    const { workspace, host } = openMatrix();
    workspace.drive.fail({ method: 'Files.create', match: /framework\.json$/, effect: 'lost-answer' });
    host.click('Import KSA matrix', { frameworkName: 'Engineering' });
    expect(host.text()).toMatch(/Published as engineering\.v1\.framework\.json/);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(1);
  });

  it('publishes under the script lock: while another save holds it, nothing is written', () => {
    const { workspace, host } = openMatrix();
    workspace.lock.heldElsewhere = true;
    host.click('Import KSA matrix', { frameworkName: 'Engineering' });
    expect(host.text()).toMatch(/Another change is being saved right now/);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(0);
  });

  it('splits a long import across card actions with progress, and resumes after the panel was closed', () => {
    const { workspace, host, file } = openMatrix([syntheticMatrix(40, 30, 'Platform'), syntheticMatrix(40, 30, 'Design'), syntheticMatrix(40, 30, 'Data')]);
    workspace.as(HR);
    (host.runtime.context as { PropertiesService: { getScriptProperties(): { setProperty(k: string, v: string): void } } }).PropertiesService.getScriptProperties().setProperty('trellis.importCellsPerStep', '1000');
    host.click('Import KSA matrix', { frameworkName: 'Big matrix' });
    expect(host.card.name).toBe('ksa-progress');
    expect(host.text()).toMatch(/Read 1 of 3 sheets/);
    // the panel is closed and opened again: the import is still there
    host.openSheets(file.id);
    expect(host.text()).toMatch(/An import is under way/);
    host.click('Resume');
    expect(host.text()).toMatch(/Read 2 of 3 sheets/);
    host.click('Continue');
    expect(host.text()).toMatch(/All 3 sheets read/);
    host.click('Continue');
    expect(host.card.name).toBe('ksa-result');
    expect(host.text()).toMatch(/Published as big-matrix\.v1\.framework\.json/);
    expect(readFramework(workspace.drive.filesNamed(/^big-matrix/)[0]!.content).roles.length).toBe(120);
  });

  it('cancelling an import keeps nothing', () => {
    const { workspace, host, file } = openMatrix([syntheticMatrix(40, 30, 'Platform'), syntheticMatrix(40, 30, 'Design')]);
    (host.runtime.context as { PropertiesService: { getScriptProperties(): { setProperty(k: string, v: string): void } } }).PropertiesService.getScriptProperties().setProperty('trellis.importCellsPerStep', '1000');
    host.click('Import KSA matrix');
    host.click('Cancel');
    expect(host.notifications.at(-1)).toMatch(/cancelled/);
    host.openSheets(file.id);
    expect(host.text()).not.toMatch(/under way/);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(0);
  });

  it('explains an empty spreadsheet on a card, with the ingestion’s messages, and publishes nothing', () => {
    const { workspace, host } = openMatrix([{ name: 'Sheet1', values: [] }]);
    host.click('Import KSA matrix');
    expect(host.card.name).toBe('ksa-result');
    expect(host.text()).toMatch(/No framework could be read from this spreadsheet/);
    expect(host.text()).toMatch(/Sheet1/);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(0);
  });

  it('publishes the framework HR can then share; the scenario helper does the same', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    expect(workspace.drive.filesNamed(/^engineering\.v1\.framework\.json$/)).toHaveLength(1);
  });
});
