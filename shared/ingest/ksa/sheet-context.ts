// What every sheet reader shares: the framework being built, the diagnostics, the sheet's department and defaults,
// and the summary each reader gives back of what it read.
import type { CompetencyKind } from '../../model/competency';
import type { Diagnostic, Severity } from '../diagnostics';
import type { DiagnosticLog } from './diagnostic-log';
import type { FrameworkBuilder } from './framework-builder';
import type { Legend } from './legend';
import type { CompetencyPlaces } from './unrequired';
import { addressOf, diagnosticAt, type SheetView } from './sheet';

export interface SheetContext {
  builder: FrameworkBuilder;
  log: DiagnosticLog;
  /** Department (the roles' family): the sheet's name in a workbook of several departments. */
  department: string;
  /** Track of the roles no group header names. */
  defaultTrack: string;
  /** A tab named after a kind ("Skills"): the kind of its competencies. */
  defaultKind?: CompetencyKind;
  /** A legend from a scale sheet of its own, for sheets that have none. */
  sharedLegend?: Legend;
  /** The legend another matrix sheet of the workbook writes, for a sheet without one whose levels all fit it. */
  otherLegend?: { legend: Legend; sheet: string };
  /** Where each competency was first named, to say which ones no role requires. */
  places: CompetencyPlaces;
}

export type SheetShape = 'matrix' | 'transposed matrix' | 'long format' | 'catalogue' | 'transitions' | 'scale' | 'empty' | 'not a matrix';

/** What was read from one sheet, for the add-on's import card and `npm run realdata`. */
export interface SheetSummary {
  sheet: string;
  file?: string;
  shape: SheetShape;
  roles: number;
  competencies: number;
  requirements: number;
  /** The scale's name and how it was chosen ("legend", "default" …). */
  scale?: string;
  transitions?: number;
}

/** A diagnostic at a view cell. */
export function at(view: SheetView, severity: Severity, message: string, row?: number, col?: number): Diagnostic {
  return diagnosticAt(view, severity, message, row, col);
}

/** "C12" of a view cell, as the sheet shows it. */
export function cellName(view: SheetView, row: number, col: number): string {
  return addressOf(view, row, col);
}
