// Turns the KSA matrices HR keeps (one sheet per department, a CSV, an O*NET export, a tab of transitions) into one
// Framework, saying at each sheet and cell what could not be read and what to do; whatever is safe is still returned.
import { parseCompetencyKind } from '../model/competency';
import type { Framework } from '../model/framework';
import { slugify } from '../model/names';
import type { Diagnostic } from './diagnostics';
import type { Grid } from './grid/grid';
import { DiagnosticLog } from './ksa/diagnostic-log';
import { FrameworkBuilder } from './ksa/framework-builder';
import { findLayout, findLegend, type SheetLayout } from './ksa/layout';
import { findLevelGrid, readLevelGrid, type LevelGridPlan } from './ksa/level-grid';
import { findTrackGrid, readTrackGrid, type TrackGridPlan } from './ksa/track-grid';
import type { Legend } from './ksa/legend';
import { findLongHeader, readLongSheet, type LongColumns } from './ksa/long-sheet';
import { orient } from './ksa/orientation';
import { readScaleSheet } from './ksa/scale-sheet';
import { levelWords } from './ksa/scales';
import { at, type SheetContext, type SheetSummary } from './ksa/sheet-context';
import { isBlankRow, viewOf, type SheetView } from './ksa/sheet';
import { findTransitionHeader, readTransitionSheet, type TransitionColumns } from './ksa/transitions';
import { CompetencyPlaces } from './ksa/unrequired';
import { reportChanges } from './ksa/versions';
import { readWideSheet } from './ksa/wide-sheet';

export type { SheetSummary, SheetShape } from './ksa/sheet-context';

export interface MatrixOptions {
  /** Framework id (default: slug of the name). */
  id?: string;
  /** Framework name (default: from the title row, or the file or spreadsheet name). */
  name?: string;
  source?: { format: string; name: string; importedAt?: string };
  /** Re-import: version = previous.version + 1; competencies and roles with the same names keep their ids. */
  previous?: Framework;
}

export interface MatrixResult {
  framework?: Framework;
  diagnostics: Diagnostic[];
  /** What was read from each sheet (shape, roles, competencies, scale), for import cards and reports. */
  sheets?: SheetSummary[];
}

type Planned =
  | { kind: 'matrix'; layout: SheetLayout }
  | { kind: 'long'; view: SheetView; cols: LongColumns }
  | { kind: 'levels'; plan: LevelGridPlan }
  | { kind: 'tracks'; plan: TrackGridPlan }
  | { kind: 'transitions'; view: SheetView; cols: TransitionColumns };

/** Reads the grids (the sheets of a workbook, or several files) into one framework. Never throws. */
export function ingestKsaMatrix(grids: readonly Grid[], options: MatrixOptions = {}): MatrixResult {
  const log = new DiagnosticLog();
  try {
    return read(grids, options, log);
  } catch (error) {
    // a safety net for the surfaces (a card must never show a stack trace); the property tests hold it unused
    log.add({ severity: 'error', message: `the matrix could not be read (${(error as Error).message}); please report this with the file` });
    return { diagnostics: log.finish() };
  }
}

function read(grids: readonly Grid[], options: MatrixOptions, log: DiagnosticLog): MatrixResult {
  const sheets: SheetSummary[] = [];
  const planned: Planned[] = [];
  let sharedLegend: Legend | undefined;
  const views = grids.map(viewOf);
  for (const view of views) {
    if (isEmpty(view)) {
      log.add(at(view, 'warning', `sheet "${view.source.sheet}" is empty: nothing to read (delete it, or fill in the matrix)`));
      sheets.push(summary(view, 'empty'));
      continue;
    }
    const transitions = findTransitionHeader(view);
    if (transitions) {
      planned.push({ kind: 'transitions', view, cols: transitions });
      continue;
    }
    const legend = readScaleSheet(view);
    if (legend) {
      sharedLegend ??= legend;
      sheets.push(summary(view, 'scale'));
      continue;
    }
    const trackGrid = findTrackGrid(view);
    if (trackGrid) {
      planned.push({ kind: 'tracks', plan: trackGrid });
      continue;
    }
    const long = findLongHeader(view);
    if (long) {
      planned.push({ kind: 'long', view, cols: long });
      continue;
    }
    // a ladder whose cells say in words what each level looks like
    const levelGrid = findLevelGrid(view);
    if (levelGrid) {
      planned.push({ kind: 'levels', plan: levelGrid });
      continue;
    }
    const layout = findLayout(view, levelWords(sharedLegend));
    if (!layout || (!layout.roleCols.length && !layout.namedByKeyword)) {
      log.add(
        at(
          view,
          'warning',
          `sheet "${view.source.sheet}" holds no KSA matrix: expected a header row with a "Competency" column and one column per role (or one row per role, competency and level); the sheet was skipped`,
        ),
      );
      sheets.push(summary(view, 'not a matrix'));
      continue;
    }
    planned.push({ kind: 'matrix', layout: orient(layout, levelWords(layout.legend?.legend ?? sharedLegend)) });
  }
  const matrices = planned.filter((p) => p.kind !== 'transitions');
  const name = options.name?.trim() || frameworkName(planned, grids, options);
  const builder = new FrameworkBuilder(options.previous);
  const places = new CompetencyPlaces();
  const legends = sheetLegends(matrices);
  for (const plan of matrices) {
    const view = viewOfPlan(plan);
    const ctx = contextFor(view, name, matrices.length, builder, log, places, sharedLegend);
    ctx.otherLegend = legends.find((l) => l.sheet !== view.source.sheet);
    sheets.push(
      plan.kind === 'matrix'
        ? readWideSheet(plan.layout, ctx)
        : plan.kind === 'levels'
          ? readLevelGrid(plan.plan, ctx)
          : plan.kind === 'tracks'
            ? readTrackGrid(plan.plan, ctx)
            : readLongSheet(view, (plan as Extract<Planned, { kind: 'long' }>).cols, ctx),
    );
  }
  places.reportUnrequired(builder.roles, log);
  if (!builder.competencies.length && builder.roles.length) {
    // a ladder of titles (tracks × levels, or one heading per level) is usable for routes and the published site
    log.add({
      severity: 'warning',
      ...(grids[0]?.file ? { file: grids[0].file } : {}),
      message: `read ${builder.roles.length} roles and their tracks but no competencies: gaps and plans need what each role requires; add a grid of competencies × levels (or a KSA matrix) with --framework given twice`,
    });
  } else if (!builder.competencies.length) {
    log.add({
      severity: 'error',
      ...(grids[0]?.file ? { file: grids[0].file } : {}),
      message: `no KSA matrix found in ${grids.length === 1 ? `sheet "${grids[0]!.sheet}"` : `the ${grids.length} sheets`}: a matrix needs a header row with a "Competency" column and one column per role (levels in the cells), or one row per role, competency and level`,
    });
    return { diagnostics: log.finish(), sheets };
  }
  const transitionSheets = planned.filter((p): p is Extract<Planned, { kind: 'transitions' }> => p.kind === 'transitions');
  for (const plan of transitionSheets) sheets.push(readTransitionSheet(plan.view, plan.cols, builder.roles, builder.transitions, log));
  if (!transitionSheets.length && options.previous) keepPreviousTransitions(builder, options.previous, log);
  const framework = builder.build({
    id: options.id?.trim() || options.previous?.id || slugify(name),
    name,
    version: options.previous ? options.previous.version + 1 : 1,
    source: sourceOf(options, grids),
  });
  if (options.previous) reportChanges(options.previous, framework, log);
  // valid by construction (the property tests hold every grid to FrameworkSchema); files are checked where they are saved
  return { framework, diagnostics: log.finish(), sheets };
}

function viewOfPlan(plan: Planned): SheetView {
  return plan.kind === 'matrix' ? plan.layout.view : plan.kind === 'levels' || plan.kind === 'tracks' ? plan.plan.view : plan.view;
}

/** The legends the matrix sheets write, in tab order, for the sheets that write none. */
function sheetLegends(matrices: readonly Planned[]): { legend: Legend; sheet: string }[] {
  const out: { legend: Legend; sheet: string }[] = [];
  for (const plan of matrices) {
    const legend = plan.kind === 'matrix' ? plan.layout.legend?.legend : plan.kind === 'long' ? findLegend(plan.view)?.legend : undefined;
    if (legend) out.push({ legend, sheet: viewOfPlan(plan).source.sheet });
  }
  return out;
}

function isEmpty(view: SheetView): boolean {
  for (let r = 0; r < view.grid.rows.length; r++) if (!isBlankRow(view, r)) return false;
  return true;
}

function summary(view: SheetView, shape: SheetSummary['shape']): SheetSummary {
  return { sheet: view.source.sheet, file: view.source.file, shape, roles: 0, competencies: 0, requirements: 0 };
}

/** Sheet names that say nothing about a department ("Sheet1", "Matrix", a Knowledge/Skills/Abilities tab). */
function genericSheetName(sheet: string): boolean {
  return /^(sheet|tab|page|blad|feuille|hoja|tabelle)\s*\d*$/i.test(sheet.trim()) || /^(ksa|ksa matrix|matrix|competenc(y|ies)( matrix)?|skills matrix|data|export|framework)$/i.test(sheet.trim()) || !!parseCompetencyKind(sheet);
}

function contextFor(view: SheetView, name: string, matrices: number, builder: FrameworkBuilder, log: DiagnosticLog, places: CompetencyPlaces, sharedLegend?: Legend): SheetContext {
  const sheet = view.source.sheet;
  // several department sheets: each sheet is a department; one sheet (or a workbook split into K/S/A tabs): one department
  const department = matrices > 1 && !genericSheetName(sheet) ? sheet : name;
  const ctx: SheetContext = { builder, log, department, defaultTrack: department, sharedLegend, places };
  const kind = parseCompetencyKind(sheet);
  if (kind) ctx.defaultKind = kind;
  return ctx;
}

/** The name the matrix gives itself: its title row up to the first colon or dash, else the file's name. */
function frameworkName(planned: Planned[], grids: readonly Grid[], options: MatrixOptions): string {
  for (const plan of planned) {
    if (plan.kind !== 'matrix' || !plan.layout.title) continue;
    const title = plan.layout.title.text.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const head = title.split(/\s*[:|]\s+|\s+[-–—]\s+/)[0]!.trim();
    const text = head.length >= 3 ? head : title;
    if (text) return text.slice(0, 120);
  }
  const file = options.source?.name || grids.find((g) => g.file)?.file || '';
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ').trim();
  if (base) return base.charAt(0).toUpperCase() + base.slice(1);
  const sheet = grids.find((g) => !genericSheetName(g.sheet))?.sheet;
  return sheet || 'KSA framework';
}

function sourceOf(options: MatrixOptions, grids: readonly Grid[]): Framework['source'] {
  if (options.source) return { format: options.source.format, name: options.source.name, ...(options.source.importedAt ? { importedAt: options.source.importedAt } : {}) };
  const file = grids.find((g) => g.file)?.file;
  const format = file ? (/\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? 'grid') : 'grid';
  return { format, name: file ?? grids[0]?.sheet ?? '' };
}

/** A re-import without a transitions sheet keeps the earlier version's moves between roles that still exist. */
function keepPreviousTransitions(builder: FrameworkBuilder, previous: Framework, log: DiagnosticLog): void {
  const ids = new Set(builder.roles.map((r) => r.id));
  let kept = 0;
  for (const t of previous.transitions) {
    if (ids.has(t.from) && ids.has(t.to)) {
      builder.transitions.push({ ...t });
      kept++;
    }
  }
  if (kept) log.add({ severity: 'info', message: `kept ${kept} move(s) between roles from version ${previous.version} (no transitions sheet was given)` });
}

/** Whether a grid is a sheet of moves between roles (From, To, Type[, Note]) rather than a matrix. */
export function isTransitionsGrid(grid: Grid): boolean {
  return !!findTransitionHeader(viewOf(grid));
}

/** Adds the moves of transition sheets to a framework that exists already (a framework file plus a transitions CSV). */
export function addTransitions(framework: Framework, grids: readonly Grid[]): MatrixResult {
  const log = new DiagnosticLog();
  const transitions = framework.transitions.map((t) => ({ ...t }));
  const sheets: SheetSummary[] = [];
  for (const grid of grids) {
    const view = viewOf(grid);
    const cols = findTransitionHeader(view);
    if (!cols) {
      log.add(at(view, 'error', `sheet "${grid.sheet}" is not a list of moves: expected a header row with From and To columns (and Type, Note); it was skipped`));
      continue;
    }
    sheets.push(readTransitionSheet(view, cols, framework.roles, transitions, log));
  }
  return { framework: { ...framework, transitions }, diagnostics: log.finish(), sheets };
}
