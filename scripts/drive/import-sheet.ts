// `trellis drive import-sheet`: a KSA matrix straight from Google Sheets (every tab's values, what they show, and
// merged ranges, in three API calls) through the same ingestion as the CLI and the add-on.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { formatDiagnostic, hasErrors } from '../../shared/ingest/diagnostics';
import { valuesToGrid, type MergeSpec } from '../../shared/ingest/grid/values';
import type { Grid } from '../../shared/ingest/grid/grid';
import { ingestKsaMatrix } from '../../shared/ingest/ksa-matrix';
import { readFramework, toFileJson } from '../../shared/model/files';
import type { Framework } from '../../shared/model/framework';
import { CliError, type CliIO } from '../cli/io';
import { writeFileAtomic } from '../storage/folder-store';
import type { DriveClient } from './drive-client';
import type { sheets_v4 } from './google-apis';

export interface ImportSheetOptions {
  previous?: string;
  id?: string;
  name?: string;
  json?: boolean;
  force?: boolean;
}

/** "My sheet" -> "'My sheet'": a whole tab as an A1 range, quotes doubled. */
export function sheetRange(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** Sheets' merges (0-based, end exclusive) in the shape valuesToGrid reads (Apps Script's 1-based row and column). */
export function mergesOf(sheet: sheets_v4.Schema$Sheet): MergeSpec[] {
  return (sheet.merges ?? []).map((m) => ({
    row: (m.startRowIndex ?? 0) + 1,
    col: (m.startColumnIndex ?? 0) + 1,
    numRows: (m.endRowIndex ?? 1) - (m.startRowIndex ?? 0),
    numColumns: (m.endColumnIndex ?? 1) - (m.startColumnIndex ?? 0),
  }));
}

/** Every grid tab of the spreadsheet as a Grid: values, displayed text and merges. */
export async function readSpreadsheetGrids(client: DriveClient, spreadsheetId: string): Promise<{ title: string; grids: Grid[] }> {
  const spreadsheet = await client.spreadsheet(spreadsheetId);
  const title = spreadsheet.properties?.title ?? spreadsheetId;
  const tabs = (spreadsheet.sheets ?? []).filter((s) => (s.properties?.sheetType ?? 'GRID') === 'GRID');
  if (!tabs.length) return { title, grids: [] };
  const ranges = tabs.map((s) => sheetRange(s.properties?.title ?? ''));
  const [raw, shown] = await Promise.all([client.values(spreadsheetId, ranges, 'UNFORMATTED_VALUE'), client.values(spreadsheetId, ranges, 'FORMATTED_VALUE')]);
  const grids = tabs.map((tab, i) =>
    valuesToGrid((raw[i]?.values ?? []) as unknown[][], {
      sheet: tab.properties?.title ?? `Sheet${i + 1}`,
      file: title,
      displayValues: (shown[i]?.values ?? []) as string[][],
      merges: mergesOf(tab),
    }),
  );
  return { title, grids };
}

async function readPrevious(path: string): Promise<Framework> {
  return readFramework(await readFile(path, 'utf8'), path);
}

export async function importSheet(client: DriveClient, spreadsheetId: string, out: string, options: ImportSheetOptions, io: CliIO): Promise<number> {
  if (existsSync(out) && !options.force && options.previous !== out) {
    throw new CliError(`${relative(io.cwd, out)} already exists: nothing was written. To re-import as a new version, pass --previous ${relative(io.cwd, out)}; or pass --force to replace it.`);
  }
  const previous = options.previous ? await readPrevious(options.previous) : undefined;
  const { title, grids } = await readSpreadsheetGrids(client, spreadsheetId);
  const result = ingestKsaMatrix(grids, {
    id: options.id,
    name: options.name,
    source: { format: 'google-sheet', name: `https://docs.google.com/spreadsheets/d/${spreadsheetId} (${title})`, importedAt: new Date().toISOString() },
    previous,
  });
  const diagnostics = result.diagnostics.map((d) => ({ ...d, file: d.file ?? title }));
  if (options.json) io.stdout(`${JSON.stringify({ framework: result.framework ?? null, diagnostics }, null, 2)}\n`);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (!result.framework || hasErrors(diagnostics)) {
    io.stderr(`${title}: the matrix has errors (listed above with their sheet and cell); nothing was written\n`);
    return 1;
  }
  await writeFileAtomic(out, toFileJson(result.framework));
  const fw = result.framework;
  if (!options.json) io.stdout(`Imported "${title}" (${grids.length} sheet${grids.length === 1 ? '' : 's'}): ${fw.name} v${fw.version}, ${fw.roles.length} roles, ${fw.competencies.length} competencies → ${relative(io.cwd, out)}\n`);
  return 0;
}
