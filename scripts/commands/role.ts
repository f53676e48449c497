// `trellis role`: reads a job description (or a job-family page) and shows the roles in it, each item with its line.
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../shared/ingest/diagnostics';
import type { BlockDocument } from '../../shared/ingest/document/blocks';
import { frameworkRoleFor, ingestJobDescriptions, type ExtractedRole, type SourcedText } from '../../shared/ingest/job-description';
import { FileFormatError } from '../../shared/model/files';
import type { Framework } from '../../shared/model/framework';
import { parse } from '../cli/args';
import { CliError, type CliIO, type Command } from '../cli/io';
import { readJobDescriptionDocuments } from '../ingest/read-document';

const USAGE = 'trellis role <job-description.md|.html|.docx|.txt> [--framework F]… [--json]';

const texts = (list: SourcedText[]) => list.map((i) => i.text);
type Position = { block?: number; line?: number; paragraph?: number };
const where = (i: Position) => ({ ...(i.line !== undefined ? { line: i.line } : {}), ...(i.paragraph !== undefined ? { paragraph: i.paragraph } : {}), ...(i.block !== undefined ? { block: i.block } : {}) });

/** A role as JSON: plain strings where scripts want them, with where each came from alongside in `sources`. */
function roleJson(role: ExtractedRole, framework: Framework | undefined) {
  const match = framework ? frameworkRoleFor(role, framework) : undefined;
  return {
    title: role.title,
    level: role.level,
    ...(role.levelOrder !== undefined ? { levelOrder: role.levelOrder } : {}),
    ...(role.grade !== undefined ? { grade: role.grade } : {}),
    department: role.department,
    ...(role.team ? { team: role.team } : {}),
    reportsTo: role.reportsTo,
    location: role.location,
    summary: role.summary,
    responsibilities: texts(role.responsibilities),
    requirements: texts(role.requirements),
    preferred: texts(role.preferred),
    experienceYears: role.experienceYears ?? null,
    education: texts(role.education),
    certifications: texts(role.certifications),
    competencies: role.competencies.map((c) => ({
      name: c.name,
      ...(c.competencyId ? { competencyId: c.competencyId } : {}),
      matched: c.matched,
      ...(c.level !== undefined ? { level: c.level } : {}),
      asked: c.asked,
      evidence: c.evidence,
      ...where(c),
    })),
    track: role.track,
    rank: role.rank,
    management: role.management,
    ...(framework ? { frameworkRole: match ? match.title : null } : {}),
    sources: {
      role: where(role.source),
      responsibilities: role.responsibilities.map(where),
      requirements: role.requirements.map(where),
      preferred: role.preferred.map(where),
      education: role.education.map(where),
      certifications: role.certifications.map(where),
    },
  };
}

function lineNote(i: Position): string {
  return i.line !== undefined ? ` (line ${i.line})` : i.paragraph !== undefined ? ` (paragraph ${i.paragraph})` : i.block !== undefined ? ` (block ${i.block})` : '';
}

function readable(role: ExtractedRole, framework: Framework | undefined): string {
  const facts = [role.level, role.department, role.team, role.reportsTo && `reports to ${role.reportsTo}`, role.location, role.experienceYears !== undefined && `${role.experienceYears}+ years`].filter(Boolean);
  const out = [`${role.title}${facts.length ? `  (${facts.join(' · ')})` : ''}`];
  if (role.track) out.push(`  track ${role.track}, rank ${role.rank}${role.management ? ', manages people' : ''}`);
  if (framework) {
    const match = frameworkRoleFor(role, framework);
    out.push(match ? `  the framework's role "${match.title}"` : '  not in the framework yet (`trellis plan --jd` adds it)');
  }
  if (role.summary) out.push(`  ${role.summary.length > 200 ? `${role.summary.slice(0, 197)}…` : role.summary}`);
  const list = (name: string, items: SourcedText[]) => {
    if (!items.length) return;
    out.push(`  ${name} (${items.length})`);
    for (const i of items) out.push(`    - ${i.text}${lineNote(i)}`);
  };
  list('Responsibilities', role.responsibilities);
  list('Requirements', role.requirements);
  list('Preferred', role.preferred);
  list('Education', role.education);
  list('Certifications and licences', role.certifications);
  if (role.competencies.length) {
    out.push(`  Competencies (${role.competencies.length})`);
    for (const c of role.competencies) {
      const detail = [c.matched ? 'in the framework' : 'proposed', c.asked, c.level !== undefined && `level ${c.level}`].filter(Boolean).join(', ');
      out.push(`    - ${c.name} [${detail}]${lineNote(c)}: "${c.evidence}"`);
    }
  }
  return out.join('\n');
}

async function frameworkFrom(io: CliIO, files: string[] | undefined): Promise<Framework | undefined> {
  if (!files?.length) return undefined;
  // loaded on demand: reading a job description alone needs none of the spreadsheet readers
  const { loadFramework } = await import('../cli/inputs');
  return loadFramework(io, files);
}

/**
 * With --json, what could not be read goes to stdout as JSON like any other result, so a script
 * always gets an answer: the framework's errors, or the document that is not a job description Trellis reads.
 */
async function readInputsForJson(io: CliIO, file: string, frameworks: string[] | undefined): Promise<{ framework?: Framework; docs?: BlockDocument[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let framework: Framework | undefined;
  if (frameworks?.length) {
    const { readFrameworkFiles } = await import('../ingest/read-framework');
    const read = await readFrameworkFiles(frameworks, { cwd: io.cwd });
    diagnostics.push(...read.diagnostics.filter((d) => d.severity === 'error'));
    if (read.framework && !hasErrors(read.diagnostics)) framework = read.framework;
    else if (!hasErrors(diagnostics)) diagnostics.push({ severity: 'error', file: frameworks.join(', '), message: 'no framework could be read from these files' });
  }
  try {
    const docs = await readJobDescriptionDocuments(resolve(io.cwd, file), file);
    return { ...(framework ? { framework } : {}), docs, diagnostics };
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    for (const problem of error.problems) diagnostics.push({ severity: 'error', file, message: problem });
    return { ...(framework ? { framework } : {}), diagnostics };
  }
}

export const role: Command = async (args, io) => {
  const { values, positionals } = parse(args, { framework: { type: 'string', multiple: true }, json: { type: 'boolean' } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`${positionals.length ? 'give one job description at a time' : 'missing the job description file'}\n\nusage: ${USAGE}`, 2);
  const file = positionals[0]!;
  if (values.json) {
    const read = await readInputsForJson(io, file, values.framework);
    if (!read.docs || hasErrors(read.diagnostics)) {
      io.stdout(`${JSON.stringify({ roles: [], transitions: [], diagnostics: read.diagnostics }, null, 2)}\n`);
      return 1;
    }
    const { framework } = read;
    const result = ingestJobDescriptions(read.docs, { file, ...(framework ? { framework } : {}) });
    io.stdout(`${JSON.stringify({ roles: result.roles.map((r) => roleJson(r, framework)), transitions: result.transitions, diagnostics: result.diagnostics }, null, 2)}\n`);
    return hasErrors(result.diagnostics) || !result.roles.length ? 1 : 0;
  }
  const framework = await frameworkFrom(io, values.framework);
  const docs = await readJobDescriptionDocuments(resolve(io.cwd, file), file);
  const result = ingestJobDescriptions(docs, { file, ...(framework ? { framework } : {}) });
  const failed = hasErrors(result.diagnostics) || !result.roles.length;
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (!result.roles.length) throw new CliError(`${file}: no role could be read from this document (see the messages above)`);
  const parts = result.roles.map((r) => readable(r, framework));
  const promotions = result.transitions.filter((t) => t.type === 'promotion');
  const lateral = result.transitions.filter((t) => t.type === 'lateral');
  if (promotions.length) parts.push(`Promotions: ${promotions.map((t) => `${t.from} → ${t.to}`).join('; ')}`);
  if (lateral.length) parts.push(`Specialisations (lateral moves): ${lateral.map((t) => `${t.from} → ${t.to}`).join('; ')}`);
  io.stdout(`${parts.join('\n\n')}\n`);
  return failed ? 1 : 0;
};
