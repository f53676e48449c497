// `trellis framework`: reads KSA matrices (.csv, .tsv, .xlsx; several sheets or files, plus transitions) into one
// framework JSON, and says at each file, sheet and cell what could not be read and what to do.
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../shared/ingest/diagnostics';
import { FileFormatError, readFramework, toFileJson } from '../../shared/model/files';
import { tracksOf, type Framework } from '../../shared/model/framework';
import { parse } from '../cli/args';
import { CliError, type CliIO, type Command } from '../cli/io';
import { readTextInput } from '../ingest/text-input';
import { readFrameworkFiles } from '../ingest/read-framework';
import { frameworkToCase } from '../../shared/interop/case';

const USAGE = 'trellis framework <matrix.csv|.tsv|.xlsx|ladder.md|.html|.docx|framework.json|case.json> [more files, e.g. transitions.csv] [--json] [--to case] [--previous OLD.json] [--name NAME] [--id ID]';

/** A diagnostic as --json prints it: where (file, sheet, cell, line) and what. */
function diagnosticJson(d: Diagnostic) {
  return { severity: d.severity, message: d.message, file: d.file ?? null, sheet: d.sheet ?? null, cell: d.cell ?? null, ...(d.line !== undefined ? { line: d.line } : {}) };
}

async function loadPrevious(io: CliIO, file: string): Promise<Framework> {
  let text: string;
  try {
    text = (await readTextInput(resolve(io.cwd, file), file, 'a framework file')).text;
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(`--previous ${error.message}`);
    throw error;
  }
  try {
    return readFramework(text, file);
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(`--previous ${error.message}`);
    throw error;
  }
}

/** "…: 8 roles in 3 tracks, 17 competencies (4 knowledge, 9 skills, 4 abilities), 5 listed moves …" */
export function frameworkSummary(framework: Framework): string {
  const kinds = { knowledge: 0, skill: 0, ability: 0 };
  for (const c of framework.competencies) kinds[c.kind]++;
  return `${framework.name} v${framework.version}: ${framework.roles.length} roles in ${tracksOf(framework).size} tracks, ${framework.competencies.length} competencies (${kinds.knowledge} knowledge, ${kinds.skill} skills, ${kinds.ability} abilities), ${framework.transitions.length} listed moves (besides the promotions within each track)`;
}

export const framework: Command = async (args, io) => {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, to: { type: 'string' }, previous: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } }, USAGE);
  if (values.to !== undefined && values.to !== 'case') throw new CliError(`--to ${values.to}: the only export format is "case" (1EdTech CASE 1.1 JSON)\n\nusage: ${USAGE}`, 2);
  if (!positionals.length) throw new CliError(`give at least one file\n\nusage: ${USAGE}`, 2);
  const previous = values.previous ? await loadPrevious(io, values.previous) : undefined;
  const result = await readFrameworkFiles(positionals, { cwd: io.cwd, previous, name: values.name, id: values.id });
  const failed = !result.framework || hasErrors(result.diagnostics);
  if (values.json) {
    io.stdout(`${JSON.stringify({ framework: result.framework ?? null, diagnostics: result.diagnostics.map(diagnosticJson), sheets: result.sheets ?? [] }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (result.framework && values.to === 'case') {
    io.stdout(`${JSON.stringify(frameworkToCase(result.framework, { now: new Date().toISOString() }), null, 2)}\n`);
    io.stderr(`${frameworkSummary(result.framework)}\n`);
  } else if (result.framework) {
    io.stdout(toFileJson(result.framework));
    io.stderr(`${frameworkSummary(result.framework)}\n`);
  }
  if (failed) io.stderr(`trellis framework: ${result.framework ? 'the framework above leaves out what the errors name; fix them and run again' : 'no framework could be read'}\n`);
  return failed ? 1 : 0;
};
