import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFramework } from '../../shared/model/files';
import { captureIO } from '../cli/io';
import { readFrameworkFiles } from '../ingest/read-framework';
import { FakeGoogle } from '../test-support/fake-google/server';
import type { FakeSheet } from '../test-support/fake-google/sheets';
import { main } from '../trellis';
import { DRIVE_FILE_SCOPE, SHEETS_READONLY_SCOPE, TOKEN_FILE } from './auth';

const EXAMPLES = resolve(__dirname, '../../examples');
const SHEET_ID = '1KsaMatrixSheetIdForTests_0123456789';

let fake: FakeGoogle;
let home: string;
const savedEnv = { ...process.env };

/** A tab as Sheets holds it: numbers as numbers, merged cells empty but their top-left one. */
function tab(title: string, csvFile: string, merges: string[] = []): FakeSheet {
  const rows = Papa.parse<string[]>(readFileSync(join(EXAMPLES, csvFile), 'utf8').trim()).data;
  return { title, values: rows.map((r) => r.map((c) => (c === '' ? null : /^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c))), merges };
}

beforeEach(async () => {
  fake = await FakeGoogle.start();
  home = mkdtempSync(join(tmpdir(), 'trellis-import-'));
  process.env.XDG_CONFIG_HOME = join(home, 'config');
  // signed in earlier with --sheets (the login flow itself is tested in commands/drive.test.ts)
  mkdirSync(join(home, 'config', 'trellis'), { recursive: true });
  writeFileSync(join(home, 'config', 'trellis', TOKEN_FILE), JSON.stringify({ client_id: 'c', client_secret: 's', auth_uri: `${fake.url}/o/oauth2/v2/auth`, token_uri: `${fake.url}/token`, access_token: 'test-access-token', expiry_date: Date.now() + 3600_000, scope: `${DRIVE_FILE_SCOPE} ${SHEETS_READONLY_SCOPE}`, token_type: 'Bearer' }));
  fake.addSpreadsheet({ id: SHEET_ID, title: 'Engineering KSA matrix', sheets: [tab('Matrix', 'ksa-matrix.csv', ['C3:F3', 'G3:H3', 'I3:J3']), tab('Transitions', 'transitions.csv')] });
});
afterEach(async () => {
  process.env = { ...savedEnv };
  await fake.close();
});

describe('trellis drive import-sheet', () => {
  it('reads every tab with its merged ranges in three calls, through the same ingestion as the CSV files', async () => {
    const io = captureIO(home);
    const url = `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`;
    expect(await main(['drive', 'import-sheet', url, '--out', 'framework.json', '--api-root', fake.url], io)).toBe(0);
    expect(io.out()).toMatch(/Imported "Engineering KSA matrix" \(2 sheets\): .* v1, 8 roles, 17 competencies → framework\.json/);
    expect(fake.stats.byRoute).toMatchObject({ 'spreadsheets.get': 1, 'values.batchGet': 2 });
    const fromSheet = readFramework(readFileSync(join(home, 'framework.json'), 'utf8'));
    expect(fromSheet.source.format).toBe('google-sheet');
    // the merged group headers became tracks
    expect(fromSheet.roles.filter((r) => r.track === 'Software Engineering').map((r) => r.title)).toEqual(['Engineer I', 'Engineer II', 'Senior Engineer', 'Staff Engineer']);
    expect(fromSheet.transitions.some((t) => t.type === 'exploratory')).toBe(true);
    const fromCsv = (await readFrameworkFiles([join(EXAMPLES, 'ksa-matrix.csv'), join(EXAMPLES, 'transitions.csv')])).framework!;
    const shape = (f: typeof fromCsv) => ({ roles: f.roles.map((r) => [r.title, r.track, r.rank, r.competencies.map((c) => [c.competencyId, c.level])]), competencies: f.competencies.map((c) => [c.name, c.kind]), transitions: f.transitions });
    expect(shape(fromSheet)).toEqual(shape(fromCsv));
  });

  it('names the sheet and the A1 cell of each problem, and writes nothing', async () => {
    const sheet = fake.spreadsheets.get(SHEET_ID)!;
    sheet.sheets[0]!.values[6]![3] = 'lots';
    const io = captureIO(home);
    expect(await main(['drive', 'import-sheet', SHEET_ID, '--out', 'framework.json', '--api-root', fake.url], io)).toBe(1);
    expect(io.err()).toMatch(/error: Engineering KSA matrix, sheet Matrix, cell D7: .*lots/);
    expect(io.err()).toContain('nothing was written');
    expect(existsSync(join(home, 'framework.json'))).toBe(false);
  });

  it('re-imports over an earlier framework only as its next version', async () => {
    expect(await main(['drive', 'import-sheet', SHEET_ID, '--out', 'framework.json', '--api-root', fake.url], captureIO(home))).toBe(0);
    const io = captureIO(home);
    expect(await main(['drive', 'import-sheet', SHEET_ID, '--out', 'framework.json', '--api-root', fake.url], io)).toBe(1);
    expect(io.err()).toContain('framework.json already exists: nothing was written. To re-import as a new version, pass --previous framework.json');
    expect(await main(['drive', 'import-sheet', SHEET_ID, '--out', 'framework.json', '--previous', 'framework.json', '--api-root', fake.url], captureIO(home))).toBe(0);
    expect(readFramework(readFileSync(join(home, 'framework.json'), 'utf8')).version).toBe(2);
  });
});
