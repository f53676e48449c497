// Loading the CLI's inputs (framework, assessment, objectives), each failing with the file and row named.
import { resolve } from 'node:path';
import { readAssessmentCsv } from '../../shared/ingest/assessment';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../shared/ingest/diagnostics';
import { describeIssues, FileFormatError } from '../../shared/model/files';
import type { Assertion } from '../../shared/model/assessment';
import { findRole, UnknownRoleError, type Framework } from '../../shared/model/framework';
import { ObjectivesFileSchema, type ObjectivesFile } from '../../shared/model/profile';
import type { Role } from '../../shared/model/role';
import { readFrameworkFiles } from '../ingest/read-framework';
import { readTextInput } from '../ingest/text-input';
import { CliError, type CliIO } from './io';

/** A text input through the one decoder (BOM, UTF-16, Windows-1252; binary files named); `name` as the person typed it. */
async function readText(path: string, name: string, what: string): Promise<string> {
  try {
    return (await readTextInput(path, name, what)).text;
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(error.message);
    throw error;
  }
}

function report(io: CliIO, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

/**
 * A framework from a .json, a ladder document, or KSA matrices (.csv, .tsv, .xlsx) plus transitions files. What is
 * usable is used: a matrix with some bad cells still serves, with its problems printed (the import notes of
 * `trellis framework` are not); only a file with nothing usable stops the command.
 */
export async function loadFramework(io: CliIO, files: string | string[]): Promise<Framework> {
  const list = Array.isArray(files) ? files : [files];
  const { framework, diagnostics } = await readFrameworkFiles(list, { cwd: io.cwd });
  report(
    io,
    diagnostics.filter((d) => d.severity !== 'info'),
  );
  if (!framework) throw new CliError(`${list.join(', ')}: no usable framework (the problems are listed above); fix them and run again`);
  if (hasErrors(diagnostics)) {
    const left = diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(`note: ${list.join(', ')}: using what could be read (${framework.roles.length} roles, ${framework.competencies.length} competencies); the ${left} problem(s) above left some cells out\n`);
  }
  return framework;
}

export async function loadAssessment(io: CliIO, file: string, framework: Framework, today: string, defaultSource?: Assertion['source']): Promise<Assertion[]> {
  const path = resolve(io.cwd, file);
  const { assertions, diagnostics } = readAssessmentCsv(await readText(path, file, 'an assessment (CSV)'), framework, { file, today, ...(defaultSource && { defaultSource }) });
  report(io, diagnostics);
  if (hasErrors(diagnostics)) throw new CliError(`${file}: the assessment has errors (listed above); nothing was written`);
  return assertions;
}

export async function loadObjectives(io: CliIO, file: string): Promise<ObjectivesFile> {
  const path = resolve(io.cwd, file);
  const text = await readText(path, file, 'an objectives file (JSON)');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = ObjectivesFileSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${file}:\n  - ${describeIssues(parsed.error).join('\n  - ')}`);
  return parsed.data;
}

export function roleNamed(framework: Framework, title: string, option: string): Role {
  try {
    return findRole(framework, title);
  } catch (error) {
    if (error instanceof UnknownRoleError) throw new CliError(`${option}: ${error.message}`);
    throw error;
  }
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
