// Finds the framework's role a job description is, however the posting writes the title ("Sr. Software Engineer (Payments)" is "Senior Engineer").
import { indexFramework, type Framework } from '../../model/framework';
import { nameKey } from '../../model/names';
import type { Role } from '../../model/role';
import type { ExtractedRole } from '../job-description';
import { seniorityOf } from './fields';
import { tokens } from './word-forms';

/** Abbreviations postings use in titles, with what they stand for. "Eng" is Engineering before a manager's word, else Engineer. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\b(?:sr|snr)\b\.?/gi, 'Senior'],
  [/\bjr\b\.?/gi, 'Junior'],
  [/\b(?:mgr|mngr)\b\.?/gi, 'Manager'],
  [/\bmgmt\b\.?/gi, 'Management'],
  [/\beng\b\.?(?=\s+(?:manager|director|lead|vp|head)\b)/gi, 'Engineering'],
  [/\b(?:eng|engr)\b\.?/gi, 'Engineer'],
  [/\bdir\b\.?/gi, 'Director'],
  [/\bassoc\b\.?/gi, 'Associate'],
  [/\b(?:asst|assist)\b\.?/gi, 'Assistant'],
  [/\bswe\b/gi, 'Software Engineer'],
];

/** "Sr. Eng Mgr" → "Senior Engineering Manager". */
export function expandAbbreviations(title: string): string {
  let out = title;
  for (const [pattern, full] of ABBREVIATIONS) out = out.replace(pattern, full);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The title without what names only the team: "(Payments)", ", Payments Platform", " - Payments".
 * "Manager, Field Marketing" names a job by its function and keeps its tail; so does a tail that is a
 * seniority ("Engineer, Senior").
 */
export function withoutTeam(title: string): string {
  const bare = title.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const qualifier = /^(.+?)\s*(?:,|\s[-–—|]\s)\s*(.+)$/.exec(bare);
  if (qualifier && !seniorityOf(qualifier[2]!) && tokens(qualifier[1]!).length >= 2) return qualifier[1]!.trim();
  return bare;
}

/** A title as it is compared: abbreviations expanded, the team dropped, case and spacing ignored. */
export function normalisedTitle(title: string): string {
  return nameKey(withoutTeam(expandAbbreviations(title)));
}

/** A word that states a level: a number, a Roman numeral, "L4", "level". */
const LEVEL_WORD = /^(\d+[a-z]?|[ivx]{1,4}|[lmp]\d+|ic\d+|level|lvl|grade|band|tier)$/;

type JobTitled = Pick<ExtractedRole, 'title' | 'track'> & Partial<Pick<ExtractedRole, 'department' | 'management'>>;

/** Whether the job description's department fits a framework role's family or track (when the page names one). */
function departmentFits(role: JobTitled, candidate: Role): boolean {
  if (!role.department) return true;
  const where = new Set(tokens(`${candidate.family} ${candidate.track}`));
  if (!where.size) return true;
  return tokens(role.department).some((w) => where.has(w) || where.has(`${w}s`) || where.has(w.replace(/s$/, '')));
}

/**
 * The framework's role an extracted role is, or undefined when no single role fits (then the role is
 * added as new: a wrong match would compare a person against the wrong requirements):
 * 1. the same title, or the same once abbreviations are expanded and the team dropped;
 * 2. else the one framework role whose title words all appear in the job's title, at the same
 *    seniority and in a department that fits ("Senior Software Engineer" is the framework's "Senior
 *    Engineer"; "Senior Sales Engineer" of the Sales department is not).
 */
export function frameworkRoleFor(role: JobTitled, framework: Framework): Role | undefined {
  const index = indexFramework(framework);
  const single = (list: Role[]): Role | undefined => {
    if (list.length === 1) return list[0];
    const inTrack = list.filter((r) => role.track && nameKey(r.track) === nameKey(role.track));
    return inTrack.length === 1 ? inTrack[0] : undefined;
  };
  const exact = single(index.roleByTitle.get(nameKey(role.title)) ?? []);
  if (exact) return exact;

  const wanted = normalisedTitle(role.title);
  const normalised = framework.roles.map((r) => ({ role: r, key: normalisedTitle(r.title) }));
  const same = single(normalised.filter((n) => n.key === wanted).map((n) => n.role));
  if (same) return same;

  const words = new Set(tokens(wanted));
  const seniority = seniorityOf(wanted);
  const management = role.management ?? seniority?.management ?? false;
  const within = normalised.filter(({ role: r, key }) => {
    const theirs = tokens(key);
    if (!theirs.length || !theirs.every((w) => words.has(w))) return false;
    // "Engineering Manager 7" states a level "Engineering Manager" does not: a ladder's number is no team
    if ([...words].some((w) => !theirs.includes(w) && LEVEL_WORD.test(w))) return false;
    const level = seniorityOf(key);
    return level?.order === seniority?.order && (r.management ?? false) === management;
  });
  if (within.length !== 1) return undefined;
  const candidate = within[0]!.role;
  return departmentFits(role, candidate) ? candidate : undefined;
}
