// Large inputs against the platform's limits, as the fakes hold them: a card shows at most 100 widgets, a cache
// keeps at most 1,000 items of 100 KB, a blob or a download holds at most 50 MB. Long lists are paged, a long
// import keeps what it read within the cache's share (or in a work file), and a framework too large to be a file
// says so before anything is written.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFramework, toFileJson } from '../../shared/model/files';
import { applyCommand } from '../../shared/plan/commands';
import { createPlan } from '../../shared/plan/generate';
import { planProperties } from '../../shared/storage/drive-files';
import { ensureBuilt } from '../sandbox/ensure-built';
import type { FakeSheetData } from '../sandbox/fakes/editors';
import { syntheticMatrix } from '../sandbox/fixtures';
import type { FakeHost } from '../sandbox/host';
import { ALEX, DANA, HR, hrPublishesFramework, MORGAN, newSandbox } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

const widgetsOn = (host: FakeHost) => host.card.sections.reduce((n, s) => n + s.widgets.length, 0);

/** Presses `label` until it is gone, collecting something from every page. */
function everyPage<T>(host: FakeHost, label: string, collect: () => T[]): T[] {
  const seen = [...collect()];
  for (let guard = 0; host.buttons().some((b) => b.text === label) && guard < 100; guard++) {
    host.click(label);
    seen.push(...collect());
  }
  return seen;
}

function openMatrix(sheets: FakeSheetData[], cellsPerStep?: number) {
  const sandbox = newSandbox();
  sandbox.workspace.as(HR);
  const file = sandbox.workspace.addSpreadsheet(HR, { name: 'All departments', sheets });
  if (cellsPerStep) (sandbox.host.runtime.context as { PropertiesService: { getScriptProperties(): { setProperty(k: string, v: string): void } } }).PropertiesService.getScriptProperties().setProperty('trellis.importCellsPerStep', String(cellsPerStep));
  sandbox.host.openSheets(file.id);
  sandbox.host.click('Allow Trellis to read this spreadsheet');
  return { ...sandbox, file };
}

describe('cards stay within 100 widgets', () => {
  it('pages the Drive homepage when a manager has many career paths', () => {
    const { workspace, host } = newSandbox();
    for (let i = 0; i < 130; i++) {
      const f = workspace.drive.addFile({ name: `person-${i}.plan.json`, mimeType: 'application/json', owner: `p${i}@example.com`, appProperties: { trellisKind: 'plan', trellisId: `person-${i}`, trellisRevision: '1', trellisEmployee: `p${i}@example.com`, trellisManager: DANA } });
      f.permissions.set(DANA, 'writer');
      workspace.drive.grant(DANA, f.id);
    }
    const dana = host.panelFor(DANA);
    dana.openDrive();
    expect(dana.card.name).toBe('home');
    expect(widgetsOn(dana)).toBeLessThanOrEqual(100);
    expect(dana.text()).toMatch(/People you manage \(130\)[\s\S]*Plans 1–40 of 130/);
    const opened = everyPage(dana, 'Next', () => dana.buttons().filter((b) => b.text === 'Open').map((b) => b.action!.parameters.fileId!));
    expect(new Set(opened).size).toBe(130);
    dana.click('Previous');
    expect(dana.text()).toMatch(/Plans 81–120 of 130/);
  });

  it('pages what was read from a spreadsheet of many sheets, beside its diagnostics', () => {
    const sheets = Array.from({ length: 120 }, (_, i) => ({ ...syntheticMatrix(3, 4, `Dept ${i + 1}`), values: syntheticMatrix(3, 4, `Dept ${i + 1}`).values.map((row, r) => (r === 2 ? [...row.slice(0, 2), '#REF!', ...row.slice(3)] : row)) }));
    const { host } = openMatrix(sheets);
    host.click('Validate');
    expect(host.card.name).toBe('ksa-result');
    expect(widgetsOn(host)).toBeLessThanOrEqual(100);
    expect(host.text()).toMatch(/What was read \(sheets 1–20 of 120\)/);
    const read = everyPage(host, 'More sheets', () => host.card.sections.filter((s) => s.header?.startsWith('What was read')).flatMap((s) => s.widgets.flatMap((w) => (w.kind === 'DecoratedText' ? [w.topLabel] : []))));
    expect(new Set(read).size).toBe(120);
    const cells = everyPage(host, 'Next', () => host.buttons().filter((b) => b.text === 'Select').map((b) => `${b.action!.parameters.sheet}!${b.action!.parameters.cell}`));
    expect(cells.filter((c) => c.endsWith('!C3')).length).toBe(120);
  });

  it('shows a plan whose target role asks for 120 competencies, and assesses them over several saves', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host, [syntheticMatrix(4, 120, 'Platform')], 'Platform');
    const fwFile = workspace.drive.filesNamed(/^platform\.v1\.framework\.json$/)[0]!;
    const framework = readFramework(fwFile.content);
    const now = '2026-03-02T09:00:00.000Z';
    const people = { employee: { name: 'Alex Rivera', email: ALEX }, manager: { name: 'Dana Lee', email: DANA }, approvers: [{ name: 'Morgan Chen', email: MORGAN }] };
    let plan = createPlan({ id: 'alex-platform', framework, ...people, currentRoleId: framework.roles[0]!.id, targetRoleId: framework.roles[3]!.id, by: ALEX, now, profile: { objectives: { beyondCurrentRole: ['Lead'], fiveYears: 'Staff' } } });
    plan = applyCommand(plan, { type: 'submit-objectives' }, { actor: people.employee, now, framework });
    plan = applyCommand(plan, { type: 'review-alignment', companyNeeds: 'Needed', stakeholders: [] }, { actor: people.manager, now, framework });
    plan = applyCommand(plan, { type: 'accept-role' }, { actor: people.employee, now, framework });
    const target = framework.roles[3]!.competencies.length;
    expect(target).toBeGreaterThan(90);
    expect(plan.milestones.length).toBeGreaterThan(30);
    const planFile = workspace.drive.addFile({ name: 'alex-platform.plan.json', mimeType: 'application/json', owner: ALEX, content: toFileJson(plan), appProperties: { ...planProperties(plan), trellisEmployee: ALEX, trellisManager: DANA } });
    planFile.permissions.set(DANA, 'writer');
    fwFile.permissions.set(DANA, 'reader');
    workspace.drive.grant(DANA, planFile.id);
    workspace.drive.grant(DANA, fwFile.id);
    const dana = host.panelFor(DANA);
    dana.openDrive([planFile, fwFile].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType })));
    expect(dana.card.name).toBe('plan-alex-platform');
    expect(widgetsOn(dana)).toBeLessThanOrEqual(100);
    expect(dana.text()).toMatch(new RegExp(`${target - 30} more competencies after you save these \\(${target} not assessed yet\\)`));
    const firstBatch = Object.keys(dana.formInputs()).filter((k) => k.startsWith('level:'));
    expect(firstBatch).toHaveLength(30);
    const levels = Object.fromEntries(firstBatch.map((k) => [k, '3']));
    dana.click('Save manager assessment', levels);
    expect(widgetsOn(dana)).toBeLessThanOrEqual(100);
    const secondBatch = Object.keys(dana.formInputs()).filter((k) => k.startsWith('level:'));
    expect(secondBatch.filter((k) => firstBatch.includes(k))).toEqual([]);
    expect(dana.text()).toMatch(new RegExp(`\\(${target - 30} not assessed yet\\)`));
  });
});

describe('a long import within the cache’s limits', () => {
  it('keeps what each step read within its share of the cache, the rest in a work file, and reads no sheet twice', () => {
    // three departments of 600 roles × 200 competencies: 360,000 cells, a 21 MB framework
    const { workspace, host } = openMatrix([syntheticMatrix(600, 200, 'Platform'), syntheticMatrix(600, 200, 'Design'), syntheticMatrix(600, 200, 'Data')], 100_000);
    const cache = workspace.userCache(HR);
    host.click('Import KSA matrix', { frameworkName: 'Everything' });
    host.click('Continue');
    host.click('Continue');
    expect(host.text()).toMatch(/All 3 sheets read/);
    expect(cache.size()).toBeLessThanOrEqual(400);
    const mark = workspace.log.mark();
    host.click('Continue');
    expect(workspace.log.since(mark).filter((c) => c.dataRead)).toEqual([]);
    expect(host.text()).toMatch(/Published as everything\.v1\.framework\.json/);
    expect(cache.evicted).toBe(0);
    expect(cache.size()).toBeLessThanOrEqual(400);
    const published = workspace.drive.filesNamed(/^everything\.v1\.framework\.json$/)[0]!;
    expect(readFramework(published.content).roles).toHaveLength(1800);
    // compact: a large framework file is not indented
    expect(published.content.startsWith('{"kind"')).toBe(true);
    // what each step kept is deleted at the build, the published result is kept small: no work file is left
    expect(workspace.drive.filesNamed(/work in progress/)).toHaveLength(0);
  });

  it('publishes a large matrix with errors when HR chooses to, from the result kept in a work file', () => {
    const [platform] = [syntheticMatrix(600, 300, 'Platform')];
    platform.values[3]![4] = '#REF!';
    const { workspace, host } = openMatrix([platform, syntheticMatrix(600, 300, 'Design')], 200_000);
    host.click('Import KSA matrix', { frameworkName: 'Everything' });
    while (host.buttons().some((b) => b.text === 'Continue')) host.click('Continue');
    expect(host.text()).toMatch(/Not published yet/);
    host.click('Publish anyway');
    expect(host.text()).toMatch(/Published as everything\.v1\.framework\.json/);
    expect(workspace.drive.filesNamed(/^everything\.v1\.framework\.json$/)).toHaveLength(1);
    expect(workspace.userCache(HR).evicted).toBe(0);
  });
});

describe('an import larger than a file can be', () => {
  it('says so, with what to do, when what one step read cannot be kept', () => {
    // 12,000 competencies with 5,000-character descriptions as their names: over 50 MB read in one step
    const long = syntheticMatrix(3, 12_000, 'Huge');
    long.values = long.values.map((row, r) => (r === 0 ? row : [row[0], `${row[1]} ${'x'.repeat(5_000)}`, ...row.slice(2)]));
    const { workspace, host } = openMatrix([long, syntheticMatrix(3, 4, 'Small')], 1_000);
    host.click('Import KSA matrix', { frameworkName: 'Huge' });
    expect(host.text()).toMatch(/Too large for Google Workspace/);
    expect(host.text()).toMatch(/The import of All departments, sheet 1 comes to 5\d\.\d MB, more than the 50 MB Apps Script can keep in a file/);
    expect(host.text()).toMatch(/Split the matrix/);
    expect(workspace.drive.filesNamed(/work in progress|framework\.json$/)).toHaveLength(0);
  });
});

describe('a framework larger than a file can be', () => {
  it('says so on the result card, with what to do, and writes nothing', () => {
    // 2,300 roles × 499 competencies: about 57 MB even as compact JSON
    const { workspace, host } = openMatrix([syntheticMatrix(2_300, 499, 'Everything')], 2_000_000);
    const mark = workspace.log.mark();
    host.click('Import KSA matrix', { frameworkName: 'Everything' });
    expect(host.card.name).toBe('ksa-result');
    expect(host.text()).toMatch(/Not published: Everything would be a file of about 5\d\.\d MB, and Apps Script can write and read at most 50\.0 MB at once/);
    expect(host.text()).toMatch(/Split the matrix/);
    expect(workspace.log.since(mark).filter((c) => c.service === 'Drive' && c.method === 'Files.create')).toEqual([]);
    expect(workspace.drive.filesNamed(/framework\.json$/)).toHaveLength(0);
  });
});
