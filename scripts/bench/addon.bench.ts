// Add-on figures, counted by the service fakes around the BUILT bundle: service calls to read a 200-role ×
// 50-competency sheet, Drive calls to save a plan, Docs calls to read a 1-page and a 10-page job description;
// the time of a 1,000,000-cell import's pure computation in Node (the add-on's own path: cached sheet JSON ->
// grid -> framework), which must leave room for Apps Script's slower runtime within the 30-second card limit; and
// the size of the framework file that import publishes, which must stay under Apps Script's 50 MB per blob.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingestKsaMatrix } from '../../shared/ingest/ksa-matrix';
import { buildAddon } from '../../workspace-addon/build';
import { isDriveCall } from '../../workspace-addon/sandbox/call-log';
import { syntheticMatrix } from '../../workspace-addon/sandbox/fixtures';
import { DIST } from '../../workspace-addon/sandbox/host';
import { ALEX, alexCreatesPlan, alexsJobDescription, DANA, HR, hrPublishesFramework, newSandbox, shareFrameworkWith, useFramework } from '../../workspace-addon/sandbox/scenario';
import { sheetData, sheetGrid, type SheetData } from '../../workspace-addon/src/sheets/read-sheet';
import { FRAMEWORK_FILE_LIMIT, frameworkFileText } from '../../workspace-addon/src/drive/framework-files';
import type { Framework } from '../../shared/model/framework';
import { line, median } from './line';

if (!existsSync(join(DIST, 'Code.js'))) await buildAddon();

// 1. importing a 200-role × 50-competency sheet: data calls (values, display values, merged ranges) and every call
{
  const { workspace, host } = newSandbox();
  workspace.as(HR);
  const file = workspace.addSpreadsheet(HR, { name: 'Matrix 200x50', sheets: [syntheticMatrix(200, 50, 'Engineering')] });
  host.openSheets(file.id);
  host.click('Allow Trellis to read this spreadsheet');
  const mark = workspace.log.mark();
  host.click('Import KSA matrix');
  const calls = workspace.log.since(mark);
  const sheetCalls = calls.filter((c) => c.service === 'SpreadsheetApp');
  if (!/Published as/.test(host.text())) throw new Error(`the 200 x 50 import did not publish: ${host.text()}`);
  console.log(JSON.stringify(line('addon: sheet data calls to import a 200-role x 50-competency sheet', sheetCalls.filter((c) => c.dataRead).length, 'calls', '<= 3', { sheetServiceCalls: sheetCalls.length, methods: [...new Set(sheetCalls.map((c) => c.method))] })));
}

// 2. saving a plan: Drive calls of one workflow step (read, revision check, write the JSON, refresh the Doc), on
// the cold path: the cache has expired, so the framework is downloaded too (by the file id the card carries)
{
  const { workspace, host } = newSandbox();
  hrPublishesFramework(host);
  alexCreatesPlan(host);
  const dana = host.panelFor(DANA);
  const plan = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
  const framework = workspace.drive.filesNamed(/^engineering\.v1\.framework\.json$/)[0]!;
  dana.openDrive([plan, framework].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType })));
  while (dana.buttons().some((b) => b.text === 'Allow Trellis to open this file')) dana.click('Allow Trellis to open this file');
  workspace.userCache(DANA).clear();
  const mark = workspace.log.mark();
  dana.click('Record the review', { companyNeeds: 'Payments needs a second senior engineer' });
  const drive = workspace.log.since(mark).filter(isDriveCall);
  const warmMark = workspace.log.mark();
  dana.click('Comment', { commentText: 'Counting calls with a warm cache' });
  const warm = workspace.log.since(warmMark).filter(isDriveCall);
  console.log(JSON.stringify(line('addon: Drive calls to save a plan (one workflow step, cache expired)', drive.length, 'calls', '<= 5', { calls: drive.map((c) => `${c.service}.${c.method}`), warmCacheCalls: warm.length })));
}

// 2b. the busiest execution of the whole story (HR publishes, Alex creates and shares the plan, the workflow):
// remote service calls are what take time in Apps Script, so this bounds a card action's duration
{
  const { workspace, host } = newSandbox();
  hrPublishesFramework(host);
  alexCreatesPlan(host);
  const api = (name: string) => name === 'Drive' || name === 'Docs' || name === 'UrlFetchApp';
  const busiest = workspace.executions.map((x) => ({ name: x.name, calls: x.calls.filter((c) => api(c.service)).length, sheetReads: x.calls.filter((c) => c.dataRead).length })).sort((a, b) => b.calls - a.calls)[0]!;
  console.log(JSON.stringify(line('addon: Drive and Docs API calls in the busiest card action or trigger of the story', busiest.calls, 'calls', '<= 10', { execution: busiest.name, note: 'at 1 s per call (a slow day) a third of the 30 s card limit' })));
}

// 3. reading a job description: the same number of calls for 1 page and for 10 pages
{
  const readCalls = (pages: number): number => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    useFramework(host, ALEX, shareFrameworkWith(host, [ALEX]));
    const doc = alexsJobDescription(host, pages);
    host.openDocs(doc);
    host.click('Allow Trellis to read this document');
    const mark = workspace.log.mark();
    host.click('Read this job description');
    if (host.card.name !== 'jd-review') throw new Error(`the ${pages}-page job description was not read: ${host.text()}`);
    return workspace.log.since(mark).filter((c) => c.service === 'Docs' || c.service === 'DocumentApp').length;
  };
  const one = readCalls(1);
  const ten = readCalls(10);
  console.log(JSON.stringify(line('addon: document calls to read a 1-page job description', one, 'calls', '<= 1')));
  console.log(JSON.stringify(line('addon: document calls to read a 10-page job description', ten, 'calls', '<= 1', { extraCallsOver1Page: ten - one })));
}

// 4. the pure computation of a 1,000,000-cell import (2,000 roles × 500 competencies) in Node
{
  const sheet = syntheticMatrix(2_000, 499, 'Engineering');
  const data = sheetData(sheet.name, sheet.values, sheet.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v)))), []);
  const cached = JSON.stringify(data);
  const cells = data.values.reduce((n, r) => n + r.length, 0);
  const times: number[] = [];
  let framework: Framework | undefined;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const grid = sheetGrid(JSON.parse(cached) as SheetData, 'Matrix');
    const result = ingestKsaMatrix([grid], { id: 'bench', name: 'Bench' });
    times.push(performance.now() - t0);
    framework = result.framework;
  }
  if (framework?.roles.length !== 2_000) throw new Error(`the million-cell import read ${framework?.roles.length ?? 0} roles, expected 2000`);
  console.log(JSON.stringify(line('addon: pure computation of a 1,000,000-cell import (cached sheet JSON -> grid -> framework)', median(times), 'ms', '< 5000', { cells, runs: times.map((t) => Math.round(t)) })));
  // 5. the file that import publishes: compact JSON must stay under what Apps Script can upload and download
  const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
  const file = Buffer.byteLength(frameworkFileText(framework), 'utf8');
  const indented = Buffer.byteLength(`${JSON.stringify(framework, null, 2)}\n`, 'utf8');
  console.log(JSON.stringify(line('addon: framework file of the 1,000,000-cell import (compact JSON)', mb(file), 'MB', `< ${mb(FRAMEWORK_FILE_LIMIT)}`, { bytes: file, indentedMB: mb(indented), cachedSheetJsonMB: mb(cached.length), limit: 'Apps Script blob and UrlFetch response: 50 MB' })));
}
