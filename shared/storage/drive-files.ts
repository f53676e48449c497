// How career files sit in Google Drive, the same for the add-on (DriveApp), the extension and the CLI (Drive REST):
// one "Career paths" folder, plan and framework JSON files with names and app properties every surface agrees on.
import type { Framework } from '../model/framework';
import type { Plan } from '../model/plan';

/** The folder the add-on creates and the CLI syncs. */
export const CAREER_PATHS_FOLDER = 'Career paths';
export const JSON_MIME = 'application/json';

export type CareerFileKind = 'plan' | 'framework';

/** App properties set on every career file, so a surface can list and revision-check files without downloading them. */
export interface CareerFileProperties {
  trellisKind: CareerFileKind;
  trellisId: string;
  /** Plan revision, or framework version, as a decimal string (Drive app properties are strings). */
  trellisRevision: string;
  [key: string]: string;
}

/** "alex-rivera-senior-engineer.plan.json" */
export function planDriveName(planId: string): string {
  return `${planId}.plan.json`;
}

/**
 * "engineering.v3.framework.json": each version of a framework is its own file, so plans made against an
 * older version stay readable after HR re-imports the matrix.
 */
export function frameworkDriveName(frameworkId: string, version: number): string {
  return `${frameworkId}.v${version}.framework.json`;
}

/**
 * The app properties of a plan file, written alike by every surface (the add-on, the extension, the CLI's push):
 * kind, id, revision, the employee's and the manager's emails (in lower case: the add-on's home and Calendar cards
 * find a person's plans by them), and the plan document when there is one.
 */
export function planProperties(plan: Pick<Plan, 'id' | 'revision'> & Partial<Pick<Plan, 'employee' | 'manager'>>, docId?: string): CareerFileProperties {
  const props: CareerFileProperties = { trellisKind: 'plan', trellisId: plan.id, trellisRevision: String(plan.revision) };
  if (plan.employee?.email) props.trellisEmployee = plan.employee.email.toLowerCase();
  if (plan.manager?.email) props.trellisManager = plan.manager.email.toLowerCase();
  if (docId) props.trellisDocId = docId;
  return props;
}

export function frameworkProperties(framework: Pick<Framework, 'id' | 'version'>): CareerFileProperties {
  return { trellisKind: 'framework', trellisId: framework.id, trellisRevision: String(framework.version) };
}

/** "x.replaced-r7.plan.json": a plan set aside by `trellis plan --replace`, kept for people, not synced or counted. */
export function isReplacedPlanName(name: string): boolean {
  return /\.replaced-r\d+\.plan\.json$/.test(name);
}

/** What a file name says it holds; undefined for files that are not Trellis career files. */
export function parseCareerFileName(name: string): { kind: CareerFileKind; id: string; version?: number } | undefined {
  if (isReplacedPlanName(name)) return undefined;
  const framework = /^(.+)\.v(\d+)\.framework\.json$/.exec(name);
  if (framework) return { kind: 'framework', id: framework[1]!, version: Number(framework[2]) };
  const plan = /^(.+)\.plan\.json$/.exec(name);
  if (plan) return { kind: 'plan', id: plan[1]! };
  return undefined;
}

/** Accepts a Drive file id or any Drive/Docs link that carries one ("…/d/<id>/…", "…?id=<id>", "…/folders/<id>"). */
export function driveIdFrom(text: string): string | undefined {
  const trimmed = text.trim();
  const fromUrl = /\/(?:d|folders|file\/d)\/([A-Za-z0-9_-]{10,})/.exec(trimmed) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(trimmed);
  if (fromUrl) return fromUrl[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(trimmed) ? trimmed : undefined;
}
