// Says where each item of a Word document came from by its paragraph number, as a person counts them in Word.
import type { Diagnostic } from '../diagnostics';
import type { ExtractedRole, JobDescriptionResult } from '../job-description';

/** `{ line: 12 }` → `{ paragraph: 12 }`; nothing else changes. */
function moved<T extends { line?: number; paragraph?: number }>(at: T): T {
  if (at.line === undefined) return at;
  const { line, ...rest } = at;
  return { ...rest, paragraph: line } as T;
}

function roleInParagraphs(role: ExtractedRole): ExtractedRole {
  return {
    ...role,
    source: moved(role.source),
    responsibilities: role.responsibilities.map(moved),
    requirements: role.requirements.map(moved),
    preferred: role.preferred.map(moved),
    education: role.education.map(moved),
    certifications: role.certifications.map(moved),
    competencies: role.competencies.map(moved),
  };
}

/**
 * The result of reading a document whose block positions count paragraphs (mammoth turns a .docx into
 * one line of HTML): every `line` becomes `paragraph`, so no output names a line that is not there.
 */
export function linesAsParagraphs(result: JobDescriptionResult): JobDescriptionResult {
  return { ...result, roles: result.roles.map(roleInParagraphs), diagnostics: result.diagnostics.map((d): Diagnostic => moved(d)) };
}
